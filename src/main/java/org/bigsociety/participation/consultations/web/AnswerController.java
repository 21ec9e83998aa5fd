package org.bigsociety.participation.consultations.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bigsociety.participation.consultations.Consultation;
import org.bigsociety.participation.consultations.Consultations;
import org.bigsociety.participation.consultations.Contribution;
import org.bigsociety.participation.consultations.Draft;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "You said, we did": an officer's queue of unanswered points, the answer form, and recording the outcome. */
@Controller
class AnswerController {

	private final Consultations consultations;
	private final People people;

	AnswerController(Consultations consultations, People people) {
		this.consultations = consultations;
		this.people = people;
	}

	record AnswerForm(String answer, String reason) {
	}

	/** One unanswered point in the queue. */
	record QueueItem(long consultationId, String consultation, int paragraph, long id, boolean proposal,
			String postedOn, String text) {
	}

	@GetMapping("/consultations/answers")
	String queue(Model model) {
		PersonId me = people.currentPerson().orElseThrow();
		List<Contribution> unanswered = consultations.queue(me);
		Map<Long, String> titles = new HashMap<>();
		consultations.published().forEach(c -> titles.put(c.id(), c.title()));
		model.addAttribute("items", unanswered.stream()
			.map(c -> new QueueItem(c.consultationId(), titles.getOrDefault(c.consultationId(), ""), c.paragraph(),
					c.id(), c.kind() == org.bigsociety.participation.consultations.ContributionKind.PROPOSAL,
					ConsultationViews.day(c.postedAt()), c.text()))
			.toList());
		return "participation/consultations/queue";
	}

	@GetMapping("/consultations/{id}/contributions/{contributionId}/answer")
	String answerForm(@PathVariable long id, @PathVariable long contributionId, Model model) {
		return page(model, id, contributionId, null, Map.of());
	}

	@PostMapping("/consultations/{id}/contributions/{contributionId}/answer")
	String answer(@PathVariable long id, @PathVariable long contributionId, AnswerForm form, Model model,
			RedirectAttributes redirect) {
		PersonId me = people.currentPerson().orElseThrow();
		Map<String, String> errors = consultations.answer(me, id, contributionId, form.answer(), form.reason());
		if (!errors.isEmpty()) {
			return page(model, id, contributionId, form, errors);
		}
		redirect.addFlashAttribute("done", "consultations.done.answered");
		return "redirect:/consultations/answers";
	}

	@PostMapping("/consultations/{id}/outcome")
	String outcome(@PathVariable long id, RedirectAttributes redirect) {
		PersonId me = people.currentPerson().orElseThrow();
		consultations.visible(id, me);
		Map<String, String> errors = consultations.recordOutcome(me, id);
		redirect.addFlashAttribute("done", errors.isEmpty() ? "consultations.done.outcome" : errors.get("outcome"));
		redirect.addFlashAttribute("doneIsError", !errors.isEmpty());
		return "redirect:/consultations/" + id + "/results";
	}

	private String page(Model model, long id, long contributionId, AnswerForm form, Map<String, String> errors) {
		PersonId me = people.currentPerson().orElseThrow();
		Consultation consultation = consultations.visible(id, me);
		if (!consultations.manages(me, consultation)) {
			throw new AccessDeniedException("Only an officer for the consultation's area can answer");
		}
		Contribution contribution = consultations.contribution(id, contributionId)
			.orElseThrow(Consultations.NoSuchConsultation::new);
		Draft.Paragraph paragraph = consultations.document(consultation).paragraphs().stream()
			.filter(p -> p.number() == contribution.paragraph())
			.findFirst()
			.orElseThrow(Consultations.NoSuchConsultation::new);
		model.addAttribute("consultation", ConsultationViews.consultation(consultation, consultations));
		model.addAttribute("paragraph", paragraph);
		model.addAttribute("item",
				ConsultationViews.contribution(contribution, paragraph.text(), null, Set.of(), consultations));
		model.addAttribute("form", form != null ? form
				: new AnswerForm(contribution.answer() == null ? "" : contribution.answer().name(),
						contribution.answerReason() == null ? "" : contribution.answerReason()));
		model.addAttribute("errors", errors);
		return "participation/consultations/answer";
	}
}
