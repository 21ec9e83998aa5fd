package org.bigsociety.people.verification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.bigsociety.people.AccountDeleted;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.VerificationLevel;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only record of verified residences. A newer verification supersedes nothing by editing: the rule reads
 * the strongest verification of the account's current postcode, so moving house drops the level back to self-declared
 * until the new address is verified.
 */
@Repository
public class ResidenceVerifications {

	/** One verification as the resident's own page shows it. */
	public record Verification(VerificationLevel level, String postcode, Instant verifiedAt, Evidence evidence,
			String note) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	ResidenceVerifications(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * How far a placed postcode is verified for this person: the strongest verification of exactly this postcode, or
	 * {@link VerificationLevel#SELF_DECLARED} if there is none. The caller decides NONE (a postcode it cannot place).
	 */
	public VerificationLevel levelAt(PersonId person, String postcode) {
		if (postcode == null) {
			return VerificationLevel.SELF_DECLARED;
		}
		return jdbc.sql("""
				SELECT level FROM people.residence_verification WHERE person_id = :person AND postcode = :postcode""")
			.param("person", person.value())
			.param("postcode", postcode)
			.query(String.class)
			.list()
			.stream()
			.map(VerificationLevel::valueOf)
			.max(Enum::compareTo)
			.orElse(VerificationLevel.SELF_DECLARED);
	}

	/** Every verification of the person, newest first. */
	public List<Verification> of(PersonId person) {
		return jdbc.sql("""
				SELECT level, postcode, verified_at, evidence, note FROM people.residence_verification
				WHERE person_id = :person ORDER BY verified_at DESC, id DESC""")
			.param("person", person.value())
			.query((rs, n) -> new Verification(VerificationLevel.valueOf(rs.getString("level")), rs.getString("postcode"),
					rs.getTimestamp("verified_at").toInstant(),
					rs.getString("evidence") == null ? null : Evidence.valueOf(rs.getString("evidence")),
					rs.getString("note")))
			.list();
	}

	void recordLetter(PersonId person, String postcode, long letterId) {
		jdbc.sql("""
				INSERT INTO people.residence_verification (person_id, level, postcode, verified_at, letter_id)
				VALUES (:person, 'VERIFIED_BY_LETTER', :postcode, :at, :letter)""")
			.param("person", person.value())
			.param("postcode", postcode)
			.param("at", Timestamp.from(clock.instant()))
			.param("letter", letterId)
			.update();
	}

	void recordOfficer(PersonId person, String postcode, PersonId officer, Evidence evidence, String note) {
		jdbc.sql("""
				INSERT INTO people.residence_verification (person_id, level, postcode, verified_at, officer_id, evidence,
				    note)
				VALUES (:person, 'VERIFIED_BY_OFFICER', :postcode, :at, :officer, :evidence, :note)""")
			.param("person", person.value())
			.param("postcode", postcode)
			.param("at", Timestamp.from(clock.instant()))
			.param("officer", officer.value())
			.param("evidence", evidence.name())
			.param("note", note)
			.update();
	}

	/** Erasure: an account deleted takes its verifications and letters (with their addresses) with it. */
	@EventListener
	void on(AccountDeleted deleted) {
		jdbc.sql("DELETE FROM people.residence_verification WHERE person_id = :person")
			.param("person", deleted.person().value())
			.update();
		jdbc.sql("DELETE FROM people.verification_letter WHERE person_id = :person")
			.param("person", deleted.person().value())
			.update();
	}
}
