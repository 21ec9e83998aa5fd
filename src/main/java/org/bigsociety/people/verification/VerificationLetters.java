package org.bigsociety.people.verification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.Role;
import org.bigsociety.people.RoleScope;
import org.bigsociety.people.VerificationLevel;
import org.bigsociety.place.AreaId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verification by letter. A resident asks for a letter to their address; an officer for the area prints it, which is
 * the moment its one-time code is made: the code exists in clear only in the printed page, the database keeps its
 * hash. The resident types the code back; five wrong tries void the letter. Success verifies the postcode the letter
 * was sent to, and only if it is still the account's postcode.
 *
 * <p>The methods that act answer a map from form field to message key: empty when done, otherwise the problems.
 */
@Service
public class VerificationLetters {

	static final Duration LIFETIME = Duration.ofDays(30);
	static final int MAX_ATTEMPTS = 5;
	static final int MAX_ADDRESS = 200;
	/** Letters on a page of an officer's list. */
	static final int PAGE_SIZE = 100;
	/** The most letters one print takes: more than a page holds, few enough that a forged form cannot ask for all. */
	static final int MAX_PRINT = 500;

	/** The person's open letter, as their own page shows it. */
	public record OpenLetter(long id, String postcode, Instant requestedAt, Instant expiresAt, Instant printedAt,
			int triesLeft) {

		public boolean printed() {
			return printedAt != null;
		}
	}

	/** An open letter in an officer's list: no name or address, just enough to choose what to print. */
	public record Pending(long id, String postcode, Instant requestedAt, Instant expiresAt, Instant printedAt) {

		public boolean printed() {
			return printedAt != null;
		}
	}

	/** One page of an officer's list: its letters, its number (from 1), how many pages, and all open letters. */
	public record PendingPage(List<Pending> letters, int number, int pages, long total) {

		public boolean hasPrevious() {
			return number > 1;
		}

		public boolean hasNext() {
			return number < pages;
		}
	}

	/** A letter ready for the printer, with its code in clear: never stored, shown once. */
	public record Printed(long id, String name, List<String> addressLines, String postcode, String code,
			Instant expiresAt) {
	}

	private record Letter(long id, PersonId person, String address, String postcode, long area, Instant expiresAt,
			String codeHash, Instant printedAt, int attempts) {
	}

	private record Home(String name, String postcode, Long area) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;
	private final People people;
	private final ResidenceVerifications verifications;

	VerificationLetters(JdbcClient jdbc, Clock clock, People people, ResidenceVerifications verifications) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.people = people;
		this.verifications = verifications;
	}

	/** The person's open (unused, not void, unexpired) letter, if any. */
	public Optional<OpenLetter> openLetter(PersonId person) {
		return open(person, false).filter(l -> l.expiresAt().isAfter(clock.instant()))
			.map(l -> new OpenLetter(l.id(), l.postcode(), requestedAt(l.id()), l.expiresAt(), l.printedAt(),
					MAX_ATTEMPTS - l.attempts()));
	}

	/**
	 * Asks for a letter to the account's current postcode. Refused if the account has no postcode we can place, if
	 * that postcode is already verified by letter or better, or if a letter to it is already open.
	 */
	@Transactional
	public Map<String, String> request(PersonId person, String address, String postcodeSeen) {
		Map<String, String> errors = new LinkedHashMap<>();
		Optional<Home> home = lockHome(person);
		if (home.isEmpty() || home.get().area() == null) {
			errors.put("address", "people.verify.letter.noPostcode");
			return errors;
		}
		String postcode = home.get().postcode();
		if (postcodeSeen == null || !postcodeSeen.equals(postcode)) {
			errors.put("address", "people.verify.letter.postcodeChanged");
			return errors;
		}
		if (verifications.levelAt(person, postcode).atLeast(VerificationLevel.VERIFIED_BY_LETTER)) {
			errors.put("address", "people.verify.letter.alreadyVerified");
			return errors;
		}
		String lines = address == null ? "" : address.strip().replace("\r\n", "\n");
		if (lines.isEmpty()) {
			errors.put("address", "people.verify.letter.address.missing");
		}
		else if (lines.length() > MAX_ADDRESS || lines.split("\n").length > 4 || lines.chars().anyMatch(
				c -> Character.isISOControl(c) && c != '\n')) {
			errors.put("address", "people.verify.letter.address.invalid");
		}
		if (!errors.isEmpty()) {
			return errors;
		}
		Instant now = clock.instant();
		// An expired letter, or one to a postcode the person has since left, gives way to the new one.
		jdbc.sql("""
				UPDATE people.verification_letter SET voided_at = :now, address = NULL
				WHERE person_id = :person AND used_at IS NULL AND voided_at IS NULL
				  AND (expires_at <= :now OR postcode <> :postcode)""")
			.param("now", Timestamp.from(now))
			.param("person", person.value())
			.param("postcode", postcode)
			.update();
		if (open(person, false).isPresent()) {
			errors.put("address", "people.verify.letter.alreadyOpen");
			return errors;
		}
		jdbc.sql("""
				INSERT INTO people.verification_letter (person_id, address, postcode, area_id, requested_at, expires_at)
				VALUES (:person, :address, :postcode, :area, :now, :expires)""")
			.param("person", person.value())
			.param("address", lines)
			.param("postcode", postcode)
			.param("area", home.get().area())
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(LIFETIME)))
			.update();
		return errors;
	}

	/**
	 * Checks the code typed back. Something that cannot be a code costs no try; a wrong code costs one, and the last
	 * wrong try voids the letter (these are the only failures that change something, on purpose).
	 */
	@Transactional
	public Map<String, String> enterCode(PersonId person, String typed) {
		Map<String, String> errors = new LinkedHashMap<>();
		LetterCode code = LetterCode.parseOrNull(typed);
		if (code == null) {
			errors.put("code", typed == null || typed.isBlank() ? "people.verify.code.missing"
					: "people.verify.code.invalid");
			return errors;
		}
		Optional<Home> home = lockHome(person);
		Optional<Letter> open = open(person, true);
		if (home.isEmpty() || open.isEmpty()) {
			errors.put("code", "people.verify.code.noLetter");
			return errors;
		}
		Letter letter = open.get();
		Instant now = clock.instant();
		if (!letter.expiresAt().isAfter(now)) {
			void_(letter.id(), now);
			errors.put("code", "people.verify.code.expired");
			return errors;
		}
		if (letter.printedAt() == null) {
			errors.put("code", "people.verify.code.notPrinted");
			return errors;
		}
		if (!code.matches(letter.id(), letter.codeHash())) {
			int attempts = letter.attempts() + 1;
			jdbc.sql("UPDATE people.verification_letter SET attempts = :attempts WHERE id = :id")
				.param("attempts", attempts)
				.param("id", letter.id())
				.update();
			if (attempts >= MAX_ATTEMPTS) {
				void_(letter.id(), now);
				errors.put("code", "people.verify.code.void");
			}
			else {
				errors.put("code", "people.verify.code.wrong." + (MAX_ATTEMPTS - attempts));
			}
			return errors;
		}
		if (!letter.postcode().equals(home.get().postcode())) {
			void_(letter.id(), now);
			errors.put("code", "people.verify.code.moved");
			return errors;
		}
		jdbc.sql("UPDATE people.verification_letter SET used_at = :now, address = NULL WHERE id = :id")
			.param("now", Timestamp.from(now))
			.param("id", letter.id())
			.update();
		verifications.recordLetter(person, letter.postcode(), letter.id());
		return errors;
	}

	/**
	 * One page of the open letters in the areas where the officer holds the officer role, {@link #PAGE_SIZE} a page:
	 * letters not printed yet first, then by when they were printed, each by when asked for, ties by id so that pages
	 * neither overlap nor skip. A page number below 1 gives the first page; one beyond the last gives the last.
	 */
	public PendingPage pendingFor(PersonId officer, int page) {
		List<Long> areas = officersAreas(officer);
		if (areas.isEmpty()) {
			return new PendingPage(List.of(), 1, 1, 0);
		}
		Timestamp now = Timestamp.from(clock.instant());
		long total = jdbc.sql("""
				SELECT count(*) FROM people.verification_letter
				WHERE used_at IS NULL AND voided_at IS NULL AND expires_at > :now AND area_id IN (:areas)""")
			.param("now", now)
			.param("areas", areas)
			.query(Long.class)
			.single();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int number = Math.max(1, Math.min(pages, page));
		List<Pending> letters = jdbc.sql("""
				SELECT id, postcode, requested_at, expires_at, printed_at FROM people.verification_letter
				WHERE used_at IS NULL AND voided_at IS NULL AND expires_at > :now AND area_id IN (:areas)
				ORDER BY printed_at NULLS FIRST, requested_at, id LIMIT :limit OFFSET :offset""")
			.param("now", now)
			.param("areas", areas)
			.param("limit", PAGE_SIZE)
			.param("offset", (long) (number - 1) * PAGE_SIZE)
			.query((rs, n) -> new Pending(rs.getLong("id"), rs.getString("postcode"), instant(rs, "requested_at"),
					instant(rs, "expires_at"), instant(rs, "printed_at")))
			.list();
		return new PendingPage(letters, number, pages, total);
	}

	/**
	 * Prints the chosen letters: makes each a new code (a reprint voids the code printed before), stores only its
	 * hash, and answers the letters with their codes in clear for the print page. Letters that are not open or not in
	 * the officer's area are left out.
	 */
	@Transactional
	public List<Printed> print(PersonId officer, Collection<Long> letterIds) {
		List<Printed> printed = new ArrayList<>();
		Instant now = clock.instant();
		List<Long> areas = officersAreas(officer);
		if (areas.isEmpty() || letterIds == null || letterIds.isEmpty() || letterIds.size() > MAX_PRINT) {
			return printed;
		}
		List<Letter> letters = jdbc.sql("""
				SELECT id, person_id, address, postcode, area_id, expires_at, code_hash, printed_at, attempts
				FROM people.verification_letter
				WHERE id IN (:ids) AND used_at IS NULL AND voided_at IS NULL AND expires_at > :now AND area_id IN (:areas)
				ORDER BY postcode, id FOR UPDATE""")
			.param("ids", new ArrayList<>(letterIds))
			.param("now", Timestamp.from(now))
			.param("areas", areas)
			.query(VerificationLetters::letter)
			.list();
		for (Letter letter : letters) {
			LetterCode code = LetterCode.random();
			jdbc.sql("""
					UPDATE people.verification_letter SET code_hash = :hash, printed_at = :now, printed_by = :officer
					WHERE id = :id""")
				.param("hash", code.hashFor(letter.id()))
				.param("now", Timestamp.from(now))
				.param("officer", officer.value())
				.param("id", letter.id())
				.update();
			String name = jdbc.sql("SELECT display_name FROM people.account WHERE id = :id")
				.param("id", letter.person().value())
				.query(String.class)
				.single();
			printed.add(new Printed(letter.id(), name, List.of(letter.address() == null ? new String[0]
					: letter.address().split("\n")), letter.postcode(), code.printed(), letter.expiresAt()));
		}
		return printed;
	}

	/**
	 * The areas whose letters the officer handles: the open letters' areas where they hold the officer role (granted
	 * there or for an area containing it, or platform-wide).
	 */
	private List<Long> officersAreas(PersonId officer) {
		List<Long> areas = jdbc.sql("""
				SELECT DISTINCT area_id FROM people.verification_letter
				WHERE used_at IS NULL AND voided_at IS NULL AND expires_at > :now""")
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.list();
		return areas.stream()
			.filter(area -> people.holds(officer, Role.OFFICER, RoleScope.area(new AreaId(area))))
			.toList();
	}

	private void void_(long letterId, Instant now) {
		jdbc.sql("UPDATE people.verification_letter SET voided_at = :now, address = NULL WHERE id = :id")
			.param("now", Timestamp.from(now))
			.param("id", letterId)
			.update();
	}

	private Instant requestedAt(long letterId) {
		return jdbc.sql("SELECT requested_at FROM people.verification_letter WHERE id = :id")
			.param("id", letterId)
			.query(Timestamp.class)
			.single()
			.toInstant();
	}

	private Optional<Letter> open(PersonId person, boolean lock) {
		return jdbc.sql("""
				SELECT id, person_id, address, postcode, area_id, expires_at, code_hash, printed_at, attempts
				FROM people.verification_letter
				WHERE person_id = :person AND used_at IS NULL AND voided_at IS NULL""" + (lock ? " FOR UPDATE" : ""))
			.param("person", person.value())
			.query(VerificationLetters::letter)
			.optional();
	}

	/** The live account's name and home, locked so a letter and a change of postcode cannot cross. */
	private Optional<Home> lockHome(PersonId person) {
		return jdbc.sql("""
				SELECT display_name, postcode, area_id FROM people.account
				WHERE id = :id AND deleted_at IS NULL FOR UPDATE""")
			.param("id", person.value())
			.query((rs, n) -> {
				long area = rs.getLong("area_id");
				Long placed = rs.wasNull() ? null : area;
				return new Home(rs.getString("display_name"), rs.getString("postcode"), placed);
			})
			.optional();
	}

	private static Letter letter(ResultSet rs, int row) throws SQLException {
		return new Letter(rs.getLong("id"), new PersonId(rs.getLong("person_id")), rs.getString("address"),
				rs.getString("postcode"), rs.getLong("area_id"), instant(rs, "expires_at"), rs.getString("code_hash"),
				instant(rs, "printed_at"), rs.getInt("attempts"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
