package org.bigsociety.timebank.web;

import java.util.Map;
import java.util.UUID;

import org.bigsociety.timebank.ledger.Transfer;
import org.bigsociety.timebank.membership.Corrections;
import org.bigsociety.timebank.membership.Invalid;
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

/** A broker corrects a line of a member's statement by reversing it, saying why. */
@Controller
class CorrectionPages {

	private final TimeBankPages banks;
	private final Memberships memberships;
	private final Corrections corrections;
	private final Balances balances;
	private final Me me;

	CorrectionPages(TimeBankPages banks, Memberships memberships, Corrections corrections, Balances balances, Me me) {
		this.banks = banks;
		this.memberships = memberships;
		this.corrections = corrections;
		this.balances = balances;
		this.me = me;
	}

	@GetMapping("/timebanks/{bank}/members/{member}/transfers/{transfer}/correct")
	String page(@PathVariable String bank, @PathVariable long member, @PathVariable long transfer, Model model) {
		TimeBank timeBank = banks.bank(bank);
		Member found = memberships.forBroker(timeBank, me.required(), member);
		return page(model, timeBank, found, transfer, "", Map.of());
	}

	@PostMapping("/timebanks/{bank}/members/{member}/transfers/{transfer}/correct")
	String correct(@PathVariable String bank, @PathVariable long member, @PathVariable long transfer,
			@RequestParam(required = false) String why, @RequestParam(required = false) String token, Model model,
			RedirectAttributes redirect) {
		TimeBank timeBank = banks.bank(bank);
		Member found = memberships.forBroker(timeBank, me.required(), member);
		try {
			corrections.reverse(timeBank, me.required(), found, transfer, why, token);
		}
		catch (Invalid invalid) {
			return page(model, timeBank, found, transfer, why, invalid.errors());
		}
		redirect.addFlashAttribute("notice", "timebank.correct.done");
		return "redirect:/timebanks/" + timeBank.slug() + "/members/" + found.id() + "/statement";
	}

	private String page(Model model, TimeBank bank, Member member, long id, String why, Map<String, String> errors) {
		Transfer transfer = corrections.reversible(bank, me.required(), member, id);
		model.addAttribute("bank", bank);
		model.addAttribute("memberId", member.id());
		model.addAttribute("transfer", id);
		model.addAttribute("memberName", memberships.name(member));
		model.addAttribute("day", Dates.day(transfer.recordedAt()));
		model.addAttribute("what", transfer.memo() == null ? "" : transfer.memo());
		model.addAttribute("hours", balances.format(transfer.amount().value()));
		model.addAttribute("why", why == null ? "" : why);
		model.addAttribute("token", UUID.randomUUID().toString());
		model.addAttribute("errors", errors);
		return "timebank/correct";
	}
}
