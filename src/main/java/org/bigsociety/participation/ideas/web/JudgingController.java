package org.bigsociety.participation.ideas.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bigsociety.participation.ideas.Call;
import org.bigsociety.participation.ideas.Criterion;
import org.bigsociety.participation.ideas.Idea;
import org.bigsociety.participation.ideas.IdeasCalls;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The panel: joining it with the officer's link, a judge's list of ideas with their own scores (never anyone else's
 * until judging closes), and the score sheet for one idea. Someone not on the panel is told so and can score nothing.
 */
@Controller
class JudgingController {

	private final IdeasCalls calls;
	private final People people;

	JudgingController(IdeasCalls calls, People people) {
		this.calls = calls;
		this.people = people;
	}

	@GetMapping("/ideas/{callId}/panel")
	String panel(@PathVariable long callId, @RequestParam(name = "code", required = false) String code, Model model) {
		return panelPage(model, calls.call(callId), code, Map.of());
	}

	@PostMapping("/ideas/{callId}/panel")
	String joinPanel(@PathVariable long callId, @RequestParam(name = "code", required = false) String code,
			Model model, RedirectAttributes redirect) {
		Map<String, String> errors = calls.joinPanel(people.currentPerson().orElseThrow(), callId, code);
		if (!errors.isEmpty()) {
			return panelPage(model, calls.call(callId), code, errors);
		}
		redirect.addFlashAttribute("done", "ideas.done.panel");
		return "redirect:/ideas/" + callId + "/judging";
	}

	private String panelPage(Model model, Call call, String code, Map<String, String> errors) {
		model.addAttribute("call", IdeasViews.call(call, calls));
		model.addAttribute("code", code == null || code.length() > 100 ? "" : code);
		model.addAttribute("judge", calls.judges(people.currentPerson().orElseThrow(), call.id()));
		model.addAttribute("errors", errors);
		return "participation/ideas/panel";
	}

	/** One line of the judge's list: an idea and whether they have scored it, and their weighted total. */
	record SheetRow(long idea, String title, boolean scored, long total) {
	}

	@GetMapping("/ideas/{callId}/judging")
	String judging(@PathVariable long callId, Model model) {
		Call call = calls.call(callId);
		PersonId me = people.currentPerson().orElseThrow();
		boolean judge = calls.judges(me, callId);
		List<Criterion> criteria = calls.criteria(callId);
		Map<Long, Map<Long, IdeasCalls.Mark>> own = calls.ownScores(me, callId);
		List<SheetRow> rows = judge ? calls.ideas(callId).stream().map(idea -> {
			Map<Long, IdeasCalls.Mark> marks = own.getOrDefault(idea.id(), Map.of());
			long total = criteria.stream()
				.mapToLong(c -> marks.containsKey(c.id()) ? (long) marks.get(c.id()).score() * c.weight() : 0)
				.sum();
			return new SheetRow(idea.id(), idea.title(), marks.size() == criteria.size(), total);
		}).toList() : List.of();
		model.addAttribute("call", IdeasViews.call(call, calls));
		model.addAttribute("judge", judge);
		model.addAttribute("rows", rows);
		model.addAttribute("maximum", Criterion.MAX_SCORE * criteria.stream().mapToLong(Criterion::weight).sum());
		model.addAttribute("scoring", call.phase() == org.bigsociety.participation.ideas.CallPhase.JUDGING);
		return "participation/ideas/judging";
	}

	@GetMapping("/ideas/{callId}/judging/{ideaId}")
	String sheet(@PathVariable long callId, @PathVariable long ideaId, Model model) {
		PersonId me = people.currentPerson().orElseThrow();
		Map<Long, IdeasCalls.Mark> marks = calls.ownScores(me, callId).getOrDefault(ideaId, Map.of());
		Map<String, String> scores = new HashMap<>();
		Map<String, String> comments = new HashMap<>();
		marks.forEach((criterion, mark) -> {
			scores.put(criterion.toString(), Integer.toString(mark.score()));
			comments.put(criterion.toString(), mark.comment());
		});
		return sheetPage(model, callId, ideaId, scores, comments, Map.of());
	}

	@PostMapping("/ideas/{callId}/judging/{ideaId}")
	String score(@PathVariable long callId, @PathVariable long ideaId, @RequestParam Map<String, String> form,
			Model model, RedirectAttributes redirect) {
		PersonId me = people.currentPerson().orElseThrow();
		calls.idea(callId, ideaId);
		if (!calls.judges(me, callId)) {
			return sheetPage(model, callId, ideaId, Map.of(), Map.of(), Map.of());
		}
		Map<Long, Integer> scores = new HashMap<>();
		Map<Long, String> comments = new HashMap<>();
		Map<String, String> typedScores = new HashMap<>();
		Map<String, String> typedComments = new HashMap<>();
		for (Criterion criterion : calls.criteria(callId)) {
			String score = form.get("score-" + criterion.id());
			String comment = form.get("comment-" + criterion.id());
			scores.put(criterion.id(), IdeasViews.number(score));
			comments.put(criterion.id(), comment);
			typedScores.put(Long.toString(criterion.id()), score);
			typedComments.put(Long.toString(criterion.id()), comment);
		}
		Map<String, String> errors = calls.score(me, callId, ideaId, scores, comments);
		if (!errors.isEmpty()) {
			return sheetPage(model, callId, ideaId, typedScores, typedComments, errors);
		}
		redirect.addFlashAttribute("done", "ideas.done.scored");
		return "redirect:/ideas/" + callId + "/judging";
	}

	private String sheetPage(Model model, long callId, long ideaId, Map<String, String> scores,
			Map<String, String> comments, Map<String, String> errors) {
		Call call = calls.call(callId);
		Idea idea = calls.idea(callId, ideaId);
		PersonId me = people.currentPerson().orElseThrow();
		model.addAttribute("call", IdeasViews.call(call, calls));
		model.addAttribute("idea", IdeasViews.idea(idea, calls, java.util.Set.of()));
		List<Criterion> criteria = calls.criteria(callId);
		Map<String, String> criterionNames = new HashMap<>();
		criteria.forEach(c -> {
			criterionNames.put("score-" + c.id(), c.name());
			criterionNames.put("comment-" + c.id(), c.name());
		});
		model.addAttribute("criteria", criteria);
		model.addAttribute("criterionNames", criterionNames);
		model.addAttribute("judge", calls.judges(me, callId));
		model.addAttribute("scoring", call.phase() == org.bigsociety.participation.ideas.CallPhase.JUDGING);
		model.addAttribute("scores", scores);
		model.addAttribute("comments", comments);
		model.addAttribute("errors", new LinkedHashMap<>(errors));
		return "participation/ideas/score";
	}
}
