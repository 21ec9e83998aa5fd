package org.bigsociety.participation.consultations.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;

import org.bigsociety.participation.consultations.Consultation;
import org.bigsociety.participation.consultations.Consultations;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An officer drafts a consultation, previews it as residents will read it, edits it and publishes it. */
@Controller
class DraftingController {

	private final Consultations consultations;
	private final People people;

	DraftingController(Consultations consultations, People people) {
		this.consultations = consultations;
		this.people = people;
	}

	/** The draft as typed; dates as three boxes each. */
	record DraftForm(String areaCode, String title, String summary, String opensDay, String opensMonth,
			String opensYear, String closesDay, String closesMonth, String closesYear, String draft) {

		static DraftForm of(Consultation c, String areaCode) {
			return new DraftForm(areaCode, c.title(), c.summary(), Integer.toString(c.opensOn().getDayOfMonth()),
					Integer.toString(c.opensOn().getMonthValue()), Integer.toString(c.opensOn().getYear()),
					Integer.toString(c.closesOn().getDayOfMonth()), Integer.toString(c.closesOn().getMonthValue()),
					Integer.toString(c.closesOn().getYear()), c.draftText());
		}

		Consultations.Details details() {
			return new Consultations.Details(areaCode, title, summary, draft, date(opensDay, opensMonth, opensYear),
					date(closesDay, closesMonth, closesYear));
		}

		private static LocalDate date(String day, String month, String year) {
			try {
				return LocalDate.of(number(year, 4), number(month, 2), number(day, 2));
			}
			catch (DateTimeException | NumberFormatException e) {
				return null;
			}
		}

		private static int number(String typed, int digits) {
			if (typed == null || !typed.strip().matches("[0-9]{1," + digits + "}")) {
				throw new NumberFormatException();
			}
			return Integer.parseInt(typed.strip());
		}
	}

	@GetMapping("/consultations/new")
	String newForm(Model model) {
		return form(model, null, new DraftForm("E09000012", "", "", "", "", "", "", "", "", ""), Map.of());
	}

	@PostMapping("/consultations/new")
	String create(DraftForm form, Model model) {
		PersonId me = people.currentPerson().orElseThrow();
		Consultations.Saved saved = consultations.draft(me, form.details());
		if (!saved.errors().isEmpty()) {
			return form(model, null, form, saved.errors());
		}
		return "redirect:/consultations/" + saved.id() + "/preview";
	}

	@GetMapping("/consultations/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		Consultation consultation = managed(id);
		if (consultation.published()) {
			return "redirect:/consultations/" + id;
		}
		String code = consultations.area(consultation.area())
			.flatMap(a -> a.gssCode())
			.map(Object::toString)
			.orElse("");
		return form(model, id, DraftForm.of(consultation, code), Map.of());
	}

	@PostMapping("/consultations/{id}/edit")
	String edit(@PathVariable long id, DraftForm form, Model model) {
		managed(id);
		Map<String, String> errors = consultations.edit(people.currentPerson().orElseThrow(), id, form.details());
		if (!errors.isEmpty()) {
			return form(model, id, form, errors);
		}
		return "redirect:/consultations/" + id + "/preview";
	}

	@GetMapping("/consultations/{id}/preview")
	String preview(@PathVariable long id, Model model) {
		Consultation consultation = managed(id);
		if (consultation.published()) {
			return "redirect:/consultations/" + id;
		}
		return preview(model, consultation, Map.of());
	}

	@PostMapping("/consultations/{id}/publish")
	String publish(@PathVariable long id, Model model, RedirectAttributes redirect) {
		Consultation consultation = managed(id);
		Map<String, String> errors = consultations.publish(people.currentPerson().orElseThrow(), id);
		if (!errors.isEmpty()) {
			if (consultation.published()) {
				redirect.addFlashAttribute("done", "consultations.error.published");
				return "redirect:/consultations/" + id;
			}
			return preview(model, consultation, errors);
		}
		redirect.addFlashAttribute("done", "consultations.done.published");
		return "redirect:/consultations/" + id;
	}

	private String preview(Model model, Consultation consultation, Map<String, String> errors) {
		model.addAttribute("consultation", ConsultationViews.consultation(consultation, consultations));
		model.addAttribute("sections",
				ConsultationViews.sections(consultations.document(consultation), Map.of()));
		model.addAttribute("errors", errors);
		return "participation/consultations/preview";
	}

	private Consultation managed(long id) {
		PersonId me = people.currentPerson().orElseThrow();
		Consultation consultation = consultations.visible(id, me);
		if (!consultations.manages(me, consultation)) {
			throw new AccessDeniedException("Only an officer for the consultation's area can change it");
		}
		return consultation;
	}

	private String form(Model model, Long id, DraftForm form, Map<String, String> errors) {
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "participation/consultations/draft";
	}
}
