package org.bigsociety.timebank.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bigsociety.people.PersonId;
import org.bigsociety.timebank.membership.Brokers;
import org.bigsociety.timebank.membership.CommunityPot;
import org.bigsociety.timebank.membership.Invalid;
import org.bigsociety.timebank.membership.LedgerBooks;
import org.bigsociety.timebank.membership.Member;
import org.bigsociety.timebank.membership.Memberships;
import org.bigsociety.timebank.membership.TimeBank;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The community pot: members give hours to it; brokers grant hours from it to members in need. */
@Controller
class PotPages {

	private final TimeBankPages banks;
	private final CommunityPot pot;
	private final LedgerBooks ledger;
	private final Memberships memberships;
	private final Brokers brokers;
	private final Balances balances;
	private final Me me;

	PotPages(TimeBankPages banks, CommunityPot pot, LedgerBooks ledger, Memberships memberships, Brokers brokers,
			Balances balances, Me me) {
		this.banks = banks;
		this.pot = pot;
		this.ledger = ledger;
		this.memberships = memberships;
		this.brokers = brokers;
		this.balances = balances;
		this.me = me;
	}

	record Choice(long id, String label) {
	}

	@GetMapping("/timebanks/{bank}/pot")
	String page(@PathVariable String bank, Model model) {
		return page(model, banks.bank(bank), Map.of());
	}

	@PostMapping("/timebanks/{bank}/pot/donate")
	String donate(@PathVariable String bank, @RequestParam(required = false) String hours,
			@RequestParam(required = false) String minutes, @RequestParam(required = false) String token,
			Model model, RedirectAttributes redirect) {
		TimeBank timeBank = banks.bank(bank);
		try {
			pot.donate(timeBank, me.required(), hours, minutes, token);
		}
		catch (Invalid invalid) {
			return page(model, timeBank, invalid.errors());
		}
		redirect.addFlashAttribute("notice", "timebank.pot.donated");
		return "redirect:/timebanks/" + timeBank.slug() + "/pot";
	}

	@PostMapping("/timebanks/{bank}/pot/grant")
	String grant(@PathVariable String bank, @RequestParam(required = false) Long member,
			@RequestParam(required = false) String hours, @RequestParam(required = false) String minutes,
			@RequestParam(required = false) String why, @RequestParam(required = false) String token, Model model,
			RedirectAttributes redirect) {
		TimeBank timeBank = banks.bank(bank);
		try {
			if (member == null) {
				brokers.require(me.required(), timeBank);
				throw new Invalid(Map.of("member", "timebank.pot.member.missing"));
			}
			pot.grant(timeBank, me.required(), member, hours, minutes, why, token);
		}
		catch (Invalid invalid) {
			Map<String, String> errors = new LinkedHashMap<>();
			invalid.errors().forEach((field, key) -> errors.put("grant-" + field, key));
			return page(model, timeBank, errors);
		}
		redirect.addFlashAttribute("notice", "timebank.pot.granted");
		return "redirect:/timebanks/" + timeBank.slug() + "/pot";
	}

	private String page(Model model, TimeBank bank, Map<String, String> errors) {
		PersonId person = me.required();
		Member own = memberships.own(bank, person).filter(Member::approved).orElse(null);
		boolean broker = brokers.brokers(person, bank);
		model.addAttribute("bank", bank);
		model.addAttribute("member", own != null);
		model.addAttribute("balance", own == null ? null : balances.of(own));
		model.addAttribute("broker", broker);
		model.addAttribute("members", broker ? memberships.list(bank, person, Member.Status.APPROVED).stream()
			.map(m -> new Choice(m.id(), memberships.name(m))).toList() : List.of());
		model.addAttribute("token", UUID.randomUUID().toString());
		model.addAttribute("errors", errors);
		return "timebank/pot";
	}
}
