package org.bigsociety.timebank.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bigsociety.people.PersonId;
import org.bigsociety.timebank.exchanges.Exchange;
import org.bigsociety.timebank.exchanges.Exchange.Side;
import org.bigsociety.timebank.exchanges.Exchanges;
import org.bigsociety.timebank.exchanges.Exchanges.Recorded;
import org.bigsociety.timebank.exchanges.Exchanges.Response;
import org.bigsociety.timebank.listings.Categories;
import org.bigsociety.timebank.listings.Listing;
import org.bigsociety.timebank.listings.Listings;
import org.bigsociety.timebank.membership.Invalid;
import org.bigsociety.timebank.membership.Member;
import org.bigsociety.timebank.membership.Members;
import org.bigsociety.timebank.membership.Memberships;
import org.bigsociety.timebank.membership.NotFound;
import org.bigsociety.timebank.membership.TimeBank;
import org.bigsociety.timebank.membership.TimeBankDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Exchanges: answering a listing, your exchanges, and each exchange with the steps its members (or a broker) take. */
@Controller
class ExchangePages {

	private final TimeBankPages banks;
	private final TimeBankDirectory directory;
	private final Exchanges exchanges;
	private final Listings listings;
	private final Members members;
	private final Memberships memberships;
	private final ListingRows rows;
	private final Balances balances;
	private final Categories categories;
	private final Me me;

	ExchangePages(TimeBankPages banks, TimeBankDirectory directory, Exchanges exchanges, Listings listings,
			Members members, Memberships memberships, ListingRows rows, Balances balances, Categories categories,
			Me me) {
		this.categories = categories;
		this.banks = banks;
		this.directory = directory;
		this.exchanges = exchanges;
		this.listings = listings;
		this.members = members;
		this.memberships = memberships;
		this.rows = rows;
		this.balances = balances;
		this.me = me;
	}

	// ---- answering a listing

	@GetMapping("/timebanks/{bank}/listings/{listing}/respond")
	String respondForm(@PathVariable String bank, @PathVariable long listing, Model model) {
		TimeBank timeBank = banks.bank(bank);
		return respondPage(model, timeBank, found(timeBank, listing), Response.blank(), Map.of());
	}

	@PostMapping("/timebanks/{bank}/listings/{listing}/respond")
	String respond(@PathVariable String bank, @PathVariable long listing, Response form, Model model,
			RedirectAttributes redirect) {
		TimeBank timeBank = banks.bank(bank);
		try {
			Exchange exchange = exchanges.respond(timeBank, me.required(), listing, form);
			redirect.addFlashAttribute("notice", "timebank.exchange.sent");
			return "redirect:/timebanks/" + timeBank.slug() + "/exchanges/" + exchange.id();
		}
		catch (Invalid invalid) {
			return respondPage(model, timeBank, found(timeBank, listing), form, invalid.errors());
		}
	}

	private Listing found(TimeBank bank, long listing) {
		return listings.find(bank.id(), listing).orElseThrow(() -> new NotFound("listing " + listing));
	}

	record As(long id, String label) {
	}

	private String respondPage(Model model, TimeBank bank, Listing listing, Response form,
			Map<String, String> errors) {
		List<As> as = members.actedForBy(me.required()).stream().filter(Member::approved)
			.map(m -> new As(m.id(), memberships.name(m) + " – " + directory.bank(m.timeBank()).map(TimeBank::name).orElse("")))
			.toList();
		model.addAttribute("bank", bank);
		model.addAttribute("listing", rows.row(listing, null));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("as", as);
		return "timebank/respond";
	}

	// ---- a broker records an exchange for members without the internet

	@GetMapping("/timebanks/{bank}/record")
	String recordForm(@PathVariable String bank, @RequestParam(required = false) Long provider, Model model) {
		TimeBank timeBank = banks.bank(bank);
		return recordPage(model, timeBank, Recorded.blank(provider), Map.of());
	}

	@PostMapping("/timebanks/{bank}/record")
	String record(@PathVariable String bank, Recorded form, Model model, RedirectAttributes redirect) {
		TimeBank timeBank = banks.bank(bank);
		try {
			Exchange exchange = exchanges.record(timeBank, me.required(), form);
			redirect.addFlashAttribute("notice", "timebank.record.done");
			return "redirect:/timebanks/" + timeBank.slug() + "/exchanges/" + exchange.id();
		}
		catch (Invalid invalid) {
			return recordPage(model, timeBank, form, invalid.errors());
		}
	}

	private String recordPage(Model model, TimeBank bank, Recorded form, Map<String, String> errors) {
		List<As> people = memberships.list(bank, me.required(), Member.Status.APPROVED).stream()
			.map(m -> new As(m.id(), memberships.name(m)))
			.toList();
		model.addAttribute("bank", bank);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("people", people);
		model.addAttribute("categories", categories.codes());
		return "timebank/record";
	}

	// ---- your exchanges

	record ExchangeRow(long id, String description, String status, String otherName, String role, String hours,
			String started) {
	}

	@GetMapping("/timebanks/{bank}/exchanges")
	String mine(@PathVariable String bank, Model model) {
		TimeBank timeBank = banks.bank(bank);
		PersonId person = me.required();
		List<ExchangeRow> list = exchanges.mine(timeBank, person).stream().map(e -> {
			Side side = exchanges.side(e, person).orElse(Side.PROVIDER);
			long other = e.member(side.other());
			return new ExchangeRow(e.id(), e.description(), e.status().name(), name(other), side.name(),
					e.minutes() == null ? "" : balances.format(e.minutes()), Dates.day(e.createdAt()));
		}).toList();
		model.addAttribute("bank", timeBank);
		model.addAttribute("exchanges", list);
		return "timebank/exchanges";
	}

	@GetMapping("/timebanks/{bank}/exchanges/for-brokers")
	String forBrokers(@PathVariable String bank, Model model) {
		TimeBank timeBank = banks.bank(bank);
		List<ExchangeRow> list = exchanges.forBrokers(timeBank, me.required()).stream()
			.map(e -> new ExchangeRow(e.id(), e.description(), e.status().name(), name(e.recipient()),
					name(e.provider()), e.minutes() == null ? "" : balances.format(e.minutes()),
					Dates.day(e.createdAt())))
			.toList();
		model.addAttribute("bank", timeBank);
		model.addAttribute("exchanges", list);
		return "timebank/for-brokers";
	}

	private String name(long memberId) {
		return members.find(memberId).map(memberships::name).orElse("");
	}

	// ---- one exchange

	record StepRow(String at, String action, String actor, boolean broker, String forMember, String hours,
			String note) {
	}

	record ReferenceRow(String from, String about, String writtenBy, String at, String body) {
	}

	/**
	 * An exchange as one visitor sees it, with what they may do now.
	 *
	 * @param side the visitor's side, or null for a broker who is not on it
	 * @param waitingForBroker the visitor is a supported member: a broker acts for them
	 */
	record ExchangeView(long id, String status, String description, String categoryKey, String provider,
			String recipient, String hours, String agreedFor, String side, boolean broker, String origin,
			String dispute, String resolution, List<StepRow> steps, List<ReferenceRow> references,
			boolean mayAccept, boolean mayAgreeTime, boolean mayMarkDone, boolean mayConfirm, boolean mayCancel,
			boolean mayDispute, boolean mayResolve, boolean mayReference, boolean waitingForBroker,
			boolean providerConfirmed, boolean recipientConfirmed, Long listing) {
	}

	@GetMapping("/timebanks/{bank}/exchanges/{exchange}")
	String exchange(@PathVariable String bank, @PathVariable long exchange, Model model) {
		TimeBank timeBank = banks.bank(bank);
		PersonId person = me.required();
		Exchange found = exchanges.view(timeBank, person, exchange);
		model.addAttribute("bank", timeBank);
		model.addAttribute("exchange", view(found, person));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "timebank/exchange";
	}

	private ExchangeView view(Exchange e, PersonId person) {
		Optional<Side> side = exchanges.side(e, person);
		boolean broker = exchanges.mayBroker(person, e);
		boolean supportedSide = side.map(s -> members.find(e.member(s)).map(Member::supported).orElse(false))
			.orElse(false);
		boolean acts = side.isPresent() && (!supportedSide || broker) || broker;
		Exchange.Status status = e.status();
		List<Exchanges.Reference> references = exchanges.references(e.id());
		boolean referenced = side.isPresent()
				&& references.stream().anyMatch(r -> r.fromMember() == e.member(side.get()));
		boolean mayAccept = acts && status == Exchange.Status.PROPOSED
				&& (side.isEmpty() || !e.accepted(side.get()));
		boolean mayConfirm = acts && status == Exchange.Status.DONE
				&& (side.isEmpty() || e.confirmedBy(side.get()) == null);
		return new ExchangeView(e.id(), status.name(), e.description(), "timebank.category." + e.category(),
				name(e.provider()), name(e.recipient()), e.minutes() == null ? null : balances.format(e.minutes()),
				e.agreedFor() == null ? null : Dates.dayAndTime(e.agreedFor()), side.map(Enum::name).orElse(null),
				broker, e.origin().name(), e.dispute(), e.resolution(),
				e.steps().stream().map(this::step).toList(),
				references.stream().map(r -> new ReferenceRow(name(r.fromMember()), name(r.aboutMember()),
						memberships.name(r.writtenBy()), Dates.day(r.writtenAt()), r.body())).toList(),
				mayAccept, acts && status == Exchange.Status.ACCEPTED,
				acts && (status == Exchange.Status.ACCEPTED || status == Exchange.Status.DONE), mayConfirm,
				acts && (status == Exchange.Status.PROPOSED || status == Exchange.Status.ACCEPTED
						|| status == Exchange.Status.DONE),
				acts && side.isPresent() && (status == Exchange.Status.ACCEPTED || status == Exchange.Status.DONE),
				broker && status == Exchange.Status.DISPUTED,
				acts && side.isPresent() && status == Exchange.Status.COMPLETED && !referenced,
				supportedSide && !broker, e.confirmedBy(Side.PROVIDER) != null,
				e.confirmedBy(Side.RECIPIENT) != null, e.listing());
	}

	private StepRow step(Exchange.Step step) {
		return new StepRow(Dates.dayAndTime(step.at()), "timebank.step." + step.action(),
				memberships.name(step.actor()), step.broker(), step.forMember() == null ? null : name(step.forMember()),
				step.minutes() == null ? null : balances.format(step.minutes()), step.note());
	}

	// ---- the steps

	@PostMapping("/timebanks/{bank}/exchanges/{exchange}/accept")
	String accept(@PathVariable String bank, @PathVariable long exchange, RedirectAttributes redirect) {
		TimeBank timeBank = banks.bank(bank);
		exchanges.accept(timeBank, me.required(), exchange);
		return back(timeBank, exchange, redirect, "timebank.exchange.accepted");
	}

	@PostMapping("/timebanks/{bank}/exchanges/{exchange}/time")
	String time(@PathVariable String bank, @PathVariable long exchange, @RequestParam(required = false) String day,
			@RequestParam(required = false) String month, @RequestParam(required = false) String year,
			@RequestParam(required = false) String time, RedirectAttributes redirect) {
		TimeBank timeBank = banks.bank(bank);
		try {
			exchanges.agreeTime(timeBank, me.required(), exchange, nz(day), nz(month), nz(year), time);
		}
		catch (Invalid invalid) {
			return problem(timeBank, exchange, redirect, invalid);
		}
		return back(timeBank, exchange, redirect, "timebank.exchange.timeAgreed");
	}

	@PostMapping("/timebanks/{bank}/exchanges/{exchange}/done")
	String done(@PathVariable String bank, @PathVariable long exchange, @RequestParam(required = false) String hours,
			@RequestParam(required = false) String minutes, RedirectAttributes redirect) {
		TimeBank timeBank = banks.bank(bank);
		try {
			exchanges.markDone(timeBank, me.required(), exchange, hours, minutes);
		}
		catch (Invalid invalid) {
			return problem(timeBank, exchange, redirect, invalid);
		}
		return back(timeBank, exchange, redirect, "timebank.exchange.markedDone");
	}

	@PostMapping("/timebanks/{bank}/exchanges/{exchange}/confirm")
	String confirm(@PathVariable String bank, @PathVariable long exchange, RedirectAttributes redirect) {
		TimeBank timeBank = banks.bank(bank);
		Exchange after = exchanges.confirm(timeBank, me.required(), exchange);
		return back(timeBank, exchange, redirect, after.status() == Exchange.Status.COMPLETED
				? "timebank.exchange.completed" : "timebank.exchange.confirmed");
	}

	@PostMapping("/timebanks/{bank}/exchanges/{exchange}/cancel")
	String cancel(@PathVariable String bank, @PathVariable long exchange,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		TimeBank timeBank = banks.bank(bank);
		exchanges.cancel(timeBank, me.required(), exchange, reason);
		return back(timeBank, exchange, redirect, "timebank.exchange.cancelled");
	}

	@PostMapping("/timebanks/{bank}/exchanges/{exchange}/dispute")
	String dispute(@PathVariable String bank, @PathVariable long exchange,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		TimeBank timeBank = banks.bank(bank);
		try {
			exchanges.dispute(timeBank, me.required(), exchange, reason);
		}
		catch (Invalid invalid) {
			return problem(timeBank, exchange, redirect, invalid);
		}
		return back(timeBank, exchange, redirect, "timebank.exchange.disputed");
	}

	@PostMapping("/timebanks/{bank}/exchanges/{exchange}/resolve")
	String resolve(@PathVariable String bank, @PathVariable long exchange,
			@RequestParam(required = false) String hours, @RequestParam(required = false) String minutes,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		TimeBank timeBank = banks.bank(bank);
		try {
			exchanges.resolve(timeBank, me.required(), exchange, hours, minutes, note);
		}
		catch (Invalid invalid) {
			return problem(timeBank, exchange, redirect, invalid);
		}
		return back(timeBank, exchange, redirect, "timebank.exchange.resolved");
	}

	@PostMapping("/timebanks/{bank}/exchanges/{exchange}/reference")
	String reference(@PathVariable String bank, @PathVariable long exchange,
			@RequestParam(required = false) String reference, RedirectAttributes redirect) {
		TimeBank timeBank = banks.bank(bank);
		try {
			exchanges.leaveReference(timeBank, me.required(), exchange, reference);
		}
		catch (Invalid invalid) {
			return problem(timeBank, exchange, redirect, invalid);
		}
		return back(timeBank, exchange, redirect, "timebank.reference.left");
	}

	private static String nz(String text) {
		return text == null ? "" : text;
	}

	private static String back(TimeBank bank, long exchange, RedirectAttributes redirect, String notice) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/timebanks/" + bank.slug() + "/exchanges/" + exchange;
	}

	/** A problem with one of the small forms on the exchange page: back to it, with the error summary. */
	private static String problem(TimeBank bank, long exchange, RedirectAttributes redirect, Invalid invalid) {
		redirect.addFlashAttribute("errors", invalid.errors());
		return "redirect:/timebanks/" + bank.slug() + "/exchanges/" + exchange;
	}
}
