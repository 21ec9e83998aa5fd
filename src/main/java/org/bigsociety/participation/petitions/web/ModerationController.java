package org.bigsociety.participation.petitions.web;

import java.util.List;
import java.util.Map;

import org.bigsociety.participation.PetitionId;
import org.bigsociety.participation.petitions.Moderation;
import org.bigsociety.participation.petitions.Petition;
import org.bigsociety.participation.petitions.PetitionDates;
import org.bigsociety.participation.petitions.PetitionState;
import org.bigsociety.participation.petitions.Petitions;
import org.bigsociety.participation.petitions.RejectionReason;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.PersonSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /petitions/moderation}: the queue of petitions to check, and the decision on each. */
@Controller
class ModerationController {

	record DecisionForm(String decision, String reason, String note) {

		static DecisionForm empty() {
			return new DecisionForm("", "", "");
		}

		Moderation.Decision toDecision() {
			Boolean accept = "accept".equals(decision) ? Boolean.TRUE : "reject".equals(decision) ? Boolean.FALSE : null;
			RejectionReason why = null;
			if (reason != null && !reason.isBlank()) {
				try {
					why = RejectionReason.valueOf(reason);
				}
				catch (IllegalArgumentException ex) {
					why = null;
				}
			}
			return new Moderation.Decision(accept, why, note);
		}
	}

	record QueueRow(long id, String title, String area, String submitted) {
	}

	record Reviewed(long id, String title, List<String> background, List<String> details, String area, String creator,
			String state, String submitted, long supporters) {
	}

	private final Moderation moderation;
	private final Petitions petitions;
	private final People people;

	ModerationController(Moderation moderation, Petitions petitions, People people) {
		this.moderation = moderation;
		this.petitions = petitions;
		this.people = people;
	}

	private PersonId person() {
		return people.currentPerson().orElseThrow(() -> new AccessDeniedException("Sign in to moderate"));
	}

	@GetMapping("/petitions/moderation")
	String queue(@RequestParam(name = "decided", required = false) Long decided, Model model) {
		List<QueueRow> rows = moderation.queue(person()).stream()
			.map(p -> new QueueRow(p.id().value(), p.title(), petitions.areaName(p.area()),
					p.submittedAt() == null ? "" : PetitionDates.DAY_AND_TIME.format(p.submittedAt())))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("decided", decided);
		return "participation/petitions/moderation/queue";
	}

	@GetMapping("/petitions/moderation/{id}")
	String review(@PathVariable long id, Model model) {
		Petition petition = moderation.forModerator(person(), PetitionPages.id(id));
		return page(petition, DecisionForm.empty(), Map.of(), model);
	}

	@PostMapping("/petitions/moderation/{id}")
	String decide(@PathVariable long id, DecisionForm form, Model model) {
		PersonId moderator = person();
		PetitionId petition = PetitionPages.id(id);
		Map<String, String> problems = moderation.decide(moderator, petition, form.toDecision());
		if (!problems.isEmpty()) {
			return page(moderation.forModerator(moderator, petition), form, problems, model);
		}
		return "redirect:/petitions/moderation?decided=" + id;
	}

	private String page(Petition petition, DecisionForm form, Map<String, String> problems, Model model) {
		String creator = petition.creator() == null ? null
				: people.find(petition.creator()).map(PersonSummary::displayName).orElse(null);
		long supporters = petitions.standing(petition.id()).map(s -> s.signatures()).orElse(0L);
		model.addAttribute("petition", new Reviewed(petition.id().value(), petition.title(),
				PetitionView.paragraphs(petition.background()), PetitionView.paragraphs(petition.details()),
				petitions.areaName(petition.area()), creator, petition.state().name(),
				petition.submittedAt() == null ? "" : PetitionDates.DAY_AND_TIME.format(petition.submittedAt()),
				supporters));
		model.addAttribute("awaiting", petition.state() == PetitionState.AWAITING_MODERATION);
		model.addAttribute("reasons", RejectionReason.values());
		model.addAttribute("form", form);
		model.addAttribute("errors", problems);
		return "participation/petitions/moderation/petition";
	}
}
