package org.bigsociety.participation.petitions.web;

import java.util.Map;

import org.bigsociety.participation.petitions.Blocklist;
import org.bigsociety.participation.petitions.PetitionDates;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /petitions/moderation/blocked}: the email addresses and domains that may not sign any petition. */
@Controller
class BlocklistController {

	record BlockForm(String kind, String value, String note) {

		static BlockForm empty() {
			return new BlockForm("", "", "");
		}

		Blocklist.Kind chosen() {
			try {
				return kind == null || kind.isBlank() ? null : Blocklist.Kind.valueOf(kind);
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
	}

	record Row(String kind, String value, String note, String at) {
	}

	private final Blocklist blocklist;
	private final People people;

	BlocklistController(Blocklist blocklist, People people) {
		this.blocklist = blocklist;
		this.people = people;
	}

	private PersonId person() {
		return people.currentPerson().orElseThrow(() -> new AccessDeniedException("Sign in to moderate"));
	}

	@GetMapping("/petitions/moderation/blocked")
	String list(@RequestParam(name = "blocked", required = false) String blocked,
			@RequestParam(name = "unblocked", required = false) String unblocked, Model model) {
		return page(BlockForm.empty(), Map.of(), blocked, unblocked, model);
	}

	@PostMapping("/petitions/moderation/blocked")
	String block(BlockForm form, Model model) {
		PersonId moderator = person();
		if (form.chosen() == null) {
			return page(form, Map.of("kind", "petitions.blocked.kind.missing"), null, null, model);
		}
		try {
			String stored = blocklist.block(moderator, form.chosen(), form.value(), form.note());
			return "redirect:/petitions/moderation/blocked?blocked=" + java.net.URLEncoder.encode(stored,
					java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			String field = ex.getMessage().contains(".note.") ? "note" : "value";
			return page(form, Map.of(field, ex.getMessage()), null, null, model);
		}
	}

	@PostMapping("/petitions/moderation/blocked/remove")
	String unblock(@RequestParam(name = "kind", required = false) String kind,
			@RequestParam(name = "value", required = false) String value) {
		person();
		BlockForm form = new BlockForm(kind, value, "");
		if (form.chosen() != null && value != null && blocklist.unblock(form.chosen(), value)) {
			return "redirect:/petitions/moderation/blocked?unblocked=" + java.net.URLEncoder.encode(value,
					java.nio.charset.StandardCharsets.UTF_8);
		}
		return "redirect:/petitions/moderation/blocked";
	}

	private String page(BlockForm form, Map<String, String> problems, String blocked, String unblocked, Model model) {
		model.addAttribute("rows", blocklist.entries().stream()
			.map(e -> new Row(e.kind().name(), e.value(), e.note(), PetitionDates.DAY_AND_TIME.format(e.at())))
			.toList());
		model.addAttribute("form", form);
		model.addAttribute("errors", problems);
		model.addAttribute("blocked", blocked);
		model.addAttribute("unblocked", unblocked);
		return "participation/petitions/moderation/blocked";
	}
}
