package org.bigsociety.timebank.exchanges;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bigsociety.people.PersonId;
import org.bigsociety.timebank.Minutes;
import org.bigsociety.timebank.ledger.Refusal;
import org.bigsociety.timebank.listings.Categories;
import org.bigsociety.timebank.membership.Brokers;
import org.bigsociety.timebank.membership.Member;
import org.bigsociety.timebank.membership.Members;
import org.bigsociety.timebank.membership.TimeBank;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Importing paper time sheets from CSV: every row is checked first, and a file with any bad row imports nothing and
 * reports each problem by its line number. Each good row becomes an exchange recorded by the broker (origin PAPER)
 * whose credits move at once. Uploading the same file twice imports each row once.
 *
 * <p>Layout (a header line, then one exchange per line): {@code date,helper,helped,category,hours,description} where
 * date is {@code 27/03/2026} or {@code 2026-03-27}, helper and helped are member numbers, category is a category
 * code (such as {@code gardening}), hours is {@code 2}, {@code 1:30} or {@code 1.5}.
 */
@Service
public class PaperSheets {

	public static final String HEADER = "date,helper,helped,category,hours,description";
	public static final int MOST_ROWS = 500;
	public static final int MOST_BYTES = 200_000;

	/** One problem, on one line of the file (0 for the file as a whole). */
	public record Problem(int line, String messageKey, List<Object> arguments) {

		static Problem of(int line, String messageKey, Object... arguments) {
			return new Problem(line, messageKey, List.of(arguments));
		}
	}

	/** The file had problems: nothing was imported. */
	public static class Rejected extends RuntimeException {

		private final List<Problem> problems;

		Rejected(List<Problem> problems) {
			super(problems.size() + " problems");
			this.problems = List.copyOf(problems);
		}

		public List<Problem> problems() {
			return problems;
		}
	}

	public record Imported(int imported, int alreadyImported) {
	}

	private record Row(int line, LocalDate day, Member helper, Member helped, String category, Minutes minutes,
			String description, String key) {
	}

	private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(java.time.format.ResolverStyle.STRICT);

	private final Exchanges exchanges;
	private final Members members;
	private final Categories categories;
	private final Brokers brokers;
	private final JdbcClient jdbc;
	private final Clock clock;

	PaperSheets(Exchanges exchanges, Members members, Categories categories, Brokers brokers, JdbcClient jdbc,
			Clock clock) {
		this.exchanges = exchanges;
		this.members = members;
		this.categories = categories;
		this.brokers = brokers;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Checks every row, then imports them all in one transaction, or none.
	 *
	 * @throws Rejected with every problem found, when any row is bad (or the ledger refuses one)
	 */
	@Transactional
	public Imported importSheet(TimeBank bank, PersonId broker, byte[] file) {
		brokers.require(broker, bank);
		List<Row> rows = check(bank, file);
		int imported = 0;
		int already = 0;
		for (Row row : rows) {
			boolean seen = jdbc.sql("SELECT count(*) FROM timebank.paper_row WHERE key = :key")
				.param("key", row.key()).query(Long.class).single() > 0;
			if (seen) {
				already++;
				continue;
			}
			Exchange exchange;
			try {
				exchange = exchanges.recordAndPay(bank, broker, row.helper(), row.helped(), row.category(),
						row.description(), row.minutes(), Exchange.Origin.PAPER,
						LocalDateTime.of(row.day(), LocalTime.NOON).atZone(Exchanges.LONDON).toInstant(), row.key());
			}
			catch (Refusal refusal) {
				throw new Rejected(List.of(new Problem(row.line(), refusal.messageKey(),
						List.of(refusal.arguments()))));
			}
			jdbc.sql("""
					INSERT INTO timebank.paper_row (key, time_bank_id, exchange_id, line, imported_at, imported_by)
					VALUES (:key, :bank, :exchange, :line, :at, :by)""")
				.param("key", row.key())
				.param("bank", bank.id().value())
				.param("exchange", exchange.id())
				.param("line", row.line())
				.param("at", Timestamp.from(clock.instant()))
				.param("by", broker.value())
				.update();
			imported++;
		}
		return new Imported(imported, already);
	}

	private List<Row> check(TimeBank bank, byte[] file) {
		List<Problem> problems = new ArrayList<>();
		if (file == null || file.length == 0) {
			throw new Rejected(List.of(Problem.of(0, "timebank.import.empty")));
		}
		if (file.length > MOST_BYTES) {
			throw new Rejected(List.of(Problem.of(0, "timebank.import.tooBig", MOST_BYTES / 1000)));
		}
		String text = new String(file, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<List<String>> lines = CsvLines.parse(text);
		if (lines.isEmpty() || !String.join(",", lines.get(0)).strip().toLowerCase(Locale.ROOT).replace(" ", "")
			.equals(HEADER)) {
			throw new Rejected(List.of(Problem.of(1, "timebank.import.header", HEADER)));
		}
		if (lines.size() - 1 > MOST_ROWS) {
			throw new Rejected(List.of(Problem.of(0, "timebank.import.tooMany", MOST_ROWS)));
		}
		List<Row> rows = new ArrayList<>();
		Map<String, Integer> occurrences = new HashMap<>();
		LocalDate today = LocalDate.now(clock.withZone(Exchanges.LONDON));
		for (int i = 1; i < lines.size(); i++) {
			int line = i + 1;
			List<String> cells = lines.get(i);
			if (cells.stream().allMatch(String::isBlank)) {
				continue;
			}
			if (cells.size() != 6) {
				problems.add(Problem.of(line, "timebank.import.columns", cells.size()));
				continue;
			}
			int before = problems.size();
			LocalDate day = date(cells.get(0).strip());
			if (day == null) {
				problems.add(Problem.of(line, "timebank.import.date"));
			}
			else if (day.isAfter(today)) {
				problems.add(Problem.of(line, "timebank.import.future"));
			}
			Member helper = member(bank, cells.get(1).strip());
			if (helper == null) {
				problems.add(Problem.of(line, "timebank.import.helper", cells.get(1).strip()));
			}
			Member helped = member(bank, cells.get(2).strip());
			if (helped == null) {
				problems.add(Problem.of(line, "timebank.import.helped", cells.get(2).strip()));
			}
			else if (helper != null && helper.id().equals(helped.id())) {
				problems.add(Problem.of(line, "timebank.import.same"));
			}
			String category = cells.get(3).strip().toLowerCase(Locale.ROOT);
			if (!categories.exists(category)) {
				problems.add(Problem.of(line, "timebank.import.category", cells.get(3).strip()));
			}
			Minutes minutes = minutes(cells.get(4).strip());
			if (minutes == null) {
				problems.add(Problem.of(line, "timebank.import.hours", cells.get(4).strip()));
			}
			String description = cells.get(5).strip();
			if (description.isEmpty()) {
				problems.add(Problem.of(line, "timebank.import.description"));
			}
			else if (description.length() > Exchange.MAX_TEXT) {
				problems.add(Problem.of(line, "timebank.import.descriptionTooLong"));
			}
			if (problems.size() == before) {
				String content = String.join("|", bank.id().toString(), day.toString(), helper.id().toString(),
						helped.id().toString(), category, Long.toString(minutes.value()), description);
				int n = occurrences.merge(content, 1, Integer::sum);
				rows.add(new Row(line, day, helper, helped, category, minutes, description,
						"paper/" + sha256(content + "#" + n)));
			}
		}
		if (!problems.isEmpty()) {
			throw new Rejected(problems);
		}
		if (rows.isEmpty()) {
			throw new Rejected(List.of(Problem.of(0, "timebank.import.noRows")));
		}
		return rows;
	}

	private Member member(TimeBank bank, String number) {
		try {
			return members.find(bank.id(), Long.parseLong(number)).filter(Member::approved).orElse(null);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static LocalDate date(String text) {
		try {
			return text.contains("/") ? LocalDate.parse(text, UK) : LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** {@code 2}, {@code 1:30} or {@code 1.5} hours; null unless from 1 minute to 24 hours in whole minutes. */
	static Minutes minutes(String text) {
		long total;
		try {
			if (text.contains(":")) {
				String[] parts = text.split(":", -1);
				if (parts.length != 2 || parts[1].length() != 2) {
					return null;
				}
				long hours = Long.parseLong(parts[0]);
				long extra = Long.parseLong(parts[1]);
				if (hours < 0 || extra < 0 || extra > 59) {
					return null;
				}
				total = hours * 60 + extra;
			}
			else {
				java.math.BigDecimal hours = new java.math.BigDecimal(text);
				java.math.BigDecimal exact = hours.multiply(java.math.BigDecimal.valueOf(60));
				if (exact.stripTrailingZeros().scale() > 0) {
					return null;
				}
				total = exact.longValueExact();
			}
		}
		catch (NumberFormatException | ArithmeticException ex) {
			return null;
		}
		if (total < 1 || total > Exchange.MOST.value()) {
			return null;
		}
		return Minutes.of(total);
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
