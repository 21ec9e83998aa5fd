package org.bigsociety.participation.web;

import java.util.List;

import org.bigsociety.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * One door to every way of shaping what the council does: the header has room for one link, and a resident looking
 * to have their say should not need to know the difference between a petition and a consultation to find either.
 */
@Controller
class HaveYourSay {

	static final String PATH = "/have-your-say";

	/** A way to take part: where it lives and the message keys of its name and its one-line description. */
	record Part(String path, String nameKey, String descriptionKey) {
	}

	static final List<Part> PARTS = List.of(
			new Part("/petitions", "participation.hub.petitions", "participation.hub.petitions.text"),
			new Part("/consultations", "participation.hub.consultations", "participation.hub.consultations.text"),
			new Part("/budgets", "participation.hub.budgets", "participation.hub.budgets.text"),
			new Part("/ideas", "participation.hub.ideas", "participation.hub.ideas.text"),
			new Part("/referendums", "participation.hub.referendums", "participation.hub.referendums.text"),
			new Part("/forums", "participation.hub.forums", "participation.hub.forums.text"));

	@GetMapping(PATH)
	String page(Model model) {
		model.addAttribute("parts", PARTS);
		return "participation/have-your-say";
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem haveYourSayNavigation() {
			return new NavigationItem(PATH, "participation.hub.nav", 40, PARTS.stream().map(Part::path).toList());
		}
	}
}
