package org.bigsociety.participation.petitions.web;

import java.util.List;
import java.util.Map;

import org.bigsociety.participation.PetitionId;
import org.bigsociety.participation.petitions.Moderation;
import org.bigsociety.participation.petitions.Petitions;
import org.bigsociety.participation.petitions.Standing;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** What the petition pages share: finding a public petition, the simple message page, and "no such petition". */
@ControllerAdvice(basePackageClasses = PetitionsWeb.class)
class PetitionsWeb {

	/** No petition at this address that this visitor may see. */
	static class NoSuchPetition extends RuntimeException {
	}

	@ExceptionHandler({ NoSuchPetition.class, Moderation.NotFound.class })
	ModelAndView notFound() {
		ModelAndView page = new ModelAndView("error/404");
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

	/** A petition anyone may see (a moderator has decided on it), or a 404. */
	static Standing publicStanding(Petitions petitions, long id) {
		if (id <= 0) {
			throw new NoSuchPetition();
		}
		return petitions.standing(new PetitionId(id))
			.filter(standing -> standing.petition().published())
			.orElseThrow(NoSuchPetition::new);
	}

	/** A page with a heading, paragraphs and links, all message keys. */
	static String message(Model model, String titleKey, List<String> textKeys, Map<String, String> links) {
		model.addAttribute("titleKey", titleKey);
		model.addAttribute("textKeys", textKeys);
		model.addAttribute("links", links);
		return "participation/petitions/message";
	}
}
