package org.bigsociety.participation.budgets.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.bigsociety.participation.budgets.BudgetRounds;
import org.bigsociety.participation.budgets.PaperBallot;
import org.bigsociety.participation.budgets.Project;
import org.bigsociety.participation.budgets.Round;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What officers do: create a round, move it through its phases, add and review projects, import a pabulib file, type
 * in paper ballots and report on delivery. Only officers for the round's area get past the service's checks.
 */
@Controller
class ManageController {

	private final BudgetRounds rounds;
	private final People people;

	ManageController(BudgetRounds rounds, People people) {
		this.rounds = rounds;
		this.people = people;
	}

	record RoundForm(String areaCode, String title, String description, String budget, String rule,
			String ballotKind, String minProjects, String maxProjects, String minimumAge, String closesDay,
			String closesMonth, String closesYear) {
	}

	record ProjectForm(String title, String summary, String cost) {
	}

	record ReviewForm(String cost, String feasibility, String note) {
	}

	record PaperForm(String paper, List<Long> projects) {

		PaperForm {
			projects = projects == null ? List.of() : List.copyOf(projects);
		}
	}

	record DeliveryForm(String status, String note) {
	}

	@GetMapping("/budgets/new")
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMINISTRATOR')")
	String newRound(Model model) {
		return newRoundPage(model, new RoundForm("E09000012", "", "", "", "equal-shares", "APPROVAL", "1", "5", "16", "",
				"", ""), Map.of());
	}

	@PostMapping("/budgets/new")
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMINISTRATOR')")
	String create(RoundForm form, Model model) {
		PersonId me = people.currentPerson().orElseThrow();
		OptionalLong budget = Money.pence(form.budget());
		LocalDate closes = null;
		try {
			Integer day = Typed.number(form.closesDay());
			Integer month = Typed.number(form.closesMonth());
			Integer year = Typed.number(form.closesYear());
			if (day != null && month != null && year != null) {
				closes = LocalDate.of(year, month, day);
			}
		}
		catch (DateTimeException e) {
			closes = null;
		}
		BudgetRounds.Created created = rounds.create(me, new BudgetRounds.RoundDetails(form.areaCode(), form.title(),
				form.description(), budget.orElse(0), form.rule(), form.ballotKind(), orMinusOne(form.minProjects()),
				orMinusOne(form.maxProjects()), orMinusOne(form.minimumAge()), closes));
		if (created.id() == null) {
			Map<String, String> errors = new LinkedHashMap<>(created.errors());
			if (errors.remove("voteCloses") != null) {
				errors.put("closesDay", "budgets.error.voteCloses");
			}
			return newRoundPage(model, form, errors);
		}
		return "redirect:/budgets/" + created.id() + "/manage";
	}

	/** A number as typed, or -1 (which the service refuses with a clear message) if it is not one. */
	private static int orMinusOne(String typed) {
		Integer number = Typed.number(typed);
		return number == null ? -1 : number;
	}

	private String newRoundPage(Model model, RoundForm form, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "participation/budgets/new";
	}

	@GetMapping("/budgets/{id}/manage")
	String manage(@PathVariable long id, Model model) {
		Round round = managed(id);
		return managePage(model, round, new ProjectForm("", "", ""), Map.of());
	}

	private String managePage(Model model, Round round, ProjectForm form, Map<String, String> errors) {
		List<Project> projects = rounds.projects(round.id());
		model.addAttribute("round", BudgetViews.round(round, 0, rounds));
		model.addAttribute("projects", BudgetViews.projects(round, projects, List.of(), true));
		model.addAttribute("onlineBallots", rounds.onlineBallots(round.id()));
		List<PaperBallot> papers = rounds.papers(round.id());
		model.addAttribute("papersAgreed", papers.stream().filter(p -> p.state() == PaperBallot.State.AGREED).count());
		model.addAttribute("papersUnsettled", papers.stream().filter(p -> p.state() != PaperBallot.State.AGREED).count());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		if (!model.containsAttribute("done")) {
			model.addAttribute("done", "");
		}
		return "participation/budgets/manage";
	}

	/** @param from the phase the officer saw, so a repeated or stale click never moves the round twice */
	@PostMapping("/budgets/{id}/manage/phase")
	String advance(@PathVariable long id, @RequestParam(name = "from", required = false) String from, Model model,
			RedirectAttributes redirect) {
		Round round = managed(id);
		Map<String, String> errors = rounds.advance(me(), id, from);
		if (!errors.isEmpty()) {
			return managePage(model, round, new ProjectForm("", "", ""), errors);
		}
		redirect.addFlashAttribute("done", "budgets.manage.done.phase");
		return "redirect:/budgets/" + id + "/manage";
	}

	@PostMapping("/budgets/{id}/manage/projects")
	String addProject(@PathVariable long id, ProjectForm form, Model model, RedirectAttributes redirect) {
		Round round = managed(id);
		OptionalLong pence = Money.pence(form.cost());
		Map<String, String> errors = new LinkedHashMap<>(
				rounds.propose(me(), id, form.title(), form.summary(), pence.orElse(-1)));
		if (pence.isEmpty()) {
			errors.put("cost", "budgets.error.cost");
		}
		if (!errors.isEmpty()) {
			return managePage(model, round, form, errors);
		}
		redirect.addFlashAttribute("done", "budgets.manage.done.project");
		return "redirect:/budgets/" + id + "/manage";
	}

	@PostMapping("/budgets/{id}/manage/import")
	String importFile(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			Model model, RedirectAttributes redirect) throws IOException {
		Round round = managed(id);
		Map<String, String> errors;
		if (file == null || file.isEmpty()) {
			errors = Map.of("file", "budgets.error.importMissing");
		}
		else {
			try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
				errors = rounds.importProjects(me(), id, reader);
			}
			catch (BudgetRounds.ImportRefused e) {
				model.addAttribute("importProblem", e.line() > 0 ? "Line " + e.line() + ": " + e.problem() : e.problem());
				errors = Map.of("file", "budgets.error.importFormat");
			}
		}
		if (!errors.isEmpty()) {
			return managePage(model, round, new ProjectForm("", "", ""), errors);
		}
		redirect.addFlashAttribute("done", "budgets.manage.done.import");
		return "redirect:/budgets/" + id + "/manage";
	}

	@GetMapping("/budgets/{id}/manage/projects/{projectId}")
	String project(@PathVariable long id, @PathVariable long projectId, Model model) {
		Round round = managed(id);
		Project project = project(id, projectId);
		return projectPage(model, round, project, new ReviewForm(Money.typed(project.costPence()),
				project.feasibility().name(), project.feasibilityNote()), new DeliveryForm(project.deliveryStatus().name(), ""),
				Map.of());
	}

	@PostMapping("/budgets/{id}/manage/projects/{projectId}/review")
	String review(@PathVariable long id, @PathVariable long projectId, ReviewForm form, Model model,
			RedirectAttributes redirect) {
		Round round = managed(id);
		Project project = project(id, projectId);
		OptionalLong pence = Money.pence(form.cost());
		Map<String, String> errors = new LinkedHashMap<>(
				rounds.review(me(), id, projectId, pence.orElse(-1), form.feasibility(), form.note()));
		if (pence.isEmpty()) {
			errors.put("cost", "budgets.error.cost");
		}
		if (!errors.isEmpty()) {
			return projectPage(model, round, project, form, new DeliveryForm(project.deliveryStatus().name(), ""),
					errors);
		}
		redirect.addFlashAttribute("done", "budgets.manage.done.review");
		return "redirect:/budgets/" + id + "/manage";
	}

	@PostMapping("/budgets/{id}/manage/projects/{projectId}/delivery")
	String delivery(@PathVariable long id, @PathVariable long projectId, DeliveryForm form, Model model,
			RedirectAttributes redirect) {
		Round round = managed(id);
		Project project = project(id, projectId);
		Map<String, String> errors = rounds.reportDelivery(me(), id, projectId, form.status(), form.note());
		if (!errors.isEmpty()) {
			return projectPage(model, round, project, new ReviewForm(Money.typed(project.costPence()),
					project.feasibility().name(), project.feasibilityNote()), form, errors);
		}
		redirect.addFlashAttribute("done", "budgets.manage.done.delivery");
		return "redirect:/budgets/" + id + "/manage";
	}

	private String projectPage(Model model, Round round, Project project, ReviewForm review, DeliveryForm delivery,
			Map<String, String> errors) {
		model.addAttribute("round", BudgetViews.round(round, 0, rounds));
		model.addAttribute("project", BudgetViews.project(project, List.of()));
		model.addAttribute("review", review);
		model.addAttribute("delivery", delivery);
		model.addAttribute("errors", errors);
		return "participation/budgets/project";
	}

	@GetMapping("/budgets/{id}/manage/paper")
	String paperForm(@PathVariable long id, Model model) {
		Round round = managed(id);
		return paperPage(model, round, new PaperForm("", List.of()), Map.of());
	}

	@PostMapping("/budgets/{id}/manage/paper")
	String enterPaper(@PathVariable long id, PaperForm form, Model model, RedirectAttributes redirect) {
		Round round = managed(id);
		BudgetRounds.PaperEntry entry = rounds.enterPaper(me(), id, form.paper(), form.projects());
		if (!entry.errors().isEmpty()) {
			return paperPage(model, round, form, entry.errors());
		}
		redirect.addFlashAttribute("entered", "budgets.paper.entered." + entry.state().name());
		return "redirect:/budgets/" + id + "/manage/paper";
	}

	private String paperPage(Model model, Round round, PaperForm form, Map<String, String> errors) {
		List<Project> projects = rounds.projects(round.id());
		model.addAttribute("round", BudgetViews.round(round, 0, rounds));
		model.addAttribute("projects", projects.stream().filter(Project::onTheBallot)
			.map(p -> BudgetViews.project(p, List.of())).toList());
		model.addAttribute("papers", rounds.papers(round.id()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		if (!model.containsAttribute("entered")) {
			model.addAttribute("entered", "");
		}
		return "participation/budgets/paper";
	}

	private PersonId me() {
		return people.currentPerson().orElseThrow();
	}

	private Round managed(long id) {
		Round round = rounds.round(id).orElseThrow(BudgetRounds.NoSuchRound::new);
		if (!rounds.manages(me(), round)) {
			throw new AccessDeniedException("Only an officer for the round's area can manage it");
		}
		return round;
	}

	private Project project(long roundId, long projectId) {
		return rounds.projects(roundId).stream().filter(p -> p.id() == projectId).findFirst()
			.orElseThrow(BudgetRounds.NoSuchRound::new);
	}
}
