package org.bigsociety.participation.budgets.web;

import java.util.List;
import java.util.Map;

import org.bigsociety.participation.budgets.BudgetRounds;
import org.bigsociety.participation.budgets.Eligibility;
import org.bigsociety.participation.budgets.Project;
import org.bigsociety.participation.budgets.Round;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /budgets/{id}/ballot}: a resident's ballot, which they can change until the vote closes. */
@Controller
class BallotController {

	private final BudgetRounds rounds;
	private final People people;

	BallotController(BudgetRounds rounds, People people) {
		this.rounds = rounds;
		this.people = people;
	}

	/** The ballot form; the date of birth is asked each time and never kept. */
	record BallotForm(List<Long> projects, String birthDay, String birthMonth, String birthYear) {

		BallotForm {
			projects = projects == null ? List.of() : List.copyOf(projects);
		}
	}

	@GetMapping("/budgets/{id}/ballot")
	String ballot(@PathVariable long id, Model model) {
		PersonId me = people.currentPerson().orElseThrow();
		Round round = rounds.round(id).orElseThrow(BudgetRounds.NoSuchRound::new);
		List<Long> current = rounds.ballot(me, id).orElse(List.of());
		return page(model, round, me, new BallotForm(current, null, null, null), Map.of(),
				rounds.ballot(me, id).isPresent());
	}

	@PostMapping("/budgets/{id}/ballot")
	String vote(@PathVariable long id, BallotForm form, Model model, RedirectAttributes redirect) {
		PersonId me = people.currentPerson().orElseThrow();
		Round round = rounds.round(id).orElseThrow(BudgetRounds.NoSuchRound::new);
		Map<String, String> errors = rounds.vote(me, id, form.projects(), Typed.number(form.birthDay()),
				Typed.number(form.birthMonth()), Typed.number(form.birthYear()));
		if (!errors.isEmpty()) {
			return page(model, round, me, form, errors, rounds.ballot(me, id).isPresent());
		}
		redirect.addFlashAttribute("cast", true);
		return "redirect:/budgets/" + id + "/ballot";
	}

	private String page(Model model, Round round, PersonId me, BallotForm form, Map<String, String> errors,
			boolean voted) {
		List<Project> projects = rounds.projects(round.id());
		model.addAttribute("round", BudgetViews.round(round, 0, rounds));
		model.addAttribute("projects", projects.stream().filter(Project::onTheBallot)
			.map(p -> BudgetViews.project(p, List.of())).toList());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("voted", voted);
		model.addAttribute("eligibility", rounds.eligibility(me, round).name());
		model.addAttribute("eligible", rounds.eligibility(me, round) == Eligibility.ELIGIBLE);
		if (!model.containsAttribute("cast")) {
			model.addAttribute("cast", false);
		}
		return "participation/budgets/ballot";
	}
}
