package org.bigsociety.participation.consultations.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.bigsociety.participation.consultations.Consultation;
import org.bigsociety.participation.consultations.Consultations;
import org.bigsociety.participation.consultations.Draft;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public pages: every consultation, one draft to read, one paragraph to discuss, and the results. */
@Controller
class ConsultationPages {

	private final Consultations consultations;
	private final People people;
	private final MessageSource messages;

	ConsultationPages(Consultations consultations, People people, MessageSource messages) {
		this.consultations = consultations;
		this.people = people;
		this.messages = messages;
	}

	@GetMapping("/consultations")
	String list(Model model) {
		PersonId me = people.currentPerson().orElse(null);
		List<ConsultationViews.ConsultationView> all = consultations.published().stream()
			.map(c -> ConsultationViews.consultation(c, consultations))
			.toList();
		model.addAttribute("open", all.stream().filter(c -> c.open() || "upcoming".equals(c.status())).toList());
		model.addAttribute("closed", all.stream().filter(ConsultationViews.ConsultationView::closed).toList());
		model.addAttribute("drafts", consultations.draftsFor(me).stream()
			.map(c -> ConsultationViews.consultation(c, consultations))
			.toList());
		model.addAttribute("officer", me != null && isOfficer());
		return "participation/consultations/list";
	}

	private static boolean isOfficer() {
		var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getAuthorities().stream()
			.anyMatch(a -> "ROLE_OFFICER".equals(a.getAuthority()) || "ROLE_ADMINISTRATOR".equals(a.getAuthority()));
	}

	@GetMapping("/consultations/{id}")
	String consultation(@PathVariable long id, Model model) {
		PersonId me = people.currentPerson().orElse(null);
		Consultation consultation = consultations.visible(id, me);
		if (!consultation.published()) {
			return "redirect:/consultations/" + id + "/preview";
		}
		model.addAttribute("consultation", ConsultationViews.consultation(consultation, consultations));
		model.addAttribute("sections", ConsultationViews.sections(consultations.document(consultation),
				consultations.counts(id)));
		model.addAttribute("manages", consultations.manages(me, consultation));
		return "participation/consultations/consultation";
	}

	@GetMapping("/consultations/{id}/paragraphs/{number}")
	String paragraph(@PathVariable long id, @PathVariable int number, Model model) {
		ParagraphPage.show(model, consultations, people.currentPerson().orElse(null), id, number, null, null,
				Map.of());
		return ParagraphPage.VIEW;
	}

	@GetMapping("/consultations/{id}/results")
	String results(@PathVariable long id, Model model) {
		PersonId me = people.currentPerson().orElse(null);
		Consultation consultation = published(id, me);
		model.addAttribute("consultation", ConsultationViews.consultation(consultation, consultations));
		model.addAttribute("sections", ConsultationViews.results(consultations.document(consultation),
				consultations.contributions(id), consultations));
		model.addAttribute("outcome", consultations.outcome(consultation));
		model.addAttribute("manages", consultations.manages(me, consultation));
		return "participation/consultations/results";
	}

	/** Every comment and proposal, one row each; the columns are documented in docs/consultations.md. */
	@GetMapping("/consultations/{id}/results.csv")
	void csv(@PathVariable long id, HttpServletResponse response, Locale locale) throws IOException {
		Consultation consultation = published(id, people.currentPerson().orElse(null));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"consultation-" + id + "-results.csv\"");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		consultations.csv(consultation, messages.getMessage("consultations.formerResident", null, locale), out);
		out.flush();
	}

	private Consultation published(long id, PersonId me) {
		Consultation consultation = consultations.visible(id, me);
		if (!consultation.published()) {
			throw new Consultations.NoSuchConsultation();
		}
		return consultation;
	}

	/** The paragraph page, shared by the page itself and the forms that re-render it with their errors. */
	static final class ParagraphPage {

		static final String VIEW = "participation/consultations/paragraph";

		private ParagraphPage() {
		}

		static void show(Model model, Consultations consultations, PersonId me, long id, int number, String comment,
				String proposal, Map<String, String> errors) {
			Consultation consultation = consultations.visible(id, me);
			if (!consultation.published()) {
				throw new Consultations.NoSuchConsultation();
			}
			Draft document = consultations.document(consultation);
			List<Draft.Paragraph> paragraphs = document.paragraphs();
			Draft.Paragraph paragraph = paragraphs.stream()
				.filter(p -> p.number() == number)
				.findFirst()
				.orElseThrow(Consultations.NoSuchConsultation::new);
			Set<Long> supported = consultations.supportedBy(me, id);
			List<ConsultationViews.ContributionView> said = consultations.contributions(id, number).stream()
				.map(c -> ConsultationViews.contribution(c, paragraph.text(), me, supported, consultations))
				.toList();
			Draft.Section section = document.sectionOf(number);
			Optional<String> whyNot = consultations.whyNot(me, consultation);
			ConsultationViews.ConsultationView view = ConsultationViews.consultation(consultation, consultations);
			model.addAttribute("consultation", view);
			model.addAttribute("section", section);
			model.addAttribute("paragraph", paragraph);
			model.addAttribute("proposals", said.stream().filter(ConsultationViews.ContributionView::proposal).toList());
			model.addAttribute("comments", said.stream().filter(c -> !c.proposal()).toList());
			model.addAttribute("previous", number > 1 ? number - 1 : null);
			model.addAttribute("next", number < paragraphs.size() ? number + 1 : null);
			model.addAttribute("whyNot", whyNot.orElse(null));
			model.addAttribute("comment", comment == null ? "" : comment);
			model.addAttribute("proposal", proposal == null ? paragraph.text() : proposal);
			model.addAttribute("errors", errors);
		}
	}
}
