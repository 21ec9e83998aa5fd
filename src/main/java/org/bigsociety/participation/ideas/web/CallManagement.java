package org.bigsociety.participation.ideas.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bigsociety.participation.ideas.Call;
import org.bigsociety.participation.ideas.Idea;
import org.bigsociety.participation.ideas.IdeasCalls;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What officers do: open a call, move it through its phases, look after the panel, pick the shortlist with the
 * ranking in view, and record each idea's outcome. Only officers for the call's area get past the service's checks.
 */
@Controller
class CallManagement {

	private final IdeasCalls calls;
	private final People people;

	CallManagement(IdeasCalls calls, People people) {
		this.calls = calls;
		this.people = people;
	}

	/** A new call as typed; dates as day, month and year; up to {@value IdeasCalls#MAX_CRITERIA} criteria. */
	record CallForm(String areaCode, String title, String challenge, String closesDay, String closesMonth,
			String closesYear, String weekendDay, String weekendMonth, String weekendYear, String weekendPlace,
			String weekendCapacity, List<String> criterionName, List<String> criterionDescription,
			List<String> criterionWeight) {

		public String name(int i) {
			return at(criterionName, i);
		}

		public String description(int i) {
			return at(criterionDescription, i);
		}

		public String weight(int i) {
			return at(criterionWeight, i);
		}

		private static String at(List<String> list, int i) {
			return list == null || i >= list.size() || list.get(i) == null ? "" : list.get(i);
		}
	}

	@GetMapping("/ideas/new")
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMINISTRATOR')")
	String newCall(Model model) {
		return newCallPage(model, new CallForm("E09000012", "", "", "", "", "", "", "", "", "", "30",
				List.of("Impact", "Can be done", "Community"), List.of("", "", ""), List.of("3", "2", "2")), Map.of());
	}

	@PostMapping("/ideas/new")
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMINISTRATOR')")
	String create(CallForm form, Model model) {
		PersonId me = people.currentPerson().orElseThrow();
		List<IdeasCalls.CriterionDetails> criteria = new ArrayList<>();
		for (int i = 0; i < IdeasCalls.MAX_CRITERIA; i++) {
			String weight = form.weight(i);
			Integer parsed = IdeasViews.number(weight);
			// A weight typed but not a number must not read as blank, so it is reported.
			criteria.add(new IdeasCalls.CriterionDetails(form.name(i), form.description(i),
					parsed == null && !weight.isBlank() ? Integer.valueOf(-1) : parsed));
		}
		IdeasCalls.Created created = calls.create(me, new IdeasCalls.CallDetails(form.areaCode(), form.title(),
				form.challenge(), IdeasViews.date(form.closesDay(), form.closesMonth(), form.closesYear()),
				IdeasViews.date(form.weekendDay(), form.weekendMonth(), form.weekendYear()), form.weekendPlace(),
				IdeasViews.number(form.weekendCapacity()), criteria));
		if (created.id() == null) {
			Map<String, String> errors = new LinkedHashMap<>();
			created.errors().forEach((field, key) -> errors.put(switch (field) {
				case "ideasClose" -> "closesDay";
				case "weekendDate" -> "weekendDay";
				default -> field;
			}, key));
			return newCallPage(model, form, errors);
		}
		return "redirect:/ideas/" + created.id() + "/manage";
	}

	private String newCallPage(Model model, CallForm form, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("rows", java.util.stream.IntStream.range(0, IdeasCalls.MAX_CRITERIA).boxed().toList());
		model.addAttribute("errors", errors);
		return "participation/ideas/new-call";
	}

	@GetMapping("/ideas/{callId}/manage")
	String manage(@PathVariable long callId, Model model) {
		return managePage(model, managed(callId), Map.of());
	}

	private String managePage(Model model, Call call, Map<String, String> errors) {
		PersonId me = people.currentPerson().orElseThrow();
		List<Idea> ideas = calls.ideas(call.id());
		model.addAttribute("call", IdeasViews.call(call, calls));
		model.addAttribute("ideas", IdeasViews.ideas(ideas, calls, java.util.Set.of()));
		model.addAttribute("ranking", calls.ranking(me, call).map(r -> IdeasViews.ranking(r, ideas)).orElse(List.of()));
		model.addAttribute("panel", calls.panel(call.id()));
		model.addAttribute("panelLink", ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/ideas/{call}/panel").queryParam("code", call.panelCode()).buildAndExpand(call.id()).toUriString());
		IdeasCalls.Weekend weekend = calls.weekend(call);
		model.addAttribute("places", weekend.places().stream().map(calls::name).toList());
		model.addAttribute("waiting", weekend.waiting().stream().map(calls::name).toList());
		model.addAttribute("errors", errors);
		return "participation/ideas/manage";
	}

	@PostMapping("/ideas/{callId}/manage/phase")
	String advance(@PathVariable long callId, @RequestParam(name = "from", required = false) String from, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = calls.advance(people.currentPerson().orElseThrow(), callId, from);
		return after(model, callId, errors, redirect, "ideas.done.phase");
	}

	@PostMapping("/ideas/{callId}/manage/panel/remove")
	String removeJudge(@PathVariable long callId, @RequestParam(name = "seat", required = false) String seat,
			Model model, RedirectAttributes redirect) {
		managed(callId);
		Integer parsed = IdeasViews.number(seat);
		Map<String, String> errors = parsed == null ? Map.of("panel", "ideas.error.noSuchJudge")
				: calls.removeJudge(people.currentPerson().orElseThrow(), callId, parsed);
		return after(model, callId, errors, redirect, "ideas.done.judgeRemoved");
	}

	@PostMapping("/ideas/{callId}/manage/ideas/{ideaId}/shortlist")
	String shortlist(@PathVariable long callId, @PathVariable long ideaId,
			@RequestParam(name = "shortlisted", required = false) String shortlisted,
			@RequestParam(name = "note", required = false) String note, Model model, RedirectAttributes redirect) {
		managed(callId);
		Map<String, String> errors = new LinkedHashMap<>();
		if (!"true".equals(shortlisted) && !"false".equals(shortlisted)) {
			calls.idea(callId, ideaId);
			errors.put("shortlisted-" + ideaId, "ideas.error.shortlistChoice");
		}
		else {
			calls.shortlist(people.currentPerson().orElseThrow(), callId, ideaId, "true".equals(shortlisted), note)
				.forEach((field, key) -> errors.put(field + "-" + ideaId, key));
		}
		return after(model, callId, errors, redirect, "ideas.done.shortlist");
	}

	/** An idea's outcome as typed: the amount in pounds. */
	record OutcomeForm(String outcome, String amount, String groupName, String groupPurpose, String note) {
	}

	@GetMapping("/ideas/{callId}/manage/ideas/{ideaId}/outcome")
	String outcomeForm(@PathVariable long callId, @PathVariable long ideaId, Model model) {
		return outcomePage(model, managed(callId), ideaId, new OutcomeForm("", "", "", "", ""), Map.of());
	}

	@PostMapping("/ideas/{callId}/manage/ideas/{ideaId}/outcome")
	String recordOutcome(@PathVariable long callId, @PathVariable long ideaId, OutcomeForm form, Model model,
			RedirectAttributes redirect) {
		Call call = managed(callId);
		Long pence = IdeasViews.pence(form.amount());
		Map<String, String> errors = new LinkedHashMap<>(calls.recordOutcome(people.currentPerson().orElseThrow(),
				callId, ideaId, form.outcome(), pence, form.groupName(), form.groupPurpose(), form.note()));
		if (!errors.isEmpty()) {
			return outcomePage(model, call, ideaId, form, errors);
		}
		redirect.addFlashAttribute("done", "ideas.done.outcome");
		return "redirect:/ideas/" + callId + "/manage";
	}

	private String outcomePage(Model model, Call call, long ideaId, OutcomeForm form, Map<String, String> errors) {
		model.addAttribute("call", IdeasViews.call(call, calls));
		model.addAttribute("idea", IdeasViews.idea(calls.idea(call.id(), ideaId), calls, java.util.Set.of()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "participation/ideas/outcome";
	}

	private String after(Model model, long callId, Map<String, String> errors, RedirectAttributes redirect,
			String done) {
		if (!errors.isEmpty()) {
			return managePage(model, managed(callId), errors);
		}
		redirect.addFlashAttribute("done", done);
		return "redirect:/ideas/" + callId + "/manage";
	}

	private Call managed(long callId) {
		Call call = calls.call(callId);
		if (!calls.manages(people.currentPerson().orElseThrow(), call)) {
			throw new AccessDeniedException("Only an officer for the call's area can manage it");
		}
		return call;
	}
}
