package org.bigsociety.participation.referendums;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Opens votes when their opening day comes and counts them when they close, on one node at a time. */
@Component
class ReferendumClock {

	private final Referendums referendums;

	ReferendumClock(Referendums referendums) {
		this.referendums = referendums;
	}

	@Scheduled(fixedDelayString = "${bigsociety.referendums.clock-interval:60s}", initialDelayString = "${bigsociety.referendums.clock-interval:60s}")
	@SchedulerLock(name = "referendums.clock", lockAtMostFor = "PT10M")
	void tick() {
		referendums.openAndCountDue();
	}
}
