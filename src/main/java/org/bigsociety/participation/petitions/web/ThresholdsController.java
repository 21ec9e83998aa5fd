package org.bigsociety.participation.petitions.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.bigsociety.participation.petitions.AreaThresholds;
import org.bigsociety.participation.petitions.Thresholds;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.Role;
import org.bigsociety.people.RoleScope;
import org.bigsociety.place.Area;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /petitions/thresholds/{gss}}: an officer sets how many signatures an area's petitions need. */
@Controller
class ThresholdsController {

	record ThresholdsForm(String response, String debate) {
	}

	private final AreaThresholds thresholds;
	private final Places places;
	private final People people;

	ThresholdsController(AreaThresholds thresholds, Places places, People people) {
		this.thresholds = thresholds;
		this.places = places;
		this.people = people;
	}

	private Area officersArea(String gss) {
		PersonId officer = people.currentPerson().orElseThrow(() -> new AccessDeniedException("Sign in"));
		Area area;
		try {
			area = places.byGssCode(new GssCode(gss)).orElseThrow(PetitionsWeb.NoSuchPetition::new);
		}
		catch (IllegalArgumentException ex) {
			throw new PetitionsWeb.NoSuchPetition();
		}
		if (!people.holds(officer, Role.OFFICER, RoleScope.area(area.id()))) {
			throw new AccessDeniedException("Only an officer for this area sets its petition thresholds");
		}
		return area;
	}

	@GetMapping("/petitions/thresholds/{gss}")
	String form(@PathVariable String gss, @RequestParam(name = "saved", required = false) String saved, Model model) {
		Area area = officersArea(gss);
		Thresholds now = thresholds.of(area.id());
		return page(area, new ThresholdsForm(Integer.toString(now.response()), Integer.toString(now.debate())),
				Map.of(), saved != null, model);
	}

	@PostMapping("/petitions/thresholds/{gss}")
	String save(@PathVariable String gss, ThresholdsForm form, Model model) {
		Area area = officersArea(gss);
		Map<String, String> problems = new LinkedHashMap<>();
		Integer response = number(form.response());
		Integer debate = number(form.debate());
		if (response == null || response < 1) {
			problems.put("response", "petitions.thresholds.response.invalid");
		}
		if (debate == null || debate < 1) {
			problems.put("debate", "petitions.thresholds.debate.invalid");
		}
		else if (response != null && debate < response) {
			problems.put("debate", "petitions.thresholds.debate.belowResponse");
		}
		if (problems.isEmpty()) {
			try {
				thresholds.set(people.currentPerson().orElseThrow(), area.id(), new Thresholds(response, debate));
				return "redirect:/petitions/thresholds/" + gss + "?saved";
			}
			catch (IllegalArgumentException ex) {
				problems.put(ex.getMessage().contains("debate") ? "debate" : "response", ex.getMessage());
			}
		}
		return page(area, form, problems, false, model);
	}

	private static Integer number(String typed) {
		try {
			return typed == null ? null : Integer.valueOf(typed.strip().replace(",", ""));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private String page(Area area, ThresholdsForm form, Map<String, String> problems, boolean saved, Model model) {
		model.addAttribute("area", area.name());
		model.addAttribute("gss", area.gssCode().map(Object::toString).orElse(""));
		model.addAttribute("own", thresholds.own(area.id()).isPresent());
		model.addAttribute("defaults", thresholds.defaults());
		model.addAttribute("form", form);
		model.addAttribute("errors", problems);
		model.addAttribute("saved", saved);
		return "participation/petitions/thresholds";
	}
}
