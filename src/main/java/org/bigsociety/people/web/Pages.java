package org.bigsociety.people.web;

import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;

/** The simple message page: a heading, paragraphs and links, all as message keys. */
final class Pages {

	private Pages() {
	}

	static String message(Model model, String titleKey, List<String> textKeys, Map<String, String> links) {
		model.addAttribute("titleKey", titleKey);
		model.addAttribute("textKeys", textKeys);
		model.addAttribute("links", links);
		return "people/message";
	}
}
