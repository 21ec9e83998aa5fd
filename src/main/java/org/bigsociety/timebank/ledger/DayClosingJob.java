package org.bigsociety.timebank.ledger;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour, on one node at a time, closes the days that are over. Hourly rather than daily so a missed run (a
 * restart at the wrong moment, an outage) costs an hour, not a day; closing is idempotent, so nothing is closed twice.
 */
@Component
class DayClosingJob {

	private final DayClosings days;

	DayClosingJob(DayClosings days) {
		this.days = days;
	}

	@Scheduled(cron = "${bigsociety.timebank.ledger.close-days-cron:0 17 * * * *}", zone = "Europe/London")
	@SchedulerLock(name = "timebank-ledger-close-days", lockAtMostFor = "PT30M")
	void closeDueDays() {
		days.closeDueDays();
	}
}
