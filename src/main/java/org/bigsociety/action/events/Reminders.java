package org.bigsociety.action.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.bigsociety.action.EventId;
import org.bigsociety.people.PersonId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds everyone with a place, the day before: each booked place at an event starting within the next 24 hours is
 * reminded once. Runs every quarter of an hour on one node at a time (ShedLock). A reminder that cannot be sent is
 * tried again on the next run; one whose person can no longer be mailed is marked done.
 */
@Component
public class Reminders {

	static final Duration AHEAD = Duration.ofHours(24);

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	private final JdbcClient jdbc;
	private final EventRows events;
	private final EventMail mail;
	private final Clock clock;

	Reminders(JdbcClient jdbc, EventRows events, EventMail mail, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.mail = mail;
		this.clock = clock;
	}

	@Scheduled(cron = "${bigsociety.action.reminders-cron:0 */15 * * * *}")
	@SchedulerLock(name = "action.event-reminders", lockAtMostFor = "PT10M")
	void scheduled() {
		sendDue();
	}

	/** Sends every reminder that is due now; answers how many were sent. */
	public int sendDue() {
		Instant now = clock.instant();
		List<Due> due = jdbc.sql("""
				SELECT s.id, s.person_id, s.event_id
				FROM action.sign_up s JOIN action.event e ON e.id = s.event_id
				WHERE s.status = 'BOOKED' AND s.reminded_at IS NULL AND s.person_id IS NOT NULL
				  AND e.cancelled_at IS NULL AND e.starts_at > :now AND e.starts_at <= :until
				ORDER BY e.starts_at, s.id""")
			.param("now", Timestamp.from(now))
			.param("until", Timestamp.from(now.plus(AHEAD)))
			.query((rs, n) -> new Due(rs.getLong(1), new PersonId(rs.getLong(2)), new EventId(rs.getLong(3))))
			.list();
		int sent = 0;
		for (Due reminder : due) {
			try {
				Event event = events.find(reminder.event()).orElseThrow();
				if (mail.remind(reminder.person(), event)) {
					sent++;
				}
				jdbc.sql("UPDATE action.sign_up SET reminded_at = :now WHERE id = :id AND reminded_at IS NULL")
					.param("now", Timestamp.from(now))
					.param("id", reminder.signUp())
					.update();
			}
			catch (RuntimeException ex) {
				log.warn("Could not send the reminder for sign-up {}; trying again on the next run", reminder.signUp(), ex);
			}
		}
		return sent;
	}

	private record Due(long signUp, PersonId person, EventId event) {
	}
}
