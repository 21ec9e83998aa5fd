package org.bigsociety.timebank.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bigsociety.people.PersonId;
import org.bigsociety.timebank.membership.Brokers;
import org.bigsociety.timebank.membership.Invalid;
import org.bigsociety.timebank.membership.Member;
import org.bigsociety.timebank.membership.Members;
import org.bigsociety.timebank.membership.Memberships;
import org.bigsociety.timebank.membership.TimeBank;
import org.bigsociety.timebank.partners.Partners;
import org.bigsociety.timebank.partners.Partners.NewPartner;
import org.bigsociety.timebank.partners.Partners.NewReward;
import org.bigsociety.timebank.partners.Partners.Partner;
import org.bigsociety.timebank.partners.Partners.Redemption;
import org.bigsociety.timebank.partners.Partners.Reward;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Rewards from local partners: anyone sees them, members ask for one, partners and brokers confirm. */
@Controller
class PartnerPages {

	private final TimeBankPages banks;
	private final Partners partners;
	private final Members members;
	private final Memberships memberships;
	private final Brokers brokers;
	private final Balances balances;
	private final Me me;

	PartnerPages(TimeBankPages banks, Partners partners, Members members, Memberships memberships, Brokers brokers,
			Balances balances, Me me) {
		this.banks = banks;
		this.partners = partners;
		this.members = members;
		this.memberships = memberships;
		this.brokers = brokers;
		this.balances = balances;
		this.me = me;
	}

	record RewardRow(long id, String title, String description, String partner, String price) {
	}

	record PartnerRow(long id, String name, String description, String contact, String balance,
			List<RewardRow> rewards) {
	}

	record RedemptionRow(long id, String reward, String partner, String member, String price, String status,
			String requested) {
	}

	@GetMapping("/timebanks/{bank}/rewards")
	String rewards(@PathVariable String bank, Model model) {
		TimeBank timeBank = banks.bank(bank);
		Optional<PersonId> person = me.maybe();
		List<Partner> all = partners.partners(timeBank);
		List<Reward> rewards = partners.rewards(timeBank);
		boolean member = person.map(p -> members.actedForBy(timeBank.id(), p).stream().anyMatch(Member::approved))
			.orElse(false);
		model.addAttribute("bank", timeBank);
		model.addAttribute("partners", all.stream().map(p -> partnerRow(timeBank, p, rewards, false)).toList());
		model.addAttribute("member", member);
		model.addAttribute("signedIn", person.isPresent());
		model.addAttribute("balance", member ? balances.of(members.actedForBy(timeBank.id(), person.get()).stream()
			.filter(Member::approved).findFirst().orElseThrow()) : null);
		model.addAttribute("mine", person.map(p -> rows(timeBank, partners.mine(timeBank, p), rewards, all))
			.orElse(List.of()));
		model.addAttribute("toConfirm", person.map(p -> rows(timeBank, partners.toConfirm(timeBank, p), rewards, all))
			.orElse(List.of()));
		return "timebank/rewards";
	}

	@PostMapping("/timebanks/{bank}/rewards/{reward}/redeem")
	String redeem(@PathVariable String bank, @PathVariable long reward, RedirectAttributes redirect) {
		TimeBank timeBank = banks.bank(bank);
		partners.redeem(timeBank, me.required(), reward);
		redirect.addFlashAttribute("notice", "timebank.reward.requested");
		return "redirect:/timebanks/" + timeBank.slug() + "/rewards";
	}

	@PostMapping("/timebanks/{bank}/redemptions/{redemption}/confirm")
	String confirm(@PathVariable String bank, @PathVariable long redemption, RedirectAttributes redirect) {
		TimeBank timeBank = banks.bank(bank);
		partners.confirm(timeBank, me.required(), redemption);
		redirect.addFlashAttribute("notice", "timebank.redemption.confirmed");
		return "redirect:/timebanks/" + timeBank.slug() + "/rewards";
	}

	@PostMapping("/timebanks/{bank}/redemptions/{redemption}/cancel")
	String cancel(@PathVariable String bank, @PathVariable long redemption, RedirectAttributes redirect) {
		TimeBank timeBank = banks.bank(bank);
		partners.cancel(timeBank, me.required(), redemption);
		redirect.addFlashAttribute("notice", "timebank.redemption.cancelled");
		return "redirect:/timebanks/" + timeBank.slug() + "/rewards";
	}

	// ---- brokers: partners and their rewards

	@GetMapping("/timebanks/{bank}/partners")
	String partnersPage(@PathVariable String bank, Model model) {
		TimeBank timeBank = banks.bank(bank);
		brokers.require(me.required(), timeBank);
		return partnersPage(model, timeBank, NewPartner.blank(), NewReward.blank(), Map.of());
	}

	@PostMapping("/timebanks/{bank}/partners")
	String addPartner(@PathVariable String bank, NewPartner form, Model model, RedirectAttributes redirect) {
		TimeBank timeBank = banks.bank(bank);
		try {
			partners.add(timeBank, me.required(), form);
		}
		catch (Invalid invalid) {
			return partnersPage(model, timeBank, form, NewReward.blank(), invalid.errors());
		}
		redirect.addFlashAttribute("notice", "timebank.partner.added");
		return "redirect:/timebanks/" + timeBank.slug() + "/partners";
	}

	@PostMapping("/timebanks/{bank}/partners/rewards")
	String addReward(@PathVariable String bank, NewReward form, Model model, RedirectAttributes redirect) {
		TimeBank timeBank = banks.bank(bank);
		try {
			partners.addReward(timeBank, me.required(), form);
		}
		catch (Invalid invalid) {
			Map<String, String> errors = new java.util.LinkedHashMap<>();
			invalid.errors().forEach((field, key) -> errors.put("reward-" + field, key));
			return partnersPage(model, timeBank, NewPartner.blank(), form, errors);
		}
		redirect.addFlashAttribute("notice", "timebank.reward.added");
		return "redirect:/timebanks/" + timeBank.slug() + "/partners";
	}

	record Choice(long id, String label) {
	}

	private String partnersPage(Model model, TimeBank bank, NewPartner partner, NewReward reward,
			Map<String, String> errors) {
		List<Partner> all = partners.partners(bank);
		List<Reward> rewards = partners.rewards(bank);
		model.addAttribute("bank", bank);
		model.addAttribute("partners", all.stream().map(p -> partnerRow(bank, p, rewards, true)).toList());
		model.addAttribute("choices", all.stream().map(p -> new Choice(p.id(), p.name())).toList());
		model.addAttribute("contacts", memberships.list(bank, me.required(), Member.Status.APPROVED).stream()
			.filter(Member::isPerson).map(m -> new Choice(m.id(), memberships.name(m))).toList());
		model.addAttribute("partner", partner);
		model.addAttribute("reward", reward);
		model.addAttribute("errors", errors);
		return "timebank/partners";
	}

	private PartnerRow partnerRow(TimeBank bank, Partner partner, List<Reward> rewards, boolean forBroker) {
		return new PartnerRow(partner.id(), partner.name(), partner.description(),
				forBroker && partner.contact() != null ? memberships.name(partner.contact()) : null,
				forBroker ? balances.format(partners.partnerBalance(bank, partner.id())) : null,
				rewards.stream().filter(r -> r.partner() == partner.id() && r.open())
					.map(r -> new RewardRow(r.id(), r.title(), r.description(), partner.name(),
							balances.format(r.price())))
					.toList());
	}

	private List<RedemptionRow> rows(TimeBank bank, List<Redemption> redemptions, List<Reward> rewards,
			List<Partner> all) {
		return redemptions.stream().map(r -> {
			Reward reward = rewards.stream().filter(x -> x.id() == r.reward()).findFirst().orElseThrow();
			String partner = all.stream().filter(p -> p.id() == reward.partner()).map(Partner::name).findFirst()
				.orElse("");
			return new RedemptionRow(r.id(), reward.title(), partner,
					members.find(r.member()).map(memberships::name).orElse(""), balances.format(r.price()),
					r.status().name(), Dates.day(r.requestedAt()));
		}).toList();
	}
}
