package org.bigsociety.people.verification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.bigsociety.platform.DemoContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How far the demo's made-up residents' addresses are verified: most by letter, some by the demo officer in person, a
 * few only self-declared, and three letters waiting for the officer to print. The demo sign-ins (the resident and each
 * role) are verified by letter, so they can vote in the demo budget round; register a new account to try a letter. Loaded after the people (20) and before participation (60 and on), whose
 * demo ballots come from verified residents.
 */
@Component
class VerificationDemo implements DemoContent {

	private record Resident(long id, String postcode, long area) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	VerificationDemo(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "people: verified residences";
	}

	@Override
	public int order() {
		return 25;
	}

	@Override
	public void load() {
		Instant now = clock.instant();
		Long officer = jdbc.sql("SELECT id FROM people.account WHERE email = 'officer@demo.bigsociety.org.uk'")
			.query(Long.class)
			.optional()
			.orElse(null);
		List<Resident> residents = jdbc.sql("""
				SELECT id, postcode, area_id FROM people.account
				WHERE email LIKE '%@example.org' AND password_hash IS NULL AND deleted_at IS NULL AND area_id IS NOT NULL
				ORDER BY id LIMIT 300""")
			.query((rs, n) -> new Resident(rs.getLong("id"), rs.getString("postcode"), rs.getLong("area_id")))
			.list();
		int waiting = 0;
		for (int i = 0; i < residents.size(); i++) {
			Resident resident = residents.get(i);
			Instant at = now.minus(Duration.ofDays(20 + (i * 7L) % 400));
			// The first 150 are the demo budget rounds' voters: every one of them is verified.
			boolean selfDeclared = i >= 150 && i % 4 == 0;
			boolean byOfficer = officer != null && (i < 150 ? i % 10 == 4 : i % 9 == 0);
			if (selfDeclared) {
				if (waiting < 3) {
					waiting++;
					letter(resident, (10 + i) + " Demo Street", now.minus(Duration.ofDays(waiting)));
				}
			}
			else if (byOfficer) {
				jdbc.sql("""
						INSERT INTO people.residence_verification (person_id, level, postcode, verified_at, officer_id,
						    evidence)
						VALUES (:person, 'VERIFIED_BY_OFFICER', :postcode, :at, :officer, :evidence)""")
					.param("person", resident.id())
					.param("postcode", resident.postcode())
					.param("at", Timestamp.from(at))
					.param("officer", officer)
					.param("evidence", Evidence.values()[i % Evidence.values().length].name())
					.update();
			}
			else {
				byLetter(resident.id(), resident.postcode(), at);
			}
		}
		jdbc.sql("""
				SELECT id, postcode FROM people.account
				WHERE email LIKE '%@demo.bigsociety.org.uk' AND deleted_at IS NULL AND postcode IS NOT NULL""")
			.query((rs, n) -> {
				byLetter(rs.getLong("id"), rs.getString("postcode"), now.minus(Duration.ofDays(30)));
				return null;
			})
			.list();
	}

	private void byLetter(long person, String postcode, Instant at) {
		jdbc.sql("""
				INSERT INTO people.residence_verification (person_id, level, postcode, verified_at)
				VALUES (:person, 'VERIFIED_BY_LETTER', :postcode, :at)""")
			.param("person", person)
			.param("postcode", postcode)
			.param("at", Timestamp.from(at))
			.update();
	}

	private void letter(Resident resident, String address, Instant requested) {
		jdbc.sql("""
				INSERT INTO people.verification_letter (person_id, address, postcode, area_id, requested_at, expires_at)
				VALUES (:person, :address, :postcode, :area, :requested, :expires)""")
			.param("person", resident.id())
			.param("address", address)
			.param("postcode", resident.postcode())
			.param("area", resident.area())
			.param("requested", Timestamp.from(requested))
			.param("expires", Timestamp.from(requested.plus(VerificationLetters.LIFETIME)))
			.update();
	}
}
