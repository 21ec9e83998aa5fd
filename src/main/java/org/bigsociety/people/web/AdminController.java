package org.bigsociety.people.web;

import java.util.Arrays;
import java.util.Map;

import org.bigsociety.people.PersonId;
import org.bigsociety.people.Role;
import org.bigsociety.people.RoleScope;
import org.bigsociety.people.account.Neighbourhoods;
import org.bigsociety.people.account.PeopleAdministration;
import org.bigsociety.people.account.PersonPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin}: the administrators' index, finding people, and granting or revoking their roles. */
@Controller
class AdminController {

	record GrantForm(String role, String scopeType, String scopeId) {

		/** The scope typed in, or null if it does not make sense; an area must be a real one, by number or GSS code. */
		RoleScope scope(Neighbourhoods areas) {
			try {
				RoleScope.Type type = RoleScope.Type.valueOf(String.valueOf(scopeType));
				String id = scopeId == null ? "" : scopeId.trim();
				return switch (type) {
					case PLATFORM -> RoleScope.platform();
					case AREA -> areas.area(id).map(area -> new RoleScope(type, area)).orElse(null);
					case ORGANISATION -> new RoleScope(type, Long.parseLong(id));
				};
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

		Role parsedRole() {
			try {
				return Role.valueOf(String.valueOf(role));
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
	}

	private final PeopleAdministration administration;
	private final Neighbourhoods areas;

	AdminController(PeopleAdministration administration, Neighbourhoods areas) {
		this.areas = areas;
		this.administration = administration;
	}

	@GetMapping("/admin")
	String index() {
		return "people/admin/index";
	}

	@GetMapping("/admin/people")
	String people(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("results", administration.search(q, page));
		return "people/admin/people";
	}

	@GetMapping("/admin/people/{id}")
	String person(@PathVariable("id") long id, Model model) {
		return personPage(id, model, Map.of(), new GrantForm("ORGANISER", "PLATFORM", ""));
	}

	private String personPage(long id, Model model, Map<String, String> errors, GrantForm form) {
		if (id <= 0) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("person", administration.details(new PersonId(id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		model.addAttribute("roles", Arrays.stream(Role.values()).map(Enum::name).toList());
		model.addAttribute("scopeTypes", Arrays.stream(RoleScope.Type.values()).map(Enum::name).toList());
		if (!model.containsAttribute("notice")) {
			model.addAttribute("notice", null);
		}
		return "people/admin/person";
	}

	@PostMapping("/admin/people/{id}/roles")
	String grant(@AuthenticationPrincipal PersonPrincipal me, @PathVariable("id") long id, GrantForm form, Model model,
			RedirectAttributes redirect) {
		RoleScope scope = form.scope(areas);
		Role role = form.parsedRole();
		if (scope == null || role == null) {
			return personPage(id, model, Map.of("scopeId", "people.admin.grant.scopeId.invalid"), form);
		}
		if (id <= 0 || !administration.grant(me.personId(), new PersonId(id), role, scope)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("notice", "people.admin.granted");
		return "redirect:/admin/people/" + id;
	}

	@PostMapping("/admin/people/{id}/roles/{grant}/revoke")
	String revoke(@AuthenticationPrincipal PersonPrincipal me, @PathVariable("id") long id,
			@PathVariable("grant") long grant, RedirectAttributes redirect) {
		if (id <= 0) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		PeopleAdministration.Revocation outcome = administration.revoke(me.personId(), new PersonId(id), grant);
		if (outcome == PeopleAdministration.Revocation.NOT_FOUND) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("notice", outcome == PeopleAdministration.Revocation.REVOKED ? "people.admin.revoked"
				: "people.admin.lastAdministrator");
		return "redirect:/admin/people/" + id;
	}
}
