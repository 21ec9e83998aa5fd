package org.bigsociety.groups.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bigsociety.groups.directory.ServiceDirectory;
import org.bigsociety.groups.directory.ServiceDirectory.Term;
import org.bigsociety.groups.directory.ServiceForm;
import org.bigsociety.groups.organisation.Memberships;
import org.bigsociety.groups.organisation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A group's administrators add the services it offers to the directory. */
@Controller
class ServiceAdministrationController {

	private final ServiceDirectory directory;
	private final Memberships memberships;
	private final Viewer viewer;

	ServiceAdministrationController(ServiceDirectory directory, Memberships memberships, Viewer viewer) {
		this.directory = directory;
		this.memberships = memberships;
		this.viewer = viewer;
	}

	record ServiceFormPage(Profile group, ServiceForm form, List<Term> terms, Map<String, String> days) {
	}

	private Profile administered(String slug) {
		Profile group = viewer.group(slug);
		if (!memberships.mayAdminister(group.id(), viewer.signedIn())) {
			throw new AccessDeniedException("Only the group's administrators may add its services");
		}
		return group;
	}

	@GetMapping("/groups/{slug}/manage/services/new")
	String form(@PathVariable String slug, Model model) {
		return page(model, administered(slug), ServiceForm.empty(), Map.of());
	}

	@PostMapping("/groups/{slug}/manage/services/new")
	String add(@PathVariable String slug, ServiceForm form, Model model, RedirectAttributes redirect) {
		Profile group = administered(slug);
		ServiceDirectory.Outcome outcome = directory.offer(group.id(), form);
		if (!outcome.ok()) {
			return page(model, group, form, outcome.problems());
		}
		redirect.addFlashAttribute("notice", "groups.notice.serviceAdded");
		return "redirect:/services/" + outcome.id();
	}

	@PostMapping("/groups/{slug}/manage/services/{id}/withdraw")
	String withdraw(@PathVariable String slug, @PathVariable String id, RedirectAttributes redirect) {
		Profile group = administered(slug);
		UUID service;
		try {
			service = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (!directory.withdraw(group.id(), service)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("notice", "groups.notice.serviceWithdrawn");
		return "redirect:/groups/" + group.slug() + "/manage";
	}

	private String page(Model model, Profile group, ServiceForm form, Map<String, String> errors) {
		model.addAttribute("page", new ServiceFormPage(group, form, directory.terms(), ServicesController.days()));
		model.addAttribute("errors", errors);
		return "groups/service-form";
	}
}
