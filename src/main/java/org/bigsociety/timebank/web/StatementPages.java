package org.bigsociety.timebank.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bigsociety.people.PersonId;
import org.bigsociety.timebank.exchanges.Exchange;
import org.bigsociety.timebank.exchanges.Exchanges;
import org.bigsociety.timebank.ledger.Account;
import org.bigsociety.timebank.ledger.Holder;
import org.bigsociety.timebank.ledger.Statement;
import org.bigsociety.timebank.ledger.StatementLine;
import org.bigsociety.timebank.ledger.Transfer;
import org.bigsociety.timebank.ledger.TransferId;
import org.bigsociety.timebank.membership.LedgerBooks;
import org.bigsociety.timebank.membership.Member;
import org.bigsociety.timebank.membership.Memberships;
import org.bigsociety.timebank.membership.Notices;
import org.bigsociety.timebank.membership.Refused;
import org.bigsociety.timebank.membership.TimeBank;
import org.bigsociety.timebank.partners.Partners;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A member's statement (page and CSV), for themselves or for a broker, and the printable paper time sheet a broker
 * gives a member without the internet.
 */
@Controller
class StatementPages {

	/** The periods a statement can cover, in months; 0 is everything. */
	static final List<Integer> PERIODS = List.of(3, 12, 0);

	private final TimeBankPages banks;
	private final Memberships memberships;
	private final LedgerBooks ledger;
	private final Partners partners;
	private final Exchanges exchanges;
	private final Balances balances;
	private final Notices notices;
	private final Clock clock;
	private final Me me;

	StatementPages(TimeBankPages banks, Memberships memberships, LedgerBooks ledger, Partners partners,
			Exchanges exchanges, Balances balances, Notices notices, Clock clock, Me me) {
		this.banks = banks;
		this.memberships = memberships;
		this.ledger = ledger;
		this.partners = partners;
		this.exchanges = exchanges;
		this.balances = balances;
		this.notices = notices;
		this.clock = clock;
		this.me = me;
	}

	/**
	 * One line of a statement; {@code correctable} when a broker may reverse its transfer (not a correction itself,
	 * not corrected already).
	 */
	record Line(String day, String what, String with, String recordedBy, String in, String out, String balance,
			long minutes, long balanceMinutes, long transfer, boolean correctable) {
	}

	record StatementView(String member, String opening, String closing, List<Line> lines, int months,
			String csvPath) {
	}

	@GetMapping("/timebanks/{bank}/statement")
	String mine(@PathVariable String bank, @RequestParam(defaultValue = "12") String months, Model model) {
		TimeBank timeBank = banks.bank(bank);
		Member member = own(timeBank);
		return page(model, timeBank, member, months, "/timebanks/" + timeBank.slug() + "/statement.csv", false);
	}

	@GetMapping("/timebanks/{bank}/statement.csv")
	ResponseEntity<byte[]> mineCsv(@PathVariable String bank, @RequestParam(defaultValue = "12") String months) {
		TimeBank timeBank = banks.bank(bank);
		return csv(timeBank, own(timeBank), months);
	}

	@GetMapping("/timebanks/{bank}/members/{member}/statement")
	String theirs(@PathVariable String bank, @PathVariable long member,
			@RequestParam(defaultValue = "12") String months, Model model) {
		TimeBank timeBank = banks.bank(bank);
		Member found = memberships.forBroker(timeBank, me.required(), member);
		return page(model, timeBank, found, months,
				"/timebanks/" + timeBank.slug() + "/members/" + found.id() + "/statement.csv", true);
	}

	@GetMapping("/timebanks/{bank}/members/{member}/statement.csv")
	ResponseEntity<byte[]> theirsCsv(@PathVariable String bank, @PathVariable long member,
			@RequestParam(defaultValue = "12") String months) {
		TimeBank timeBank = banks.bank(bank);
		return csv(timeBank, memberships.forBroker(timeBank, me.required(), member), months);
	}

	record SheetRow(String day, String what, String other, String role, String hours) {
	}

	/** A paper time sheet to print: who the member is, their balance, recent exchanges and empty rows to fill in. */
	@GetMapping("/timebanks/{bank}/members/{member}/timesheet")
	String timesheet(@PathVariable String bank, @PathVariable long member, Model model) {
		TimeBank timeBank = banks.bank(bank);
		PersonId broker = me.required();
		Member found = memberships.forBroker(timeBank, broker, member);
		List<SheetRow> recent = exchanges.ofMember(timeBank, broker, found.id()).stream()
			.filter(e -> e.status() == Exchange.Status.COMPLETED)
			.limit(10)
			.map(e -> {
				boolean gave = e.provider() == found.id();
				long other = gave ? e.recipient() : e.provider();
				return new SheetRow(Dates.day(e.agreedFor() != null ? e.agreedFor() : e.completedAt()),
						e.description(), memberships.nameOfMember(other),
						gave ? "timebank.timesheet.gave" : "timebank.timesheet.received",
						balances.format(e.minutes()));
			})
			.toList();
		model.addAttribute("bank", timeBank);
		model.addAttribute("memberName", memberships.name(found));
		model.addAttribute("memberId", found.id());
		model.addAttribute("balance", balances.of(found));
		model.addAttribute("printed", Dates.day(clock.instant()));
		model.addAttribute("recent", recent);
		model.addAttribute("blanks", java.util.stream.IntStream.rangeClosed(1, 12).boxed().toList());
		return "timebank/timesheet";
	}

	private Member own(TimeBank bank) {
		return memberships.own(bank, me.required()).filter(Member::approved)
			.orElseThrow(() -> new Refused("timebank.notMember"));
	}

	private int months(String text) {
		try {
			int months = Integer.parseInt(text.strip());
			if (PERIODS.contains(months)) {
				return months;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw new Refused("timebank.statement.period.invalid");
	}

	private Statement statement(TimeBank bank, Member member, int months) {
		Account account = ledger.account(bank.id(), member).orElseThrow(() -> new Refused("timebank.notMember"));
		Instant to = clock.instant().plusSeconds(1);
		Instant from = months == 0 ? Instant.EPOCH
				: LocalDate.now(clock.withZone(Dates.LONDON)).minusMonths(months).atStartOfDay(Dates.LONDON).toInstant();
		return ledger.statement(account, from, to);
	}

	private List<Line> lines(TimeBank bank, Member member, Statement statement) {
		Map<Long, String> partnerNames = partners.partners(bank).stream()
			.collect(Collectors.toMap(Partners.Partner::id, Partners.Partner::name));
		Function<StatementLine, String> with = line -> with(line.counterpartyHolder(), partnerNames);
		Set<TransferId> corrected = statement.lines().stream().map(StatementLine::reverses).filter(Objects::nonNull)
			.collect(Collectors.toSet());
		return statement.lines().stream().map(line -> {
			long amount = line.amount().value();
			String recorder = line.recordedBy() == null || line.recordedBy().equals(member.actingPerson()) ? ""
					: memberships.name(line.recordedBy());
			return new Line(Dates.day(line.at()), line.memo() == null ? "" : line.memo(), with.apply(line), recorder,
					amount > 0 ? balances.format(amount) : "", amount < 0 ? balances.format(-amount) : "",
					balances.format(line.balanceAfter()), amount, line.balanceAfter().value(), line.transfer().value(),
					line.kind() != Transfer.Kind.REVERSAL && !corrected.contains(line.transfer()));
		}).toList();
	}

	private String with(Holder holder, Map<Long, String> partnerNames) {
		switch (holder.kind()) {
			case PERSON:
				return memberships.name(new PersonId(holder.id()));
			case ORGANISATION:
				return notices.text("timebank.member.organisation", holder.id());
			case PARTNER:
				return partnerNames.getOrDefault(holder.id(), notices.text("timebank.statement.partner"));
			case COMMUNITY_POT:
				return notices.text("timebank.statement.pot");
			default:
				return notices.text("timebank.statement.otherBank");
		}
	}

	private String page(Model model, TimeBank bank, Member member, String monthsText, String csvPath,
			boolean forBroker) {
		int months = months(monthsText);
		Statement statement = statement(bank, member, months);
		model.addAttribute("bank", bank);
		model.addAttribute("statement", new StatementView(memberships.name(member),
				balances.format(statement.opening()), balances.format(statement.closing()), lines(bank, member, statement),
				months, csvPath + "?months=" + months));
		model.addAttribute("periods", PERIODS);
		model.addAttribute("forBroker", forBroker);
		model.addAttribute("memberId", member.id());
		return "timebank/statement";
	}

	private ResponseEntity<byte[]> csv(TimeBank bank, Member member, String monthsText) {
		Statement statement = statement(bank, member, months(monthsText));
		StringBuilder out = new StringBuilder("date,description,with,recorded_by,minutes,balance_after_minutes\r\n");
		DateTimeFormatter iso = DateTimeFormatter.ISO_LOCAL_DATE;
		List<StatementLine> raw = statement.lines();
		List<Line> lines = lines(bank, member, statement);
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			out.append(iso.format(raw.get(i).at().atZone(Dates.LONDON))).append(',')
				.append(Csv.cell(line.what())).append(',')
				.append(Csv.cell(line.with())).append(',')
				.append(Csv.cell(line.recordedBy())).append(',')
				.append(line.minutes()).append(',')
				.append(line.balanceMinutes()).append("\r\n");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"statement-" + bank.slug() + "-" + member.id() + ".csv\"")
			.body(out.toString().getBytes(StandardCharsets.UTF_8));
	}
}
