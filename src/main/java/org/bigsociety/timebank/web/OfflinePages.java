package org.bigsociety.timebank.web;

import java.util.Map;

import org.bigsociety.timebank.membership.Brokers;
import org.bigsociety.timebank.membership.Invalid;
import org.bigsociety.timebank.membership.Member;
import org.bigsociety.timebank.membership.OfflineEnrolments;
import org.bigsociety.timebank.membership.OfflineEnrolments.Enrolment;
import org.bigsociety.timebank.membership.TimeBank;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A broker enrols someone without email or internet, in person, as an approved member at once. */
@Controller
class OfflinePages {

	private final TimeBankPages banks;
	private final OfflineEnrolments enrolments;
	private final Brokers brokers;
	private final Me me;

	OfflinePages(TimeBankPages banks, OfflineEnrolments enrolments, Brokers brokers, Me me) {
		this.banks = banks;
		this.enrolments = enrolments;
		this.brokers = brokers;
		this.me = me;
	}

	@GetMapping("/timebanks/{bank}/members/enrol-offline")
	String form(@PathVariable String bank, Model model) {
		TimeBank timeBank = banks.bank(bank);
		brokers.require(me.required(), timeBank);
		return page(model, timeBank, Enrolment.blank(), Map.of());
	}

	@PostMapping("/timebanks/{bank}/members/enrol-offline")
	String enrol(@PathVariable String bank, Enrolment form, Model model, RedirectAttributes redirect) {
		TimeBank timeBank = banks.bank(bank);
		Member member;
		try {
			member = enrolments.enrol(timeBank, me.required(), form);
		}
		catch (Invalid invalid) {
			return page(model, timeBank, form, invalid.errors());
		}
		redirect.addFlashAttribute("notice", "timebank.offline.done");
		return "redirect:/timebanks/" + timeBank.slug() + "/members/" + member.id();
	}

	private String page(Model model, TimeBank bank, Enrolment form, Map<String, String> errors) {
		model.addAttribute("bank", bank);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "timebank/enrol-offline";
	}
}
