package org.bigsociety.participation.consultations.web;

import java.util.Map;

import org.bigsociety.participation.consultations.ContributionKind;
import org.bigsociety.participation.consultations.Consultations;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A resident comments on a paragraph, proposes new text for it, or supports someone else's proposal. */
@Controller
class ContributionController {

	private final Consultations consultations;
	private final People people;

	ContributionController(Consultations consultations, People people) {
		this.consultations = consultations;
		this.people = people;
	}

	/** What a resident typed: a comment, or the whole paragraph as they would write it. */
	record TextForm(String text) {
	}

	/** {@code support} or {@code withdraw}. */
	record SupportForm(String action) {
	}

	@PostMapping("/consultations/{id}/paragraphs/{number}/comments")
	String comment(@PathVariable long id, @PathVariable int number, TextForm form, Model model,
			RedirectAttributes redirect) {
		PersonId me = people.currentPerson().orElseThrow();
		Map<String, String> errors = consultations.contribute(me, id, number, ContributionKind.COMMENT, form.text());
		if (!errors.isEmpty()) {
			ConsultationPages.ParagraphPage.show(model, consultations, me, id, number, form.text(), null,
					Map.of("comment", errors.get("text")));
			return ConsultationPages.ParagraphPage.VIEW;
		}
		redirect.addFlashAttribute("done", "consultations.done.comment");
		return "redirect:/consultations/" + id + "/paragraphs/" + number + "#comments";
	}

	@PostMapping("/consultations/{id}/paragraphs/{number}/proposals")
	String propose(@PathVariable long id, @PathVariable int number, TextForm form, Model model,
			RedirectAttributes redirect) {
		PersonId me = people.currentPerson().orElseThrow();
		Map<String, String> errors = consultations.contribute(me, id, number, ContributionKind.PROPOSAL, form.text());
		if (!errors.isEmpty()) {
			ConsultationPages.ParagraphPage.show(model, consultations, me, id, number, null,
					form.text() == null ? "" : form.text(), Map.of("proposal", errors.get("text")));
			return ConsultationPages.ParagraphPage.VIEW;
		}
		redirect.addFlashAttribute("done", "consultations.done.proposal");
		return "redirect:/consultations/" + id + "/paragraphs/" + number + "#proposals";
	}

	@PostMapping("/consultations/{id}/contributions/{contributionId}/support")
	String support(@PathVariable long id, @PathVariable long contributionId, SupportForm form, Model model,
			RedirectAttributes redirect) {
		PersonId me = people.currentPerson().orElseThrow();
		int paragraph = consultations.contribution(id, contributionId)
			.orElseThrow(Consultations.NoSuchConsultation::new)
			.paragraph();
		String anchor = "contribution-" + contributionId;
		Map<String, String> errors;
		if ("support".equals(form.action()) || "withdraw".equals(form.action())) {
			errors = consultations.support(me, id, contributionId, "support".equals(form.action()));
		}
		else {
			errors = Map.of("support", "consultations.error.support.action");
		}
		if (!errors.isEmpty()) {
			ConsultationPages.ParagraphPage.show(model, consultations, me, id, paragraph, null, null,
					Map.of(anchor, errors.get("support")));
			return ConsultationPages.ParagraphPage.VIEW;
		}
		redirect.addFlashAttribute("done",
				"support".equals(form.action()) ? "consultations.done.supported" : "consultations.done.withdrawn");
		return "redirect:/consultations/" + id + "/paragraphs/" + paragraph + "#" + anchor;
	}
}
