package org.bigsociety.participation.petitions.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.bigsociety.participation.petitions.Petition;
import org.bigsociety.participation.petitions.PetitionCreation;
import org.bigsociety.participation.petitions.PetitionState;
import org.bigsociety.participation.petitions.Petitions;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.Area;
import org.bigsociety.platform.RateLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Starting a petition, in steps that need no JavaScript: what you want the council to do; the petitions like it
 * (sign one of those instead?) with the rest of the form; then "your petitions", with the link for supporters.
 */
@Controller
class CreationController {

	static final RateLimits.Allowance CREATE_PER_PERSON = new RateLimits.Allowance("petition-create", 20,
			Duration.ofDays(1));

	record DraftForm(String title, String background, String details, Long area, String postcode) {

		static DraftForm titled(String title) {
			return new DraftForm(title == null ? "" : title.strip(), "", "", null, "");
		}

		PetitionCreation.Draft draft() {
			return new PetitionCreation.Draft(title, background, details, area);
		}
	}

	record Choice(long id, String name, String type) {
	}

	record SimilarRow(long id, String title, String area, long signatures) {
	}

	record Yours(long id, String title, String area, String state, String supportLink, long supporters, boolean published) {
	}

	private final PetitionCreation creation;
	private final Petitions petitions;
	private final People people;
	private final RateLimits limits;
	private final String baseUrl;

	CreationController(PetitionCreation creation, Petitions petitions, People people, RateLimits limits,
			@Value("${bigsociety.base-url}") String baseUrl) {
		this.creation = creation;
		this.petitions = petitions;
		this.people = people;
		this.limits = limits;
		this.baseUrl = baseUrl;
	}

	private PersonId person() {
		return people.currentPerson().orElseThrow(() -> new AccessDeniedException("Sign in to start a petition"));
	}

	@GetMapping("/petitions/new")
	String start(Model model) {
		model.addAttribute("typedTitle", "");
		model.addAttribute("errors", Map.of());
		model.addAttribute("maxTitle", Petition.MAX_TITLE);
		return "participation/petitions/new";
	}

	@GetMapping("/petitions/new/check")
	String check(@RequestParam(name = "title", required = false) String title, Model model) {
		String typed = title == null ? "" : title.strip();
		if (typed.isEmpty() || typed.length() > Petition.MAX_TITLE) {
			model.addAttribute("typedTitle", typed);
			model.addAttribute("errors", Map.of("title", typed.isEmpty() ? "petitions.new.title.missing"
					: "petitions.new.title.tooLong"));
			model.addAttribute("maxTitle", Petition.MAX_TITLE);
			return "participation/petitions/new";
		}
		return details(DraftForm.titled(typed), Map.of(), model);
	}

	@PostMapping("/petitions/new")
	String create(DraftForm form, Model model) {
		PersonId person = person();
		limits.consume(CREATE_PER_PERSON, person.toString());
		PetitionCreation.Created created = creation.create(person, form.draft(), form.postcode());
		if (!created.problems().isEmpty()) {
			return details(form, created.problems(), model);
		}
		return "redirect:/petitions/yours?created=" + created.petition().value();
	}

	private String details(DraftForm form, Map<String, String> problems, Model model) {
		List<Area> areas = creation.areasFor(person(), form.postcode());
		List<SimilarRow> similar = petitions.similarTo(form.title(), 5).stream()
			.map(p -> new SimilarRow(p.id().value(), p.title(), petitions.areaName(p.area()),
					petitions.standing(p.id()).map(s -> s.signatures()).orElse(0L)))
			.toList();
		model.addAttribute("form", form);
		model.addAttribute("errors", problems);
		model.addAttribute("similar", similar);
		model.addAttribute("choices", areas.stream()
			.map(area -> new Choice(area.id().value(), area.name(), area.type().name()))
			.toList());
		model.addAttribute("maxTitle", Petition.MAX_TITLE);
		model.addAttribute("maxBackground", Petition.MAX_BACKGROUND);
		model.addAttribute("maxDetails", Petition.MAX_DETAILS);
		return "participation/petitions/details";
	}

	@GetMapping("/petitions/yours")
	String yours(@RequestParam(name = "created", required = false) Long created, Model model) {
		List<Yours> rows = petitions.createdBy(person()).stream()
			.map(c -> new Yours(c.petition().id().value(), c.petition().title(), c.areaName(),
					c.petition().state().name(),
					c.petition().state() == PetitionState.COLLECTING_SUPPORT
							? baseUrl + "/petitions/" + c.petition().id().value() + "/sign?support="
									+ c.petition().supportToken()
							: null,
					c.confirmedSupporters(), c.petition().published()))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("created", created != null && rows.stream().anyMatch(r -> r.id() == created));
		model.addAttribute("needed", Petition.SUPPORTERS_NEEDED);
		return "participation/petitions/yours";
	}
}
