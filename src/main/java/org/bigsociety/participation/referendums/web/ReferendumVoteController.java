package org.bigsociety.participation.referendums.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.bigsociety.participation.referendums.Referendum;
import org.bigsociety.participation.referendums.Referendums;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.platform.RateLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Voting: online with an account on the roll, or with a poll card's one-time code. */
@Controller
class ReferendumVoteController {

	private final Referendums referendums;
	private final People people;
	private final RateLimits limits;
	private final RateLimits.Allowance cardTries;

	ReferendumVoteController(Referendums referendums, People people, RateLimits limits,
			@Value("${bigsociety.referendums.card-tries.per-address:10}") int perAddress,
			@Value("${bigsociety.referendums.card-tries.period:10m}") Duration period) {
		this.referendums = referendums;
		this.people = people;
		this.limits = limits;
		this.cardTries = new RateLimits.Allowance("referendums.card", perAddress, period);
	}

	/** The choices ticked; text that is not a whole number is kept as null, which the service refuses. */
	record BallotForm(List<String> choice) {

		BallotForm {
			choice = choice == null ? List.of() : List.copyOf(choice);
		}

		List<Integer> positions() {
			return choice.stream().map(c -> c != null && c.matches("[0-9]{1,3}") ? Integer.valueOf(c) : -1).toList();
		}
	}

	record CardForm(String code, List<String> choice) {

		CardForm {
			choice = choice == null ? List.of() : List.copyOf(choice);
		}
	}

	@GetMapping("/referendums/{id}/vote")
	String ballot(@PathVariable long id, Model model) {
		Referendum referendum = referendums.find(id).orElseThrow(Referendums.NoSuchReferendum::new);
		return ballotPage(model, referendum, List.of(), Map.of());
	}

	@PostMapping("/referendums/{id}/vote")
	String vote(@PathVariable long id, BallotForm form, Model model, RedirectAttributes redirect) {
		Referendum referendum = referendums.find(id).orElseThrow(Referendums.NoSuchReferendum::new);
		PersonId me = people.currentPerson().orElseThrow();
		Map<String, String> errors = referendums.vote(me, id, form.positions());
		if (!errors.isEmpty()) {
			return ballotPage(model, referendum, form.choice(), errors);
		}
		redirect.addFlashAttribute("voted", true);
		return "redirect:/referendums/" + id;
	}

	private String ballotPage(Model model, Referendum referendum, List<String> chosen, Map<String, String> errors) {
		PersonId me = people.currentPerson().orElse(null);
		model.addAttribute("referendum", ReferendumView.of(referendum, referendums));
		model.addAttribute("standing", referendums.standing(me, referendum).name());
		model.addAttribute("chosen", chosen);
		model.addAttribute("errors", errors);
		return "participation/referendums/vote";
	}

	@GetMapping("/referendums/{id}/vote-with-card")
	String cardBallot(@PathVariable long id, Model model) {
		Referendum referendum = referendums.find(id).orElseThrow(Referendums.NoSuchReferendum::new);
		return cardPage(model, referendum, new CardForm("", List.of()), Map.of());
	}

	@PostMapping("/referendums/{id}/vote-with-card")
	String voteWithCard(@PathVariable long id, CardForm form, Model model, HttpServletRequest request,
			RedirectAttributes redirect) {
		Referendum referendum = referendums.find(id).orElseThrow(Referendums.NoSuchReferendum::new);
		limits.consume(cardTries, request.getRemoteAddr());
		Map<String, String> errors = referendums.voteWithCard(id, form.code(),
				new BallotForm(form.choice()).positions());
		if (!errors.isEmpty()) {
			return cardPage(model, referendum, form, errors);
		}
		redirect.addFlashAttribute("voted", true);
		return "redirect:/referendums/" + id;
	}

	private String cardPage(Model model, Referendum referendum, CardForm form, Map<String, String> errors) {
		model.addAttribute("referendum", ReferendumView.of(referendum, referendums));
		model.addAttribute("form", new CardForm(form.code() == null || form.code().length() > 40 ? "" : form.code(),
				form.choice()));
		model.addAttribute("errors", errors);
		return "participation/referendums/card-vote";
	}
}
