package org.bigsociety.timebank.web;

import java.util.Map;

import org.bigsociety.timebank.ledger.Limits;
import org.bigsociety.timebank.membership.BookLimits;
import org.bigsociety.timebank.membership.Brokers;
import org.bigsociety.timebank.membership.Invalid;
import org.bigsociety.timebank.membership.TimeBank;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A broker sets the time bank's own limits: how far below zero, how many hours banked, the starting gift. */
@Controller
class LimitsPages {

	/** The form's fields, as typed (whole hours). */
	record LimitsForm(String below, String up, String gift) {

		static LimitsForm of(Limits limits) {
			return new LimitsForm(String.valueOf(-limits.floor().value() / 60),
					String.valueOf(limits.ceiling().value() / 60), String.valueOf(limits.startingGift().value() / 60));
		}
	}

	private final TimeBankPages banks;
	private final BookLimits limits;
	private final Brokers brokers;
	private final Me me;

	LimitsPages(TimeBankPages banks, BookLimits limits, Brokers brokers, Me me) {
		this.banks = banks;
		this.limits = limits;
		this.brokers = brokers;
		this.me = me;
	}

	@GetMapping("/timebanks/{bank}/limits")
	String page(@PathVariable String bank, Model model) {
		TimeBank timeBank = banks.bank(bank);
		brokers.require(me.required(), timeBank);
		return page(model, timeBank, LimitsForm.of(limits.of(timeBank)), Map.of());
	}

	@PostMapping("/timebanks/{bank}/limits")
	String change(@PathVariable String bank, @RequestParam(required = false) String below,
			@RequestParam(required = false) String up, @RequestParam(required = false) String gift, Model model,
			RedirectAttributes redirect) {
		TimeBank timeBank = banks.bank(bank);
		try {
			limits.change(timeBank, me.required(), below, up, gift);
		}
		catch (Invalid invalid) {
			return page(model, timeBank, new LimitsForm(below, up, gift), invalid.errors());
		}
		redirect.addFlashAttribute("notice", "timebank.limits.changed");
		return "redirect:/timebanks/" + timeBank.slug() + "/limits";
	}

	private String page(Model model, TimeBank bank, LimitsForm form, Map<String, String> errors) {
		model.addAttribute("bank", bank);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "timebank/limits";
	}
}
