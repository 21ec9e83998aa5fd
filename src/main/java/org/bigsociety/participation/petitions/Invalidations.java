package org.bigsociety.participation.petitions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.bigsociety.participation.PetitionId;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.Postcode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.bigsociety.participation.petitions.PetitionStore.instant;
import static org.bigsociety.participation.petitions.PetitionStore.timestamp;

/**
 * A moderator strikes out a petition's signatures in bulk, by the client address they came from, their email domain,
 * their postcode, or the time they were made. The page shows the count before and what it would be after; doing it
 * records the count before, how many were struck out, and the recount after. Struck-out signatures stay in the table
 * (marked with the invalidation) so the decision can be audited, and never count again.
 */
@Service
public class Invalidations {

	public static final int MAX_REASON = 500;
	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
	private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

	public enum Criterion {
		ADDRESS, DOMAIN, POSTCODE, WINDOW
	}

	/** What the moderator typed: a criterion and its value, or for a time window its start and end. */
	public record Selection(Criterion criterion, String value, String from, String to) {
	}

	/** A selection checked and put in its stored form. */
	public record Checked(Criterion criterion, String value, Instant from, Instant to) {
	}

	public record Preview(Checked selection, long countBefore, long matching, long matchingCounted, long countAfter) {
	}

	public record Done(long id, Criterion criterion, String value, String reason, int invalidated,
			int invalidatedCounted, int countBefore, int countAfter, Instant at) {
	}

	/** How often one value occurs among a petition's signatures, for spotting a flood from one place. */
	public record Frequency(String value, long signatures) {
	}

	public record Patterns(List<Frequency> addresses, List<Frequency> domains, List<Frequency> postcodes) {
	}

	private final JdbcClient jdbc;
	private final Signatures signatures;
	private final Petitions petitions;
	private final Clock clock;

	Invalidations(JdbcClient jdbc, Signatures signatures, Petitions petitions, Clock clock) {
		this.jdbc = jdbc;
		this.signatures = signatures;
		this.petitions = petitions;
		this.clock = clock;
	}

	/** Checks a selection; problems are message keys by field. */
	public static Map<String, String> problemsWith(Selection selection) {
		return check(selection).problems;
	}

	private record Outcome(Checked checked, Map<String, String> problems) {
	}

	private static Outcome check(Selection selection) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (selection.criterion() == null) {
			problems.put("criterion", "petitions.invalidate.criterion.missing");
			return new Outcome(null, problems);
		}
		String value = selection.value() == null ? "" : selection.value().strip();
		switch (selection.criterion()) {
			case ADDRESS -> {
				if (!IPV4.matcher(value).matches() && !IPV6.matcher(value).matches()) {
					problems.put("value", "petitions.invalidate.address.invalid");
				}
			}
			case DOMAIN -> {
				try {
					value = CanonicalEmail.canonicalDomain(value);
				}
				catch (IllegalArgumentException ex) {
					problems.put("value", "petitions.invalidate.domain.invalid");
				}
			}
			case POSTCODE -> {
				try {
					value = Postcode.parse(value).value();
				}
				catch (IllegalArgumentException ex) {
					problems.put("value", "petitions.invalidate.postcode.invalid");
				}
			}
			case WINDOW -> {
				Instant from = moment(selection.from());
				Instant to = moment(selection.to());
				if (from == null) {
					problems.put("from", "petitions.invalidate.from.invalid");
				}
				if (to == null) {
					problems.put("to", "petitions.invalidate.to.invalid");
				}
				if (from != null && to != null && !to.isAfter(from)) {
					problems.put("to", "petitions.invalidate.to.beforeFrom");
				}
				if (problems.isEmpty()) {
					return new Outcome(new Checked(Criterion.WINDOW, "", from, to), problems);
				}
			}
		}
		return new Outcome(problems.isEmpty() ? new Checked(selection.criterion(), value, null, null) : null, problems);
	}

	/** A local date and time in London as typed ({@code 2026-03-14T10:30} or {@code 2026-03-14 10:30}). */
	static Instant moment(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(typed.strip().replace(' ', 'T')).atZone(Petitions.LONDON).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String condition(Checked checked) {
		return switch (checked.criterion()) {
			case ADDRESS -> "client_address = :value";
			case DOMAIN -> "split_part(canonical_email, '@', 2) = :value";
			case POSTCODE -> "postcode = :value";
			case WINDOW -> "signed_at >= :from AND signed_at < :to";
		};
	}

	private static StatementSpec bind(
			StatementSpec statement, Checked checked) {
		return checked.criterion() == Criterion.WINDOW
				? statement.param("from", timestamp(checked.from())).param("to", timestamp(checked.to()))
				: statement.param("value", checked.value());
	}

	/** What striking out these signatures would do, changing nothing. Null if the selection has problems. */
	public Preview preview(PetitionId petition, Selection selection) {
		Checked checked = check(selection).checked();
		if (checked == null) {
			return null;
		}
		long before = signatures.count(petition);
		Map<String, Object> matches = bind(jdbc.sql("""
				SELECT count(*) AS matching, count(*) FILTER (WHERE confirmed_at IS NOT NULL) AS counted
				FROM participation.petition_signature
				WHERE petition_id = :petition AND invalidation_id IS NULL AND\s""" + condition(checked)), checked)
			.param("petition", petition.value())
			.query()
			.singleRow();
		long matching = ((Number) matches.get("matching")).longValue();
		long counted = ((Number) matches.get("counted")).longValue();
		return new Preview(checked, before, matching, counted, before - counted);
	}

	/** Strikes out the selected signatures and recounts. Null if the selection or reason has problems. */
	@Transactional
	public Done invalidate(PersonId moderator, PetitionId petition, Selection selection, String reason) {
		Checked checked = check(selection).checked();
		String why = reason == null ? "" : reason.strip();
		if (checked == null || why.isEmpty() || why.length() > MAX_REASON) {
			return null;
		}
		Instant now = clock.instant();
		long before = signatures.count(petition);
		long id = jdbc.sql("""
				INSERT INTO participation.petition_invalidation (petition_id, criterion, value, window_from, window_to,
				    reason, invalidated, invalidated_counted, count_before, count_after, moderator_id, at)
				VALUES (:petition, :criterion, :value, :from, :to, :reason, 0, 0, :before, :before, :moderator, :at)
				RETURNING id""")
			.param("petition", petition.value())
			.param("criterion", checked.criterion().name())
			.param("value", describe(checked))
			.param("from", timestamp(checked.from()))
			.param("to", timestamp(checked.to()))
			.param("reason", why)
			.param("before", before)
			.param("moderator", moderator.value())
			.param("at", timestamp(now))
			.query(Long.class)
			.single();
		List<Boolean> struck = bind(jdbc.sql("""
				UPDATE participation.petition_signature SET invalidation_id = :id
				WHERE petition_id = :petition AND invalidation_id IS NULL AND\s""" + condition(checked)
				+ " RETURNING confirmed_at IS NOT NULL"), checked)
			.param("id", id)
			.param("petition", petition.value())
			.query(Boolean.class)
			.list();
		int counted = (int) struck.stream().filter(Boolean::booleanValue).count();
		long after = signatures.count(petition);
		jdbc.sql("""
				UPDATE participation.petition_invalidation
				SET invalidated = :n, invalidated_counted = :counted, count_after = :after WHERE id = :id""")
			.param("n", struck.size())
			.param("counted", counted)
			.param("after", after)
			.param("id", id)
			.update();
		petitions.evict(petition);
		return new Done(id, checked.criterion(), describe(checked), why, struck.size(), counted, (int) before,
				(int) after, now);
	}

	private static String describe(Checked checked) {
		return checked.criterion() == Criterion.WINDOW ? checked.from() + "/" + checked.to() : checked.value();
	}

	public List<Done> history(PetitionId petition) {
		return jdbc.sql("""
				SELECT id, criterion, value, reason, invalidated, invalidated_counted, count_before, count_after, at
				FROM participation.petition_invalidation WHERE petition_id = :petition ORDER BY id DESC""")
			.param("petition", petition.value())
			.query((rs, n) -> new Done(rs.getLong("id"), Criterion.valueOf(rs.getString("criterion")),
					rs.getString("value"), rs.getString("reason"), rs.getInt("invalidated"),
					rs.getInt("invalidated_counted"), rs.getInt("count_before"), rs.getInt("count_after"),
					instant(rs, "at")))
			.list();
	}

	/** The most frequent client addresses, domains and postcodes among signatures not yet struck out. */
	public Patterns patterns(PetitionId petition) {
		return new Patterns(top(petition, "client_address"), top(petition, "split_part(canonical_email, '@', 2)"),
				top(petition, "postcode"));
	}

	private List<Frequency> top(PetitionId petition, String expression) {
		return jdbc.sql("SELECT " + expression + " AS value, count(*) AS n FROM participation.petition_signature"
				+ " WHERE petition_id = :petition AND invalidation_id IS NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10")
			.param("petition", petition.value())
			.query((rs, n) -> new Frequency(rs.getString("value"), rs.getLong("n")))
			.list();
	}
}
