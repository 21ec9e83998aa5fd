package org.bigsociety.groups.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.bigsociety.groups.LegalForm;
import org.bigsociety.groups.OrganisationStatus;
import org.bigsociety.groups.directory.DirectoryQuery;
import org.bigsociety.groups.directory.ServiceDirectory;
import org.bigsociety.groups.formation.FormationRefused;
import org.bigsociety.groups.formation.GroupFormation;
import org.bigsociety.groups.organisation.Memberships;
import org.bigsociety.groups.organisation.Memberships.Member;
import org.bigsociety.groups.organisation.Memberships.Standing;
import org.bigsociety.groups.organisation.News;
import org.bigsociety.groups.organisation.OrganisationForm;
import org.bigsociety.groups.organisation.OrganisationProfiles;
import org.bigsociety.groups.organisation.Profile;
import org.bigsociety.people.PersonId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /groups}: the list of groups, each group's public profile, registering an organisation, joining one. */
@Controller
class GroupsController {

	static final int PAGE_SIZE = 30;

	private final OrganisationProfiles profiles;
	private final Memberships memberships;
	private final News news;
	private final Viewer viewer;
	private final FormationViews formations;
	private final GroupFormation formation;
	private final ServiceDirectory directory;

	GroupsController(OrganisationProfiles profiles, Memberships memberships, News news, Viewer viewer,
			FormationViews formations, GroupFormation formation, ServiceDirectory directory) {
		this.directory = directory;
		this.profiles = profiles;
		this.memberships = memberships;
		this.news = news;
		this.viewer = viewer;
		this.formations = formations;
		this.formation = formation;
	}

	/** The list page's view model. */
	record ListPage(String words, String form, String status, List<OrganisationProfiles.Listing> groups, int page,
			boolean more, Map<String, String> formOptions, Map<String, String> statusOptions) {
	}

	@GetMapping("/groups")
	String list(@RequestParam(name = "q", required = false) String words,
			@RequestParam(name = "form", required = false) String form,
			@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "page", required = false, defaultValue = "1") int page, Model model) {
		LegalForm legalForm = parse(LegalForm.class, form);
		OrganisationStatus groupStatus = parse(OrganisationStatus.class, status);
		int current = Math.max(1, Math.min(page, 10_000));
		List<OrganisationProfiles.Listing> found = profiles.list(words, legalForm, groupStatus,
				(current - 1) * PAGE_SIZE, PAGE_SIZE + 1);
		boolean more = found.size() > PAGE_SIZE;
		model.addAttribute("page", new ListPage(words == null ? "" : words,
				legalForm == null ? "" : legalForm.name(), groupStatus == null ? "" : groupStatus.name(),
				more ? found.subList(0, PAGE_SIZE) : found, current, more, legalFormOptions(true), statusOptions()));
		return "groups/list";
	}

	/** The view model of a group's public page. */
	record GroupPage(Profile group, List<Member> officers, List<Member> members, long memberCount,
			List<News.Update> news, boolean signedIn, Standing standing, boolean canManage) {
	}

	@GetMapping("/groups/{slug}")
	String profile(@PathVariable String slug, Model model) {
		Profile group = viewer.group(slug);
		Optional<PersonId> me = viewer.current();
		Standing standing = me.map(person -> memberships.standing(group.id(), person)).orElse(Standing.NONE);
		boolean canManage = me.map(person -> memberships.mayAdminister(group.id(), person)).orElse(false);
		List<Member> members = memberships.members(group.id());
		List<Member> officers = members.stream().filter(m -> m.office() != null).toList();
		// Who belongs to a faith group or a user-led organisation can be sensitive: only fellow members see the list.
		boolean seesMembers = canManage || standing == Standing.MEMBER || standing == Standing.ADMINISTRATOR;
		model.addAttribute("page", new GroupPage(group, officers, seesMembers ? members : List.of(), members.size(),
				news.recent(group.id(), 10), me.isPresent(), standing, canManage));
		model.addAttribute("formation", formations.of(group, seesMembers).orElse(null));
		model.addAttribute("services", directory.search(DirectoryQuery.offeredBy(group.id().value())).items());
		return "groups/profile";
	}

	@GetMapping("/groups/new")
	String registerForm(Model model) {
		return registerPage(model, OrganisationForm.empty(), Map.of());
	}

	@PostMapping("/groups/new")
	String register(OrganisationForm form, Model model, RedirectAttributes redirect) {
		OrganisationProfiles.Outcome outcome = profiles.register(form, viewer.signedIn());
		if (!outcome.ok()) {
			return registerPage(model, form, outcome.problems());
		}
		redirect.addFlashAttribute("notice", "groups.notice.registered");
		return "redirect:/groups/" + outcome.slug();
	}

	private static String registerPage(Model model, OrganisationForm form, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("legalForms", legalFormOptions(false));
		model.addAttribute("reaches", reachOptions());
		model.addAttribute("action", "/groups/new");
		model.addAttribute("titleKey", "groups.register.title");
		return "groups/organisation-form";
	}

	@PostMapping("/groups/{slug}/join")
	String join(@PathVariable String slug, @RequestParam(name = "message", required = false) String message,
			RedirectAttributes redirect) {
		Profile group = viewer.group(slug);
		if (group.proposed()) {
			// A group being formed takes its neighbours as founders straight away.
			try {
				formation.join(group.id(), viewer.signedIn());
				redirect.addFlashAttribute("notice", "groups.notice.joinedAsFounder");
			}
			catch (FormationRefused refused) {
				redirect.addFlashAttribute("warning", refused.reason());
			}
			return "redirect:/groups/" + group.slug();
		}
		Memberships.JoinOutcome outcome = memberships.requestToJoin(group.id(), viewer.signedIn(), message);
		redirect.addFlashAttribute(outcome == Memberships.JoinOutcome.REQUESTED ? "notice" : "warning",
				"groups.notice.join." + outcome.name());
		return "redirect:/groups/" + group.slug();
	}

	@PostMapping("/groups/{slug}/leave")
	String leave(@PathVariable String slug, RedirectAttributes redirect) {
		Profile group = viewer.group(slug);
		PersonId me = viewer.signedIn();
		Memberships.RoleChange outcome = memberships.remove(group.id(), me, me);
		redirect.addFlashAttribute(outcome == Memberships.RoleChange.CHANGED ? "notice" : "warning",
				"groups.notice.leave." + outcome.name());
		return "redirect:/groups/" + group.slug();
	}

	static Map<String, String> legalFormOptions(boolean withAny) {
		Map<String, String> options = new LinkedHashMap<>();
		options.put("", withAny ? "groups.list.anyForm" : "groups.form.legalForm.choose");
		for (LegalForm form : LegalForm.values()) {
			options.put(form.name(), "groups.legalForm." + form.name());
		}
		return options;
	}

	static Map<String, String> statusOptions() {
		Map<String, String> options = new LinkedHashMap<>();
		options.put("", "groups.list.anyStatus");
		for (OrganisationStatus status : OrganisationStatus.values()) {
			options.put(status.name(), "groups.status." + status.name());
		}
		return options;
	}

	static Map<String, String> reachOptions() {
		Map<String, String> options = new LinkedHashMap<>();
		for (OrganisationForm.Reach reach : OrganisationForm.Reach.values()) {
			options.put(reach.name(), "groups.form.reach." + reach.name());
		}
		return options;
	}

	static <E extends Enum<E>> E parse(Class<E> type, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
