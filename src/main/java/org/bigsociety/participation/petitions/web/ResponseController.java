package org.bigsociety.participation.petitions.web;

import java.util.Map;

import org.bigsociety.participation.PetitionId;
import org.bigsociety.participation.petitions.Petition;
import org.bigsociety.participation.petitions.Petitions;
import org.bigsociety.participation.petitions.Responses;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /petitions/{id}/respond}: an officer for the petition's area writes the council's response. */
@Controller
class ResponseController {

	private final Responses responses;
	private final Petitions petitions;
	private final People people;

	ResponseController(Responses responses, Petitions petitions, People people) {
		this.responses = responses;
		this.petitions = petitions;
		this.people = people;
	}

	private PersonId person() {
		return people.currentPerson().orElseThrow(() -> new AccessDeniedException("Sign in to respond"));
	}

	@GetMapping("/petitions/{id}/respond")
	String form(@PathVariable long id, Model model) {
		Petition petition = responses.forOfficer(person(), PetitionPages.id(id));
		return page(petition, "", Map.of(), model);
	}

	@PostMapping("/petitions/{id}/respond")
	String respond(@PathVariable long id, @RequestParam(name = "response", required = false) String response,
			Model model) {
		PersonId officer = person();
		PetitionId petition = PetitionPages.id(id);
		Map<String, String> problems = responses.respond(officer, petition, response);
		if (!problems.isEmpty()) {
			return page(responses.forOfficer(officer, petition), response, problems, model);
		}
		return "redirect:/petitions/" + id + "?responded";
	}

	private String page(Petition petition, String response, Map<String, String> problems, Model model) {
		petitions.evict(petition.id());
		model.addAttribute("petition", petitions.standing(petition.id())
			.map(standing -> PetitionView.of(standing, petitions.responseWorkingDays()))
			.orElseThrow(PetitionsWeb.NoSuchPetition::new));
		model.addAttribute("response", response == null ? "" : response);
		model.addAttribute("errors", problems);
		model.addAttribute("responded", petition.response() != null);
		model.addAttribute("open", petition.published() && petition.moderation() != null
				&& petition.moderation().reason() == null);
		model.addAttribute("maxResponse", Petition.MAX_RESPONSE);
		return "participation/petitions/respond";
	}
}
