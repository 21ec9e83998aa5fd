package org.bigsociety.people.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.bigsociety.people.account.AccountErasure;
import org.bigsociety.people.account.ContactPreference;
import org.bigsociety.people.account.PersonPrincipal;
import org.bigsociety.people.account.Profiles;
import org.bigsociety.people.account.RoleGrants;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /account}: a person's own account and profile, their data, and deleting it all. */
@Controller
class AccountController {

	private final Profiles profiles;
	private final AccountErasure erasure;
	private final RoleGrants roles;

	AccountController(Profiles profiles, AccountErasure erasure, RoleGrants roles) {
		this.roles = roles;
		this.profiles = profiles;
		this.erasure = erasure;
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal PersonPrincipal me, Model model) {
		model.addAttribute("profile", profiles.of(me.personId()));
		model.addAttribute("roles", roles.of(me.personId()));
		if (!model.containsAttribute("saved")) {
			model.addAttribute("saved", false);
		}
		return "people/account";
	}

	@GetMapping("/account/profile")
	String profileForm(@AuthenticationPrincipal PersonPrincipal me, Model model) {
		return profilePage(model, Profiles.Change.of(profiles.of(me.personId())), Map.of());
	}

	@PostMapping("/account/profile")
	String changeProfile(@AuthenticationPrincipal PersonPrincipal me, Profiles.Change form, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = profiles.change(me.personId(), form);
		if (!errors.isEmpty()) {
			return profilePage(model, form, errors);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/account";
	}

	private static String profilePage(Model model, Profiles.Change form, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("contactOptions", Arrays.stream(ContactPreference.values()).map(Enum::name).toList());
		return "people/profile";
	}

	@GetMapping(value = "/account/export")
	ResponseEntity<Map<String, Object>> export(@AuthenticationPrincipal PersonPrincipal me) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"my-big-society-data.json\"")
			.body(erasure.export(me.personId()));
	}

	@GetMapping("/account/delete")
	String deleteForm(Model model) {
		model.addAttribute("errors", Map.of());
		return "people/delete";
	}

	@PostMapping("/account/delete")
	String delete(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(name = "password", required = false) String password,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (!erasure.passwordMatches(me.personId(), password)) {
			model.addAttribute("errors", Map.of("password", "people.delete.password.wrong"));
			return "people/delete";
		}
		erasure.delete(me.personId());
		new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
		return "redirect:/account-deleted";
	}

	@GetMapping("/account-deleted")
	String deleted(Model model) {
		return Pages.message(model, "people.delete.done.title", List.of("people.delete.done.text"), Map.of("/", "error.home"));
	}
}
