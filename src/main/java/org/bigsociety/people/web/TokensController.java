package org.bigsociety.people.web;

import java.util.Map;
import java.util.Optional;

import org.bigsociety.people.account.AccessTokens;
import org.bigsociety.people.account.PersonPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /account/tokens}: personal access tokens, shown once when created, listed by prefix, revoked by a button. */
@Controller
class TokensController {

	private final AccessTokens tokens;

	TokensController(AccessTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/account/tokens")
	String list(@AuthenticationPrincipal PersonPrincipal me, Model model) {
		return page(me, model, Map.of(), "");
	}

	private String page(PersonPrincipal me, Model model, Map<String, String> errors, String name) {
		model.addAttribute("tokens", tokens.of(me.personId()));
		model.addAttribute("errors", errors);
		model.addAttribute("name", name);
		if (!model.containsAttribute("created")) {
			model.addAttribute("created", null);
		}
		if (!model.containsAttribute("revoked")) {
			model.addAttribute("revoked", false);
		}
		return "people/tokens";
	}

	/** Shows the new token on this response only: it is never stored, so it is not put in a redirect either. */
	@PostMapping("/account/tokens")
	String create(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(name = "name", required = false) String name,
			Model model) {
		Optional<String> problem = AccessTokens.problemWithName(name);
		if (problem.isPresent()) {
			return page(me, model, Map.of("name", problem.get()), name == null ? "" : name);
		}
		model.addAttribute("created", tokens.create(me.personId(), name));
		return page(me, model, Map.of(), "");
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@AuthenticationPrincipal PersonPrincipal me, @PathVariable("id") long id, RedirectAttributes redirect) {
		if (!tokens.revoke(me.personId(), id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("revoked", true);
		return "redirect:/account/tokens";
	}
}
