package org.bigsociety.timebank.listings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.bigsociety.timebank.membership.Member;
import org.bigsociety.timebank.membership.Members;
import org.bigsociety.timebank.membership.Notices;
import org.bigsociety.timebank.membership.TimeBank;
import org.bigsociety.timebank.membership.TimeBankDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a week, each member who wants it gets one email listing the offers and requests posted since the last one
 * that match their own open listings. Runs on one node at a time (ShedLock); members turn it off on their time
 * bank's page.
 */
@Component
public class MatchDigest {

	private static final Logger log = LoggerFactory.getLogger(MatchDigest.class);
	static final int PER_LISTING = 5;

	private final Members members;
	private final Listings listings;
	private final Matching matching;
	private final TimeBankDirectory directory;
	private final Notices notices;
	private final Clock clock;

	MatchDigest(Members members, Listings listings, Matching matching, TimeBankDirectory directory, Notices notices,
			Clock clock) {
		this.members = members;
		this.listings = listings;
		this.matching = matching;
		this.directory = directory;
		this.notices = notices;
		this.clock = clock;
	}

	@Scheduled(cron = "${bigsociety.timebank.digest-cron:0 0 8 * * MON}", zone = "Europe/London")
	@SchedulerLock(name = "timebank-match-digest", lockAtMostFor = "PT2H")
	void weekly() {
		int sent = sendAll();
		log.info("Weekly time bank digest: {} emails", sent);
	}

	/** Sends every digest due now; answers how many emails went out. */
	public int sendAll() {
		Instant now = clock.instant();
		int sent = 0;
		for (Member member : members.wantingDigest()) {
			if (send(member, now)) {
				sent++;
			}
		}
		return sent;
	}

	private boolean send(Member member, Instant now) {
		TimeBank bank = directory.bank(member.timeBank()).orElse(null);
		if (bank == null) {
			return false;
		}
		Instant since = member.digestSentAt() != null ? member.digestSentAt() : now.minus(Duration.ofDays(7));
		List<String> lines = new ArrayList<>();
		for (Listing own : listings.ofMember(member.id())) {
			if (!own.open()) {
				continue;
			}
			List<Matching.Match> found = matching.newMatchesFor(own, since, PER_LISTING);
			if (found.isEmpty()) {
				continue;
			}
			lines.add(notices.text("timebank.digest.mail.for", own.title()));
			for (Matching.Match match : found) {
				lines.add(notices.text("timebank.digest.mail.line", match.listing().title(),
						notices.text("timebank.kind." + match.listing().kind()),
						notices.baseUrl() + "/timebanks/" + bank.slug() + "/listings/" + match.listing().id()));
			}
			lines.add("");
		}
		members.digestSent(member.id(), now);
		if (lines.isEmpty()) {
			return false;
		}
		return notices.send(member.actingPerson(), "timebank.digest.mail", "/timebanks/" + bank.slug(), bank.name(),
				String.join("\n", lines));
	}
}
