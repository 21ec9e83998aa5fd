package org.bigsociety.timebank.web;

import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.bigsociety.timebank.TimeBanks;
import org.bigsociety.timebank.exchanges.Reports;
import org.bigsociety.timebank.exchanges.Reports.CategoryHours;
import org.bigsociety.timebank.exchanges.Reports.Crossing;
import org.bigsociety.timebank.exchanges.Reports.Month;
import org.bigsociety.timebank.ledger.ClearingPosition;
import org.bigsociety.timebank.ledger.Ledger;
import org.bigsociety.timebank.listings.Categories;
import org.bigsociety.timebank.membership.Member;
import org.bigsociety.timebank.membership.Members;
import org.bigsociety.timebank.membership.Notices;
import org.bigsociety.timebank.membership.TimeBank;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A time bank's dashboard, open to everyone: charts drawn on the server as SVG, each with its table. */
@Controller
class DashboardPages {

	static final int MONTHS = 12;
	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

	private final TimeBankPages banks;
	private final Reports reports;
	private final Members members;
	private final Balances balances;
	private final Notices notices;
	private final Ledger ledger;
	private final TimeBanks timeBanks;

	DashboardPages(TimeBankPages banks, Reports reports, Members members, Balances balances, Notices notices,
			Ledger ledger, TimeBanks timeBanks) {
		this.banks = banks;
		this.reports = reports;
		this.members = members;
		this.balances = balances;
		this.notices = notices;
		this.ledger = ledger;
		this.timeBanks = timeBanks;
	}

	record MonthRow(String month, String hours, long exchanges, long active, long joined) {
	}

	record CategoryRow(String name, String hours, long exchanges) {
	}

	/** Where this bank stands with another: what it owes (its members had more help) or is owed, in hours. */
	record OtherBankRow(String name, String owes, String owed) {
	}

	@GetMapping("/timebanks/{bank}/dashboard")
	String dashboard(@PathVariable String bank, Model model) {
		TimeBank timeBank = banks.bank(bank);
		List<Month> months = reports.months(timeBank.id(), MONTHS);
		List<CategoryHours> categories = reports.topCategories(timeBank.id(), 6);
		Crossing crossing = reports.crossing(timeBank.id());
		long totalMinutes = months.stream().mapToLong(Month::minutes).sum();
		long totalExchanges = months.stream().mapToLong(Month::exchanges).sum();

		model.addAttribute("bank", timeBank);
		model.addAttribute("members", members.count(timeBank.id(), Member.Status.APPROVED));
		model.addAttribute("totalHours", balances.format(totalMinutes));
		model.addAttribute("totalExchanges", totalExchanges);
		model.addAttribute("monthRows", months.stream()
			.map(m -> new MonthRow(MONTH.format(m.month()), balances.format(m.minutes()), m.exchanges(),
					m.activeMembers(), m.newMembers()))
			.toList());
		model.addAttribute("hoursChart", BarChart.of("hours", months.stream()
			.map(m -> new BarChart.Figure(shortMonth(m), hoursShown(m.minutes()), m.minutes())).toList()));
		model.addAttribute("membersChart", BarChart.of("members", months.stream()
			.map(m -> new BarChart.Figure(shortMonth(m), Long.toString(m.activeMembers()), m.activeMembers()))
			.toList()));
		model.addAttribute("categoryRows", categories.stream()
			.map(c -> new CategoryRow(notices.text(Categories.messageKey(c.category())), balances.format(c.minutes()),
					c.exchanges()))
			.toList());
		model.addAttribute("categoryChart", BarChart.of("categories", categories.stream()
			.map(c -> new BarChart.Figure(firstWord(notices.text(Categories.messageKey(c.category()))),
					hoursShown(c.minutes()), c.minutes()))
			.toList()));
		model.addAttribute("crossing", crossing);
		long known = crossing.across() + crossing.within();
		model.addAttribute("crossingPercent", known == 0 ? 0 : Math.round(100.0 * crossing.across() / known));
		model.addAttribute("crossingChart", BarChart.of("crossing", List.of(
				new BarChart.Figure(notices.text("timebank.dashboard.crossing.across"),
						Long.toString(crossing.across()), crossing.across()),
				new BarChart.Figure(notices.text("timebank.dashboard.crossing.within"),
						Long.toString(crossing.within()), crossing.within()))));
		model.addAttribute("otherBanks", ledger.clearingPositions(timeBank.id()).stream()
			.filter(position -> !position.balance().isZero())
			.map(this::otherBankRow)
			.toList());
		return "timebank/dashboard";
	}

	private OtherBankRow otherBankRow(ClearingPosition position) {
		String name = timeBanks.find(position.counterpart()).map(TimeBanks.TimeBankSummary::name)
			.orElseGet(() -> notices.text("timebank.dashboard.otherBanks.unknown"));
		String amount = balances.format(position.balance().abs());
		return new OtherBankRow(name, position.owes() ? amount : "", position.isOwed() ? amount : "");
	}

	private static String shortMonth(Month month) {
		return month.month().getMonth().getDisplayName(TextStyle.SHORT, Locale.UK);
	}

	/** Whole hours for the label above a bar (the table has the exact figure). */
	private static String hoursShown(long minutes) {
		return Long.toString(Math.round(minutes / 60.0));
	}

	private static String firstWord(String text) {
		int space = text.indexOf(' ');
		return (space < 0 ? text : text.substring(0, space)).replaceAll("[,;:]$", "");
	}
}
