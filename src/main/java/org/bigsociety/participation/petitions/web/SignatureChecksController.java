package org.bigsociety.participation.petitions.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bigsociety.participation.PetitionId;
import org.bigsociety.participation.petitions.Invalidations;
import org.bigsociety.participation.petitions.Moderation;
import org.bigsociety.participation.petitions.Petition;
import org.bigsociety.participation.petitions.PetitionDates;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /petitions/moderation/{id}/signatures}: where a petition's signatures come from, and striking out a flood
 * in bulk. Choosing what to strike out is a GET (the preview changes nothing, and shows the recount); doing it is a
 * POST, after which the page shows the count before and after.
 */
@Controller
class SignatureChecksController {

	record SelectionForm(String criterion, String value, String from, String to, String reason) {

		Invalidations.Selection selection() {
			Invalidations.Criterion chosen = null;
			if (criterion != null && !criterion.isBlank()) {
				try {
					chosen = Invalidations.Criterion.valueOf(criterion);
				}
				catch (IllegalArgumentException ex) {
					chosen = null;
				}
			}
			return new Invalidations.Selection(chosen, value, from, to);
		}

		boolean empty() {
			return (criterion == null || criterion.isBlank()) && (value == null || value.isBlank())
					&& (from == null || from.isBlank()) && (to == null || to.isBlank());
		}
	}

	record DoneRow(long id, String criterion, String value, String reason, int invalidated, int invalidatedCounted,
			int countBefore, int countAfter, String at) {
	}

	private final Invalidations invalidations;
	private final Moderation moderation;
	private final People people;

	SignatureChecksController(Invalidations invalidations, Moderation moderation, People people) {
		this.invalidations = invalidations;
		this.moderation = moderation;
		this.people = people;
	}

	private PersonId person() {
		return people.currentPerson().orElseThrow(() -> new AccessDeniedException("Sign in to moderate"));
	}

	@GetMapping("/petitions/moderation/{id}/signatures")
	String page(@PathVariable long id, @RequestParam(name = "criterion", required = false) String criterion,
			@RequestParam(name = "value", required = false) String value,
			@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to,
			@RequestParam(name = "done", required = false) Long done, Model model) {
		Petition petition = moderation.forModerator(person(), PetitionPages.id(id));
		SelectionForm form = new SelectionForm(criterion, value, from, to, "");
		Map<String, String> problems = form.empty() ? Map.of() : Invalidations.problemsWith(form.selection());
		Invalidations.Preview preview = form.empty() || !problems.isEmpty() ? null
				: invalidations.preview(petition.id(), form.selection());
		return render(petition, form, problems, preview, done, model);
	}

	@PostMapping("/petitions/moderation/{id}/signatures")
	String invalidate(@PathVariable long id, SelectionForm form, Model model) {
		PersonId moderator = person();
		Petition petition = moderation.forModerator(moderator, PetitionPages.id(id));
		Map<String, String> problems = new LinkedHashMap<>(Invalidations.problemsWith(form.selection()));
		String reason = form.reason() == null ? "" : form.reason().strip();
		if (reason.isEmpty()) {
			problems.put("reason", "petitions.invalidate.reason.missing");
		}
		else if (reason.length() > Invalidations.MAX_REASON) {
			problems.put("reason", "petitions.invalidate.reason.tooLong");
		}
		if (!problems.isEmpty()) {
			Invalidations.Preview preview = Invalidations.problemsWith(form.selection()).isEmpty()
					? invalidations.preview(petition.id(), form.selection()) : null;
			return render(petition, form, problems, preview, null, model);
		}
		Invalidations.Done done = invalidations.invalidate(moderator, petition.id(), form.selection(), reason);
		return "redirect:/petitions/moderation/" + id + "/signatures?done=" + done.id();
	}

	private String render(Petition petition, SelectionForm form, Map<String, String> problems,
			Invalidations.Preview preview, Long done, Model model) {
		PetitionId id = petition.id();
		List<DoneRow> history = invalidations.history(id).stream()
			.map(d -> new DoneRow(d.id(), d.criterion().name(), d.value(), d.reason(), d.invalidated(),
					d.invalidatedCounted(), d.countBefore(), d.countAfter(), PetitionDates.DAY_AND_TIME.format(d.at())))
			.toList();
		model.addAttribute("petition", Map.of("id", id.value(), "title", petition.title()));
		model.addAttribute("patterns", invalidations.patterns(id));
		model.addAttribute("form", form);
		model.addAttribute("errors", problems);
		model.addAttribute("preview", preview);
		model.addAttribute("history", history);
		model.addAttribute("done", done == null ? null
				: history.stream().filter(row -> row.id() == done).findFirst().orElse(null));
		model.addAttribute("criteria", Invalidations.Criterion.values());
		return "participation/petitions/moderation/signatures";
	}
}
