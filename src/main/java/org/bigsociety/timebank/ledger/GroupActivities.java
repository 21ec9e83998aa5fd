package org.bigsociety.timebank.ledger;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.bigsociety.groups.OrganisationId;
import org.bigsociety.people.PersonId;
import org.bigsociety.timebank.GroupActivityAttended;
import org.bigsociety.timebank.Minutes;
import org.bigsociety.timebank.TimeBankId;
import org.bigsociety.timebank.ledger.Journal.Origin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Credits group activities: when attendance is confirmed ({@link GroupActivityAttended}), every attendee with an
 * account in the book receives the minutes in one atomic batch, once per reference, paid by the organisation's
 * account in that book if it has one, otherwise by the community pot. An activity that cannot be paid is kept as an
 * {@link UnpostedActivity} for a broker, rather than failing (and being redelivered) for ever.
 */
@Component
public class GroupActivities {

	private static final Logger log = LoggerFactory.getLogger(GroupActivities.class);

	private final Ledger ledger;
	private final JdbcClient jdbc;
	private final TransactionTemplate nested;
	private final Clock clock;

	GroupActivities(Ledger ledger, JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock) {
		this.ledger = ledger;
		this.jdbc = jdbc;
		this.nested = new TransactionTemplate(transactionManager);
		this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(GroupActivityAttended activity) {
		credit(activity);
	}

	/**
	 * Posts the activity's credits, recorded by whoever confirmed attendance; returns the batch, or empty if nothing
	 * was posted now (posted before, nobody to credit, or refused and kept for a broker).
	 */
	Optional<Batch> credit(GroupActivityAttended activity) {
		try {
			return post(activity, activity.confirmedBy());
		}
		catch (Refusal refusal) {
			keep(activity, refusal);
			return Optional.empty();
		}
	}

	/** The activities of this book that could not be posted and no broker has posted since, oldest first. */
	public List<UnpostedActivity> unposted(TimeBankId bank) {
		return jdbc.sql("""
				SELECT * FROM timebank.ledger_unposted
				 WHERE time_bank_id = :bank AND resolved_at IS NULL ORDER BY id""")
			.param("bank", bank.value())
			.query(GroupActivities::unposted)
			.list();
	}

	/**
	 * A broker posts a kept activity again, recorded by them: to the attendees who have an account now, from the
	 * payer as it would be chosen now.
	 *
	 * @return the batch, or empty if there was nobody to credit (or it had been posted meanwhile)
	 * @throws Refusal if it still cannot be posted, or UNKNOWN_TRANSFER if there is no such unposted activity
	 */
	public Optional<Batch> retry(long unposted, PersonId broker) {
		UnpostedActivity kept = jdbc.sql("SELECT * FROM timebank.ledger_unposted WHERE id = :id AND resolved_at IS NULL")
			.param("id", unposted)
			.query(GroupActivities::unposted)
			.optional()
			.orElseThrow(() -> new Refusal(Refusal.Reason.UNKNOWN_TRANSFER, unposted));
		GroupActivityAttended activity = new GroupActivityAttended(kept.bank(), kept.reference(), kept.description(),
				kept.organisation(), kept.attendees(), (int) kept.minutesEach().value(), kept.confirmedBy());
		Optional<Batch> batch = post(activity, broker);
		jdbc.sql("""
				UPDATE timebank.ledger_unposted SET resolved_at = :at, resolved_by = :broker
				 WHERE id = :id AND resolved_at IS NULL""")
			.param("id", unposted)
			.param("at", now())
			.param("broker", broker.value())
			.update();
		return batch;
	}

	private Optional<Batch> post(GroupActivityAttended activity, PersonId recordedBy) {
		TimeBankId bank = activity.timeBank();
		String key = key(activity.reference());
		Book book = ledger.book(bank).orElseThrow(() -> new Refusal(Refusal.Reason.UNKNOWN_BOOK, bank));
		if (posted(bank, key)) {
			return Optional.empty();
		}
		AccountId payer = Optional.ofNullable(activity.organisation())
			.flatMap(organisation -> ledger.accountOf(bank, Holder.organisation(organisation)))
			.map(Account::id)
			.orElse(book.pot());
		long[] attendees = activity.attendees().stream().mapToLong(PersonId::value).distinct().toArray();
		List<AccountId> payees = jdbc.sql("""
				SELECT id FROM timebank.ledger_account
				 WHERE time_bank_id = :bank AND holder_kind = 'PERSON' AND holder_id = ANY(CAST(:people AS BIGINT[]))
				   AND id <> :payer
				 ORDER BY id""")
			.param("bank", bank.value())
			.param("people", attendees)
			.param("payer", payer.value())
			.query((rs, n) -> new AccountId(rs.getLong(1)))
			.list();
		if (payees.isEmpty()) {
			log.info("Group activity {} in time bank {}: no attendee has an account, nothing to credit",
					activity.reference(), bank);
			return Optional.empty();
		}
		String reference = activity.reference().length() <= Recording.MAX_REFERENCE ? activity.reference() : null;
		BatchRequest request = new BatchRequest(payer,
				payees.stream().map(payee -> new Credit(payee, Minutes.of(activity.minutesEach()))).toList(),
				// The key below is the ledger's own; this one only satisfies the request's shape.
				new Recording(IdempotencyKey.of("group-activity"), recordedBy, null, memo(activity.description()),
						reference));
		try {
			return Optional.of(nested.execute(status -> ledger.creditMany(request, Origin.SYSTEM, key,
					request.recording().memo(), recordedBy, null, reference)));
		}
		catch (Refusal refusal) {
			if (refusal.reason() == Refusal.Reason.KEY_REUSED) {
				// Posted before with other attendees or another payer: once per reference is the rule.
				return Optional.empty();
			}
			throw refusal;
		}
	}

	private boolean posted(TimeBankId bank, String key) {
		return jdbc.sql("""
				SELECT count(*) FROM timebank.ledger_request
				 WHERE time_bank_id = :bank AND origin = 'SYSTEM' AND idempotency_key = :key""")
			.param("bank", bank.value())
			.param("key", key)
			.query(Long.class)
			.single() > 0;
	}

	private void keep(GroupActivityAttended activity, Refusal refusal) {
		log.warn("Group activity {} in time bank {} could not be credited ({}); kept for a broker",
				activity.reference(), activity.timeBank(), refusal.getMessage());
		jdbc.sql("""
				INSERT INTO timebank.ledger_unposted (time_bank_id, reference, description, reason, detail, payer,
				       attendees, minutes_each, confirmed_by, recorded_at, organisation_id, attendee_ids, arguments)
				VALUES (:bank, :reference, :description, :reason, :detail, NULL, :attendees, :minutes, :confirmedBy,
				        :at, :organisation, CAST(:attendeeIds AS BIGINT[]), CAST(:arguments AS TEXT[]))
				ON CONFLICT (time_bank_id, reference) DO NOTHING""")
			.param("bank", activity.timeBank().value())
			.param("reference", activity.reference())
			.param("description", activity.description())
			.param("reason", refusal.reason().name())
			.param("detail", refusal.getMessage())
			.param("attendees", activity.attendees().size())
			.param("minutes", activity.minutesEach())
			.param("confirmedBy", activity.confirmedBy().value())
			.param("at", now())
			.param("organisation", activity.organisation() == null ? null : activity.organisation().value())
			.param("attendeeIds", activity.attendees().stream().mapToLong(PersonId::value).toArray())
			.param("arguments", Arrays.stream(refusal.arguments()).map(String::valueOf).toArray(String[]::new))
			.update();
	}

	/** The ledger's own key for an activity: its reference, hashed if too long to keep whole. */
	static String key(String reference) {
		String key = "group-activity/" + reference;
		return key.length() <= 300 ? key : "group-activity/sha256/" + Fingerprint.sha256(reference);
	}

	private static String memo(String description) {
		String oneLine = description.replaceAll("\\p{Cntrl}+", " ").strip();
		return oneLine.length() <= Recording.MAX_MEMO ? oneLine : oneLine.substring(0, Recording.MAX_MEMO);
	}

	private OffsetDateTime now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
	}

	private static UnpostedActivity unposted(ResultSet rs, int n) throws SQLException {
		long organisation = rs.getLong("organisation_id");
		OrganisationId organisationId = rs.wasNull() ? null : new OrganisationId(organisation);
		List<PersonId> attendees = new ArrayList<>();
		for (Long id : (Long[]) array(rs.getArray("attendee_ids"))) {
			attendees.add(new PersonId(id));
		}
		List<String> arguments = Arrays.asList((String[]) array(rs.getArray("arguments")));
		return new UnpostedActivity(rs.getLong("id"), new TimeBankId(rs.getLong("time_bank_id")),
				rs.getString("reference"), rs.getString("description"), Refusal.Reason.valueOf(rs.getString("reason")),
				arguments, organisationId, attendees, Minutes.of(rs.getLong("minutes_each")),
				new PersonId(rs.getLong("confirmed_by")),
				rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
	}

	private static Object array(Array array) throws SQLException {
		return array.getArray();
	}
}
