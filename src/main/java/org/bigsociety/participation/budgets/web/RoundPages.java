package org.bigsociety.participation.budgets.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.bigsociety.participation.budgets.BudgetRounds;
import org.bigsociety.participation.budgets.Round;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public pages: every round, one round with its projects, results and delivery, and its pabulib export. */
@Controller
class RoundPages {

	private final BudgetRounds rounds;
	private final People people;

	RoundPages(BudgetRounds rounds, People people) {
		this.rounds = rounds;
		this.people = people;
	}

	@GetMapping("/budgets")
	String list(Model model) {
		model.addAttribute("rounds", rounds.rounds().stream().map(r -> BudgetViews.summary(r, rounds)).toList());
		return "participation/budgets/list";
	}

	/** The round and one page of its projects ({@link BudgetRounds#PAGE_SIZE} a page), so a huge round stays fast. */
	@GetMapping("/budgets/{id}")
	String round(@PathVariable long id, @RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		Round round = rounds.round(id).orElseThrow(BudgetRounds.NoSuchRound::new);
		BudgetRounds.ProjectPage projects = rounds.projectPage(round, page);
		PersonId me = people.currentPerson().orElse(null);
		model.addAttribute("round", BudgetViews.round(round, projects.spentPence(), rounds));
		model.addAttribute("projects", BudgetViews.page(projects.projects(), projects.updates()));
		model.addAttribute("page", projects.page());
		model.addAttribute("pages", projects.pages());
		model.addAttribute("total", projects.total());
		model.addAttribute("manages", rounds.manages(me, round));
		model.addAttribute("voted", me != null && rounds.ballot(me, id).isPresent());
		return "participation/budgets/round";
	}

	@GetMapping("/budgets/{id}/round.pb")
	void export(@PathVariable long id, HttpServletResponse response) throws IOException {
		rounds.round(id).orElseThrow(BudgetRounds.NoSuchRound::new);
		response.setContentType("text/plain;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"budget-round-" + id + ".pb\"");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		rounds.export(id, out);
		out.flush();
	}
}
