package org.bigsociety.participation.ideas.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bigsociety.participation.ideas.Call;
import org.bigsociety.participation.ideas.CallPhase;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public pages (every call, a call with its ideas, an idea with its team) and what residents do on them: submit
 * an idea, support one, ask to join a team or join with the author's link, and, for the author, decide who is on it.
 */
@Controller
class IdeasPages {

	private final IdeasCalls calls;
	private final People people;

	IdeasPages(IdeasCalls calls, People people) {
		this.calls = calls;
		this.people = people;
	}

	@GetMapping("/ideas")
	String list(Model model) {
		model.addAttribute("calls", calls.calls().stream().map(c -> IdeasViews.call(c, calls)).toList());
		return "participation/ideas/list";
	}

	@GetMapping("/ideas/{callId}")
	String call(@PathVariable long callId, Model model) {
		Call call = calls.call(callId);
		Optional<PersonId> me = people.currentPerson();
		List<Idea> ideas = calls.ideas(callId);
		Set<Long> supported = calls.supportedBy(me.orElse(null), callId);
		model.addAttribute("call", IdeasViews.call(call, calls));
		model.addAttribute("criteria", calls.criteria(callId));
		model.addAttribute("ideas", IdeasViews.ideas(ideas, calls, supported));
		model.addAttribute("ranking", call.phase().judged()
				? calls.ranking(me.orElse(null), call).map(r -> IdeasViews.ranking(r, ideas)).orElse(List.of())
				: List.of());
		model.addAttribute("manages", calls.manages(me.orElse(null), call));
		model.addAttribute("judge", calls.judges(me.orElse(null), callId));
		model.addAttribute("signedIn", me.isPresent());
		IdeasCalls.Weekend weekend = calls.weekend(call);
		model.addAttribute("weekendOpen", call.phase() == CallPhase.BUILD_WEEKEND);
		model.addAttribute("placesTaken", weekend.places().size());
		model.addAttribute("waiting", weekend.waiting().size());
		model.addAttribute("hasPlace", weekend.hasPlace(me.orElse(null)));
		model.addAttribute("isWaiting", weekend.isWaiting(me.orElse(null)));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "participation/ideas/call";
	}

	@GetMapping("/ideas/{callId}/ideas/{ideaId}")
	String idea(@PathVariable long callId, @PathVariable long ideaId,
			@RequestParam(name = "invite", required = false) String invite, Model model) {
		return ideaPage(model, callId, ideaId, invite, Map.of());
	}

	private String ideaPage(Model model, long callId, long ideaId, String invite, Map<String, String> errors) {
		Call call = calls.call(callId);
		Idea idea = calls.idea(callId, ideaId);
		Optional<PersonId> me = people.currentPerson();
		boolean author = me.isPresent() && idea.authoredBy(me.get().value());
		List<IdeasCalls.TeamMember> team = calls.team(ideaId);
		model.addAttribute("call", IdeasViews.call(call, calls));
		model.addAttribute("idea", IdeasViews.idea(idea, calls, calls.supportedBy(me.orElse(null), callId)));
		model.addAttribute("members", team.stream().filter(IdeasCalls.TeamMember::member).toList());
		model.addAttribute("requests", author ? team.stream().filter(m -> !m.member()).toList() : List.of());
		model.addAttribute("author", author);
		model.addAttribute("me", me.map(PersonId::value).orElse(null));
		model.addAttribute("onTeam", me.isPresent()
				&& team.stream().anyMatch(m -> m.member() && m.person() == me.get().value()));
		model.addAttribute("asked", me.isPresent()
				&& team.stream().anyMatch(m -> !m.member() && m.person() == me.get().value()));
		model.addAttribute("inviteLink", author ? ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/ideas/{call}/ideas/{idea}").queryParam("invite", idea.inviteCode()).buildAndExpand(callId, ideaId)
			.toUriString() : null);
		model.addAttribute("invite", invite == null || invite.length() > 100 ? "" : invite);
		model.addAttribute("signedIn", me.isPresent());
		model.addAttribute("comments", calls.comments(call, ideaId));
		model.addAttribute("errors", errors);
		return "participation/ideas/idea";
	}

	/** A submitted idea as typed. */
	record IdeaForm(String title, String problem, String proposal, String beneficiaries) {
	}

	@GetMapping("/ideas/{callId}/new")
	String newIdea(@PathVariable long callId, Model model) {
		return newIdeaPage(model, calls.call(callId), new IdeaForm("", "", "", ""), Map.of());
	}

	@PostMapping("/ideas/{callId}/new")
	String submit(@PathVariable long callId, IdeaForm form, Model model, RedirectAttributes redirect) {
		PersonId me = people.currentPerson().orElseThrow();
		Call call = calls.call(callId);
		IdeasCalls.Created created = calls.submit(me, callId, form.title(), form.problem(), form.proposal(),
				form.beneficiaries());
		if (created.id() == null) {
			return newIdeaPage(model, call, form, created.errors());
		}
		redirect.addFlashAttribute("done", "ideas.done.submitted");
		return "redirect:/ideas/" + callId + "/ideas/" + created.id();
	}

	private String newIdeaPage(Model model, Call call, IdeaForm form, Map<String, String> errors) {
		model.addAttribute("call", IdeasViews.call(call, calls));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "participation/ideas/new-idea";
	}

	@PostMapping("/ideas/{callId}/ideas/{ideaId}/support")
	String support(@PathVariable long callId, @PathVariable long ideaId, Model model, RedirectAttributes redirect) {
		Map<String, String> errors = calls.support(people.currentPerson().orElseThrow(), callId, ideaId);
		return after(model, callId, ideaId, errors, redirect, "ideas.done.supported");
	}

	@PostMapping("/ideas/{callId}/ideas/{ideaId}/withdraw-support")
	String withdrawSupport(@PathVariable long callId, @PathVariable long ideaId, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = calls.withdrawSupport(people.currentPerson().orElseThrow(), callId, ideaId);
		return after(model, callId, ideaId, errors, redirect, "ideas.done.withdrawn");
	}

	@PostMapping("/ideas/{callId}/ideas/{ideaId}/join")
	String join(@PathVariable long callId, @PathVariable long ideaId,
			@RequestParam(name = "invite", required = false) String invite, Model model, RedirectAttributes redirect) {
		Map<String, String> errors = calls.join(people.currentPerson().orElseThrow(), callId, ideaId, invite);
		return after(model, callId, ideaId, errors, redirect,
				invite == null || invite.isBlank() ? "ideas.done.asked" : "ideas.done.joined");
	}

	@PostMapping("/ideas/{callId}/ideas/{ideaId}/team")
	String team(@PathVariable long callId, @PathVariable long ideaId,
			@RequestParam(name = "person", required = false) String person,
			@RequestParam(name = "decision", required = false) String decision, Model model,
			RedirectAttributes redirect) {
		PersonId me = people.currentPerson().orElseThrow();
		long member;
		try {
			member = person == null ? -1 : Long.parseLong(person.strip());
		}
		catch (NumberFormatException e) {
			member = -1;
		}
		Map<String, String> errors = member <= 0 ? Map.of("team", "ideas.error.noSuchMember")
				: calls.decide(me, callId, ideaId, member, decision);
		return after(model, callId, ideaId, errors, redirect, "ideas.done.team");
	}

	private String after(Model model, long callId, long ideaId, Map<String, String> errors,
			RedirectAttributes redirect, String done) {
		if (!errors.isEmpty()) {
			return ideaPage(model, callId, ideaId, null, errors);
		}
		redirect.addFlashAttribute("done", done);
		return "redirect:/ideas/" + callId + "/ideas/" + ideaId;
	}
}
