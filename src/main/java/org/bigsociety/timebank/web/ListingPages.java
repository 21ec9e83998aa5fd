package org.bigsociety.timebank.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bigsociety.people.PersonId;
import org.bigsociety.timebank.listings.Categories;
import org.bigsociety.timebank.listings.Listing;
import org.bigsociety.timebank.listings.ListingQuery;
import org.bigsociety.timebank.listings.Listings;
import org.bigsociety.timebank.listings.Listings.NewListing;
import org.bigsociety.timebank.listings.Matching;
import org.bigsociety.timebank.membership.Brokers;
import org.bigsociety.timebank.membership.Invalid;
import org.bigsociety.timebank.membership.Member;
import org.bigsociety.timebank.membership.Memberships;
import org.bigsociety.timebank.membership.NotFound;
import org.bigsociety.timebank.membership.Refused;
import org.bigsociety.timebank.membership.TimeBank;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Offers and requests: searching them, posting one (for yourself, or as a broker for a member), and each one. */
@Controller
class ListingPages {

	static final int RESULTS = 50;
	static final int MATCHES = 5;

	private final TimeBankPages banks;
	private final Listings listings;
	private final Matching matching;
	private final Categories categories;
	private final Memberships memberships;
	private final Brokers brokers;
	private final ListingRows rows;
	private final Me me;

	ListingPages(TimeBankPages banks, Listings listings, Matching matching, Categories categories,
			Memberships memberships, Brokers brokers, ListingRows rows, Me me) {
		this.banks = banks;
		this.listings = listings;
		this.matching = matching;
		this.categories = categories;
		this.memberships = memberships;
		this.brokers = brokers;
		this.rows = rows;
		this.me = me;
	}

	@GetMapping("/timebanks/{bank}/listings")
	ModelAndView search(@PathVariable String bank, ListingQuery.Form form) {
		TimeBank timeBank = banks.bank(bank);
		ListingQuery.Form shown = form.within() == null ? new ListingQuery.Form(form.q(), form.category(), form.near(),
				Integer.toString(ListingQuery.DEFAULT_MILES), form.kind()) : form;
		ListingQuery.Checked checked = listings.query(shown, RESULTS);
		ModelAndView page = new ModelAndView("timebank/listings")
			.addObject("bank", timeBank)
			.addObject("form", shown)
			.addObject("errors", checked.problems())
			.addObject("categories", categories.codes())
			.addObject("miles", ListingQuery.MILES);
		if (!checked.problems().isEmpty()) {
			page.setStatus(HttpStatus.BAD_REQUEST);
			return page.addObject("results", List.of());
		}
		return page.addObject("results", listings.search(timeBank.id(), checked.query()).stream()
			.map(found -> rows.row(found.listing(), found.metres())).toList());
	}

	@GetMapping("/timebanks/{bank}/listings/new")
	String newForm(@PathVariable String bank, Model model) {
		TimeBank timeBank = banks.bank(bank);
		List<Member> as = actingAs(timeBank);
		return form(model, timeBank, as, null, NewListing.blank(), Map.of());
	}

	@PostMapping("/timebanks/{bank}/listings")
	String post(@PathVariable String bank, NewListing form, @RequestParam(required = false) Long member, Model model,
			RedirectAttributes redirect) {
		TimeBank timeBank = banks.bank(bank);
		List<Member> as = actingAs(timeBank);
		Member poster = as.stream().filter(m -> member == null || m.id().equals(member)).findFirst()
			.orElseThrow(() -> new Refused("timebank.notMember"));
		try {
			Listing listing = listings.post(timeBank, me.required(), poster.id(), form);
			redirect.addFlashAttribute("notice", "timebank.listing.posted");
			return "redirect:/timebanks/" + timeBank.slug() + "/listings/" + listing.id();
		}
		catch (Invalid invalid) {
			return form(model, timeBank, as, null, form, invalid.errors());
		}
	}

	@GetMapping("/timebanks/{bank}/members/{member}/listings/new")
	String newFormFor(@PathVariable String bank, @PathVariable long member, Model model) {
		TimeBank timeBank = banks.bank(bank);
		Member forMember = memberships.forBroker(timeBank, me.required(), member);
		return form(model, timeBank, List.of(), forMember, NewListing.blank(), Map.of());
	}

	@PostMapping("/timebanks/{bank}/members/{member}/listings")
	String postFor(@PathVariable String bank, @PathVariable long member, NewListing form, Model model,
			RedirectAttributes redirect) {
		TimeBank timeBank = banks.bank(bank);
		Member forMember = memberships.forBroker(timeBank, me.required(), member);
		try {
			Listing listing = listings.post(timeBank, me.required(), forMember.id(), form);
			redirect.addFlashAttribute("notice", "timebank.listing.postedFor");
			return "redirect:/timebanks/" + timeBank.slug() + "/listings/" + listing.id();
		}
		catch (Invalid invalid) {
			return form(model, timeBank, List.of(), forMember, form, invalid.errors());
		}
	}

	private List<Member> actingAs(TimeBank bank) {
		List<Member> as = memberships.actingAs(bank, me.required());
		if (as.isEmpty()) {
			throw new Refused("timebank.notMember");
		}
		return as;
	}

	/** A member chooses who they post as when they also act for an organisation. */
	record PostingAs(long id, String name) {
	}

	private String form(Model model, TimeBank bank, List<Member> as, Member forMember, NewListing form,
			Map<String, String> errors) {
		model.addAttribute("bank", bank);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("categories", categories.codes());
		model.addAttribute("postingAs", as.stream().map(m -> new PostingAs(m.id(), memberships.name(m))).toList());
		model.addAttribute("forMember", forMember == null ? null : new PostingAs(forMember.id(), memberships.name(forMember)));
		return "timebank/listing-form";
	}

	@GetMapping("/timebanks/{bank}/listings/{listing}")
	String listing(@PathVariable String bank, @PathVariable long listing, Model model) {
		TimeBank timeBank = banks.bank(bank);
		Listing found = listings.find(timeBank.id(), listing).orElseThrow(() -> new NotFound("listing " + listing));
		Optional<PersonId> person = me.maybe();
		boolean broker = brokers.brokers(person.orElse(null), timeBank);
		List<Member> mine = person.map(p -> memberships.actingAs(timeBank, p)).orElse(List.of());
		boolean own = mine.stream().anyMatch(m -> m.id() == found.memberId());
		model.addAttribute("bank", timeBank);
		model.addAttribute("listing", rows.row(found, null));
		model.addAttribute("own", own);
		model.addAttribute("mayClose", found.open() && (own || broker));
		model.addAttribute("mayRespond", found.open() && !own && !mine.isEmpty());
		model.addAttribute("signedIn", person.isPresent());
		model.addAttribute("matches", matching.matchesFor(found, MATCHES).stream()
			.map(match -> new MatchRow(rows.row(match.listing(), match.metres()), match.sameCategory(),
					match.wordsRank() > 0))
			.toList());
		return "timebank/listing";
	}

	record MatchRow(ListingRows.ListingRow listing, boolean sameCategory, boolean sharesWords) {
	}

	@PostMapping("/timebanks/{bank}/listings/{listing}/close")
	String close(@PathVariable String bank, @PathVariable long listing, RedirectAttributes redirect) {
		TimeBank timeBank = banks.bank(bank);
		listings.close(timeBank, me.required(), listing);
		redirect.addFlashAttribute("notice", "timebank.listing.closed");
		return "redirect:/timebanks/" + timeBank.slug() + "/listings/" + listing;
	}
}
