package org.bigsociety.participation.budgets.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.bigsociety.participation.budgets.BudgetRounds;
import org.bigsociety.participation.budgets.Round;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /budgets/{id}/propose}: a resident proposes a project while the round collects ideas. */
@Controller
class ProposalController {

	private final BudgetRounds rounds;
	private final People people;

	ProposalController(BudgetRounds rounds, People people) {
		this.rounds = rounds;
		this.people = people;
	}

	/** A proposed project: its estimated cost in pounds as typed. */
	record ProposalForm(String title, String summary, String cost) {
	}

	@GetMapping("/budgets/{id}/propose")
	String form(@PathVariable long id, Model model) {
		return page(model, id, new ProposalForm("", "", ""), Map.of());
	}

	@PostMapping("/budgets/{id}/propose")
	String propose(@PathVariable long id, ProposalForm form, Model model, RedirectAttributes redirect) {
		PersonId me = people.currentPerson().orElseThrow();
		rounds.round(id).orElseThrow(BudgetRounds.NoSuchRound::new);
		OptionalLong pence = Money.pence(form.cost());
		Map<String, String> errors = new LinkedHashMap<>(
				rounds.propose(me, id, form.title(), form.summary(), pence.orElse(-1)));
		if (pence.isEmpty()) {
			errors.put("cost", "budgets.error.cost");
		}
		if (!errors.isEmpty()) {
			return page(model, id, form, errors);
		}
		redirect.addFlashAttribute("proposed", true);
		return "redirect:/budgets/" + id;
	}

	private String page(Model model, long id, ProposalForm form, Map<String, String> errors) {
		Round round = rounds.round(id).orElseThrow(BudgetRounds.NoSuchRound::new);
		model.addAttribute("round", BudgetViews.round(round, 0, rounds));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "participation/budgets/propose";
	}
}
