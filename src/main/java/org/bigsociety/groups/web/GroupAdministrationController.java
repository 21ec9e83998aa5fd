package org.bigsociety.groups.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bigsociety.groups.directory.DirectoryQuery;
import org.bigsociety.groups.directory.ServiceDirectory;
import org.bigsociety.groups.formation.ConstitutionTemplate;
import org.bigsociety.groups.organisation.MemberRole;
import org.bigsociety.groups.organisation.Memberships;
import org.bigsociety.groups.organisation.News;
import org.bigsociety.groups.organisation.Office;
import org.bigsociety.groups.organisation.OrganisationForm;
import org.bigsociety.groups.organisation.OrganisationProfiles;
import org.bigsociety.groups.organisation.Profile;
import org.bigsociety.people.PersonId;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /groups/{slug}/manage}: what a group's administrators do: decide requests to join, give members roles and
 * offices, change the profile and post news. Everyone else gets a 403.
 */
@Controller
class GroupAdministrationController {

	private final OrganisationProfiles profiles;
	private final Memberships memberships;
	private final News news;
	private final Viewer viewer;
	private final FormationViews formations;
	private final ServiceDirectory directory;

	GroupAdministrationController(OrganisationProfiles profiles, Memberships memberships, News news, Viewer viewer,
			FormationViews formations, ServiceDirectory directory) {
		this.directory = directory;
		this.profiles = profiles;
		this.memberships = memberships;
		this.news = news;
		this.viewer = viewer;
		this.formations = formations;
	}

	/** The administrators' page. */
	record ManagePage(Profile group, List<Memberships.JoinRequest> requests, List<Memberships.Member> members,
			Map<String, String> roleOptions, Map<String, String> officeOptions) {
	}

	/** The group, once the signed-in person is known to be allowed to administer it. */
	private Profile administered(String slug) {
		Profile group = viewer.group(slug);
		if (!memberships.mayAdminister(group.id(), viewer.signedIn())) {
			throw new AccessDeniedException("Only the group's administrators may manage it");
		}
		return group;
	}

	@GetMapping("/groups/{slug}/manage")
	String manage(@PathVariable String slug, Model model) {
		Profile group = administered(slug);
		return managePage(model, group, "", "", Map.of());
	}

	private String managePage(Model model, Profile group, String title, String body, Map<String, String> errors) {
		model.addAttribute("page", new ManagePage(group, memberships.pendingRequests(group.id()),
				memberships.members(group.id()), roleOptions(), officeOptions()));
		model.addAttribute("newsTitle", title);
		model.addAttribute("newsBody", body);
		model.addAttribute("errors", errors);
		model.addAttribute("formation", formations.of(group, true).orElse(null));
		model.addAttribute("constitutions", constitutionOptions());
		model.addAttribute("servicesLink", true);
		model.addAttribute("services", directory.search(DirectoryQuery.offeredBy(group.id().value())).items());
		return "groups/manage";
	}

	@PostMapping("/groups/{slug}/manage/news")
	String postNews(@PathVariable String slug, @RequestParam(name = "title", required = false) String title,
			@RequestParam(name = "body", required = false) String body, Model model, RedirectAttributes redirect) {
		Profile group = administered(slug);
		Map<String, String> problems = news.post(group.id(), title, body, viewer.signedIn());
		if (!problems.isEmpty()) {
			return managePage(model, group, title, body, problems);
		}
		redirect.addFlashAttribute("notice", "groups.notice.newsPosted");
		return "redirect:/groups/" + group.slug();
	}

	@PostMapping("/groups/{slug}/manage/requests/{id}/approve")
	String approve(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
		Profile group = administered(slug);
		if (!memberships.approve(group.id(), id, viewer.signedIn())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("notice", "groups.notice.approved");
		return "redirect:/groups/" + group.slug() + "/manage";
	}

	@PostMapping("/groups/{slug}/manage/requests/{id}/decline")
	String decline(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
		Profile group = administered(slug);
		if (!memberships.decline(group.id(), id, viewer.signedIn())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("notice", "groups.notice.declined");
		return "redirect:/groups/" + group.slug() + "/manage";
	}

	@PostMapping("/groups/{slug}/manage/members/{person}")
	String assign(@PathVariable String slug, @PathVariable long person,
			@RequestParam(name = "role", required = false) String role,
			@RequestParam(name = "office", required = false) String office, RedirectAttributes redirect) {
		Profile group = administered(slug);
		MemberRole memberRole = GroupsController.parse(MemberRole.class, role);
		if (memberRole == null || person <= 0) {
			redirect.addFlashAttribute("warning", "groups.notice.role.NOT_A_MEMBER");
			return "redirect:/groups/" + group.slug() + "/manage";
		}
		Memberships.RoleChange outcome = memberships.assign(group.id(), new PersonId(person), memberRole,
				GroupsController.parse(Office.class, office), viewer.signedIn());
		redirect.addFlashAttribute(outcome == Memberships.RoleChange.CHANGED ? "notice" : "warning",
				"groups.notice.role." + outcome.name());
		return "redirect:/groups/" + group.slug() + "/manage";
	}

	@PostMapping("/groups/{slug}/manage/members/{person}/remove")
	String remove(@PathVariable String slug, @PathVariable long person, RedirectAttributes redirect) {
		Profile group = administered(slug);
		Memberships.RoleChange outcome = person <= 0 ? Memberships.RoleChange.NOT_A_MEMBER
				: memberships.remove(group.id(), new PersonId(person), viewer.signedIn());
		redirect.addFlashAttribute(outcome == Memberships.RoleChange.CHANGED ? "notice" : "warning",
				"groups.notice.removed." + outcome.name());
		return "redirect:/groups/" + group.slug() + "/manage";
	}

	@GetMapping("/groups/{slug}/manage/profile")
	String profileForm(@PathVariable String slug, Model model) {
		Profile group = administered(slug);
		return profilePage(model, group, profiles.formFor(group), Map.of());
	}

	@PostMapping("/groups/{slug}/manage/profile")
	String changeProfile(@PathVariable String slug, OrganisationForm form, Model model, RedirectAttributes redirect) {
		Profile group = administered(slug);
		OrganisationProfiles.Outcome outcome = profiles.change(group.id(), form, viewer.signedIn());
		if (!outcome.ok()) {
			return profilePage(model, group, form, outcome.problems());
		}
		redirect.addFlashAttribute("notice", "groups.notice.profileSaved");
		return "redirect:/groups/" + outcome.slug();
	}

	private static String profilePage(Model model, Profile group, OrganisationForm form, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("legalForms", GroupsController.legalFormOptions(false));
		model.addAttribute("reaches", GroupsController.reachOptions());
		model.addAttribute("action", "/groups/" + group.slug() + "/manage/profile");
		model.addAttribute("titleKey", "groups.profile.edit.title");
		model.addAttribute("group", group);
		return "groups/organisation-form";
	}

	/** A model constitution to choose: its name (the value posted) and its address. */
	record ConstitutionOption(String name, String slug) {
	}

	static List<ConstitutionOption> constitutionOptions() {
		return java.util.Arrays.stream(ConstitutionTemplate.values())
			.map(t -> new ConstitutionOption(t.name(), t.slug()))
			.toList();
	}

	static Map<String, String> roleOptions() {
		Map<String, String> options = new LinkedHashMap<>();
		for (MemberRole role : MemberRole.values()) {
			options.put(role.name(), "groups.role." + role.name());
		}
		return options;
	}

	static Map<String, String> officeOptions() {
		Map<String, String> options = new LinkedHashMap<>();
		options.put("", "groups.office.none");
		for (Office office : Office.values()) {
			options.put(office.name(), "groups.office." + office.name());
		}
		return options;
	}
}
