package org.bigsociety.participation.ideas.web;

import java.util.Map;

import org.bigsociety.participation.ideas.IdeasCalls;
import org.bigsociety.people.People;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Signing up for a call's build weekend, and giving the place up; the call's page shows where one stands. */
@Controller
class WeekendController {

	private final IdeasCalls calls;
	private final People people;

	WeekendController(IdeasCalls calls, People people) {
		this.calls = calls;
		this.people = people;
	}

	@PostMapping("/ideas/{callId}/weekend")
	String signUp(@PathVariable long callId, RedirectAttributes redirect) {
		return after(callId, calls.signUp(people.currentPerson().orElseThrow(), callId), redirect,
				"ideas.done.signedUp");
	}

	@PostMapping("/ideas/{callId}/weekend/withdraw")
	String withdraw(@PathVariable long callId, RedirectAttributes redirect) {
		return after(callId, calls.withdraw(people.currentPerson().orElseThrow(), callId), redirect,
				"ideas.done.withdrewWeekend");
	}

	/** The form is one button, so a refusal is shown on the call's page after the redirect. */
	private String after(long callId, Map<String, String> errors, RedirectAttributes redirect, String done) {
		if (errors.isEmpty()) {
			redirect.addFlashAttribute("done", done);
		}
		else {
			redirect.addFlashAttribute("errors", errors);
		}
		return "redirect:/ideas/" + callId + "#weekend";
	}
}
