package org.bigsociety.timebank.web;

import java.util.List;
import java.util.Map;

import org.bigsociety.place.Area;
import org.bigsociety.place.Places;
import org.bigsociety.timebank.membership.Invalid;
import org.bigsociety.timebank.membership.Member;
import org.bigsociety.timebank.membership.Memberships;
import org.bigsociety.timebank.membership.OfflineEnrolments;
import org.bigsociety.timebank.membership.Memberships.Vetting;
import org.bigsociety.timebank.membership.TimeBank;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A broker's pages about members: who is waiting, who is in, and each member's safeguarding record. */
@Controller
class MemberPages {

	private final TimeBankPages banks;
	private final Memberships memberships;
	private final Places places;
	private final Balances balances;
	private final Me me;
	private final OfflineEnrolments offline;

	MemberPages(TimeBankPages banks, Memberships memberships, Places places, Balances balances, Me me,
			OfflineEnrolments offline) {
		this.offline = offline;
		this.banks = banks;
		this.memberships = memberships;
		this.places = places;
		this.balances = balances;
		this.me = me;
	}

	/** A member as a broker sees them. */
	record MemberRow(long id, String name, boolean organisation, String status, String why, String requested,
			String decided, boolean supported, String vettingCheck, String vettingDate, String areaName,
			String refusal, String balance) {
	}

	MemberRow row(Member member) {
		return new MemberRow(member.id(), memberships.name(member), !member.isPerson(), member.status().name(),
				member.why(), Dates.day(member.requestedAt()), Dates.day(member.decidedAt()), member.supported(),
				member.vettingCheck(), Dates.day(member.vettingDate()),
				member.area() == null ? "" : places.area(member.area()).map(Area::name).orElse(""),
				member.refusal(), member.approved() ? balances.of(member) : "");
	}

	@GetMapping("/timebanks/{bank}/members")
	String members(@PathVariable String bank, Model model) {
		TimeBank timeBank = banks.bank(bank);
		List<MemberRow> waiting = memberships.list(timeBank, me.required(), Member.Status.REQUESTED).stream()
			.map(this::row).toList();
		List<MemberRow> approved = memberships.list(timeBank, me.required(), Member.Status.APPROVED).stream()
			.map(this::row).toList();
		model.addAttribute("bank", timeBank);
		model.addAttribute("waiting", waiting);
		model.addAttribute("approved", approved);
		return "timebank/members";
	}

	@GetMapping("/timebanks/{bank}/members/{member}")
	String member(@PathVariable String bank, @PathVariable long member, Model model) {
		TimeBank timeBank = banks.bank(bank);
		Member found = memberships.forBroker(timeBank, me.required(), member);
		return memberPage(model, timeBank, found, Vetting.of(found), Map.of(), "");
	}

	private String memberPage(Model model, TimeBank bank, Member member, Vetting vetting, Map<String, String> errors,
			String note) {
		model.addAttribute("bank", bank);
		model.addAttribute("member", row(member));
		model.addAttribute("notes", memberships.notes(bank, me.required(), member.id()).stream()
			.map(n -> new NoteRow(n.writtenBy(), Dates.dayAndTime(n.writtenAt()), n.body())).toList());
		model.addAttribute("vetting", vetting);
		model.addAttribute("note", note);
		model.addAttribute("errors", errors);
		model.addAttribute("mayGoOnline", offline.mayGoOnline(member));
		if (!model.containsAttribute("onlineEmail")) {
			model.addAttribute("onlineEmail", "");
		}
		model.addAttribute("enrolled", offline.of(member)
			.map(e -> new EnrolledRow(Dates.day(e.at()), memberships.name(e.by()), e.reference()))
			.orElse(null));
		return "timebank/member";
	}

	/** How a member without the internet was enrolled in person. */
	record EnrolledRow(String at, String by, String reference) {
	}

	record NoteRow(String writtenBy, String writtenAt, String body) {
	}

	@PostMapping("/timebanks/{bank}/members/{member}/approve")
	String approve(@PathVariable String bank, @PathVariable long member, RedirectAttributes redirect) {
		TimeBank timeBank = banks.bank(bank);
		memberships.approve(timeBank, me.required(), member);
		redirect.addFlashAttribute("notice", "timebank.member.approved");
		return "redirect:/timebanks/" + timeBank.slug() + "/members";
	}

	@PostMapping("/timebanks/{bank}/members/{member}/refuse")
	String refuse(@PathVariable String bank, @PathVariable long member,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		TimeBank timeBank = banks.bank(bank);
		memberships.refuse(timeBank, me.required(), member, reason);
		redirect.addFlashAttribute("notice", "timebank.member.refused");
		return "redirect:/timebanks/" + timeBank.slug() + "/members";
	}

	@PostMapping("/timebanks/{bank}/members/{member}/notes")
	String note(@PathVariable String bank, @PathVariable long member, @RequestParam(required = false) String note,
			Model model, RedirectAttributes redirect) {
		TimeBank timeBank = banks.bank(bank);
		try {
			memberships.addNote(timeBank, me.required(), member, note);
		}
		catch (Invalid invalid) {
			Member found = memberships.forBroker(timeBank, me.required(), member);
			return memberPage(model, timeBank, found, Vetting.of(found), invalid.errors(), note);
		}
		redirect.addFlashAttribute("notice", "timebank.member.noted");
		return "redirect:/timebanks/" + timeBank.slug() + "/members/" + member;
	}

	@PostMapping("/timebanks/{bank}/members/{member}/vetting")
	String vetting(@PathVariable String bank, @PathVariable long member, Vetting form, Model model,
			RedirectAttributes redirect) {
		TimeBank timeBank = banks.bank(bank);
		try {
			memberships.recordVetting(timeBank, me.required(), member, form);
		}
		catch (Invalid invalid) {
			Member found = memberships.forBroker(timeBank, me.required(), member);
			return memberPage(model, timeBank, found, form, invalid.errors(), "");
		}
		redirect.addFlashAttribute("notice", "timebank.member.vetted");
		return "redirect:/timebanks/" + timeBank.slug() + "/members/" + member;
	}

	@PostMapping("/timebanks/{bank}/members/{member}/supported")
	String supported(@PathVariable String bank, @PathVariable long member,
			@RequestParam(required = false) String supported, RedirectAttributes redirect) {
		TimeBank timeBank = banks.bank(bank);
		boolean on = "yes".equals(supported);
		memberships.markSupported(timeBank, me.required(), member, on);
		redirect.addFlashAttribute("notice", on ? "timebank.member.supportedOn" : "timebank.member.supportedOff");
		return "redirect:/timebanks/" + timeBank.slug() + "/members/" + member;
	}

	@PostMapping("/timebanks/{bank}/members/{member}/online")
	String online(@PathVariable String bank, @PathVariable long member, @RequestParam(required = false) String email,
			Model model, RedirectAttributes redirect) {
		TimeBank timeBank = banks.bank(bank);
		try {
			offline.inviteOnline(timeBank, me.required(), member, email);
		}
		catch (Invalid invalid) {
			Member found = memberships.forBroker(timeBank, me.required(), member);
			model.addAttribute("onlineEmail", email);
			return memberPage(model, timeBank, found, Vetting.of(found), invalid.errors(), "");
		}
		redirect.addFlashAttribute("notice", "timebank.offline.online.sent");
		return "redirect:/timebanks/" + timeBank.slug() + "/members/" + member;
	}
}
