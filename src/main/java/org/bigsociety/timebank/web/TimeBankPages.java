package org.bigsociety.timebank.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bigsociety.people.PersonId;
import org.bigsociety.place.Area;
import org.bigsociety.place.Places;
import org.bigsociety.timebank.membership.Brokers;
import org.bigsociety.timebank.membership.Invalid;
import org.bigsociety.timebank.membership.Member;
import org.bigsociety.timebank.membership.Members;
import org.bigsociety.timebank.membership.Memberships;
import org.bigsociety.timebank.membership.Memberships.JoinRequest;
import org.bigsociety.timebank.membership.NotFound;
import org.bigsociety.timebank.membership.TimeBank;
import org.bigsociety.timebank.membership.TimeBankDirectory;
import org.bigsociety.timebank.membership.TimeBankManagement;
import org.bigsociety.timebank.membership.TimeBankManagement.NewTimeBank;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /timebanks}: the list, opening one, a time bank's own page, and joining it. */
@Controller
class TimeBankPages {

	private final TimeBankDirectory directory;
	private final TimeBankManagement management;
	private final Memberships memberships;
	private final Members members;
	private final Brokers brokers;
	private final Places places;
	private final BankPanel panel;
	private final Me me;

	TimeBankPages(TimeBankDirectory directory, TimeBankManagement management, Memberships memberships,
			Members members, Brokers brokers, Places places, BankPanel panel, Me me) {
		this.directory = directory;
		this.management = management;
		this.memberships = memberships;
		this.members = members;
		this.brokers = brokers;
		this.places = places;
		this.panel = panel;
		this.me = me;
	}

	/** A time bank in the list. */
	record Listed(String slug, String name, String areaName, long members) {
	}

	@GetMapping("/timebanks")
	String list(Model model) {
		List<Listed> banks = directory.all().stream()
			.map(bank -> new Listed(bank.slug(), bank.name(), areaName(bank),
					members.count(bank.id(), Member.Status.APPROVED)))
			.toList();
		model.addAttribute("banks", banks);
		return "timebank/index";
	}

	@GetMapping("/timebanks/new")
	String openForm(Model model) {
		return openPage(model, NewTimeBank.blank(), Map.of());
	}

	@PostMapping("/timebanks/new")
	String open(NewTimeBank form, Model model) {
		try {
			TimeBank bank = management.open(me.required(), form);
			return "redirect:/timebanks/" + bank.slug();
		}
		catch (Invalid invalid) {
			return openPage(model, form, invalid.errors());
		}
	}

	private static String openPage(Model model, NewTimeBank form, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "timebank/new";
	}

	@GetMapping("/timebanks/{bank}")
	String bank(@PathVariable String bank, Model model) {
		TimeBank timeBank = bank(bank);
		Optional<PersonId> person = me.maybe();
		model.addAttribute("bank", timeBank);
		model.addAttribute("areaName", areaName(timeBank));
		model.addAttribute("panel", panel.of(timeBank, person.orElse(null)));
		return "timebank/bank";
	}

	@GetMapping("/timebanks/{bank}/join")
	String joinForm(@PathVariable String bank, Model model) {
		TimeBank timeBank = bank(bank);
		return joinPage(model, timeBank, JoinRequest.blank(), Map.of());
	}

	@PostMapping("/timebanks/{bank}/join")
	String join(@PathVariable String bank, JoinRequest form, Model model, RedirectAttributes redirect) {
		TimeBank timeBank = bank(bank);
		try {
			memberships.askToJoin(timeBank, me.required(), form);
		}
		catch (Invalid invalid) {
			return joinPage(model, timeBank, form, invalid.errors());
		}
		redirect.addFlashAttribute("notice", "timebank.join.sent");
		return "redirect:/timebanks/" + timeBank.slug();
	}

	private String joinPage(Model model, TimeBank bank, JoinRequest form, Map<String, String> errors) {
		model.addAttribute("bank", bank);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("own", memberships.own(bank, me.required()).orElse(null));
		return "timebank/join";
	}

	@PostMapping("/timebanks/{bank}/digest")
	String digest(@PathVariable String bank, @RequestParam(required = false) String wanted,
			RedirectAttributes redirect) {
		TimeBank timeBank = bank(bank);
		if (!"yes".equals(wanted) && !"no".equals(wanted)) {
			return "redirect:/timebanks/" + timeBank.slug();
		}
		boolean on = "yes".equals(wanted);
		memberships.digest(timeBank, me.required(), on);
		redirect.addFlashAttribute("notice", on ? "timebank.digest.on" : "timebank.digest.off");
		return "redirect:/timebanks/" + timeBank.slug();
	}

	TimeBank bank(String reference) {
		return directory.byReference(reference).orElseThrow(() -> new NotFound("time bank " + reference));
	}

	String areaName(TimeBank bank) {
		return places.area(bank.area()).map(Area::name).orElse("");
	}
}
