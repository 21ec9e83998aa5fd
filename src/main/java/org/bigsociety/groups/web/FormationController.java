package org.bigsociety.groups.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bigsociety.groups.formation.ConstitutionTemplate;
import org.bigsociety.groups.formation.Formation;
import org.bigsociety.groups.formation.FormationRefused;
import org.bigsociety.groups.formation.GroupFormation;
import org.bigsociety.groups.formation.NextStep;
import org.bigsociety.groups.organisation.Memberships;
import org.bigsociety.groups.organisation.OrganisationProfiles;
import org.bigsociety.groups.organisation.Profile;
import org.bigsociety.people.People;
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
 * Forming a group: proposing it, choosing its model constitution, recording its founding meeting, and ticking off its
 * next steps. Reading the model constitutions is open to everyone.
 */
@Controller
class FormationController {

	private final OrganisationProfiles profiles;
	private final GroupFormation formation;
	private final Memberships memberships;
	private final People people;
	private final Viewer viewer;

	FormationController(OrganisationProfiles profiles, GroupFormation formation, Memberships memberships,
			People people, Viewer viewer) {
		this.profiles = profiles;
		this.formation = formation;
		this.memberships = memberships;
		this.people = people;
		this.viewer = viewer;
	}

	@GetMapping("/groups/propose")
	String proposeForm(Model model) {
		return proposePage(model, OrganisationProfiles.ProposalForm.empty(), Map.of());
	}

	@PostMapping("/groups/propose")
	String propose(OrganisationProfiles.ProposalForm form, Model model, RedirectAttributes redirect) {
		OrganisationProfiles.Outcome outcome = profiles.propose(form, viewer.signedIn(), null);
		if (!outcome.ok()) {
			return proposePage(model, form, outcome.problems());
		}
		redirect.addFlashAttribute("notice", "groups.notice.proposed");
		return "redirect:/groups/" + outcome.slug();
	}

	private String proposePage(Model model, OrganisationProfiles.ProposalForm form, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("reaches", GroupsController.reachOptions());
		model.addAttribute("foundersNeeded", formation.foundersNeeded());
		return "groups/propose";
	}

	/** A model constitution, to read before choosing it. */
	record ConstitutionPage(String title, List<Block> blocks) {
	}

	/** A heading or a paragraph of a model constitution. */
	record Block(boolean heading, String text) {
	}

	@GetMapping("/groups/constitutions/{model}")
	String constitution(@PathVariable String model, Model page) {
		ConstitutionTemplate template = ConstitutionTemplate.bySlug(model)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<Block> blocks = new java.util.ArrayList<>();
		for (String paragraph : template.text().split("\\R\\s*\\R")) {
			for (String line : paragraph.strip().split("\\R")) {
				if (line.startsWith("# ")) {
					blocks.add(new Block(true, line.substring(2).strip()));
				}
				else if (!line.isBlank()) {
					blocks.add(new Block(false, line.strip()));
				}
			}
		}
		Block title = blocks.remove(0);
		page.addAttribute("page", new ConstitutionPage(title.text(), blocks));
		return "groups/constitution";
	}

	/** The group, once the signed-in person may administer it and it is being formed on the platform. */
	private Profile administered(String slug) {
		Profile group = viewer.group(slug);
		if (!memberships.mayAdminister(group.id(), viewer.signedIn())) {
			throw new AccessDeniedException("Only the group's administrators may do this");
		}
		return group;
	}

	@PostMapping("/groups/{slug}/manage/constitution")
	String chooseConstitution(@PathVariable String slug,
			@RequestParam(name = "constitution", required = false) String choice, RedirectAttributes redirect) {
		Profile group = administered(slug);
		ConstitutionTemplate template = GroupsController.parse(ConstitutionTemplate.class, choice);
		if (template == null) {
			redirect.addFlashAttribute("warning", "groups.formation.constitution.missing");
		}
		else {
			try {
				formation.chooseConstitution(group.id(), template, viewer.signedIn());
				redirect.addFlashAttribute("notice", "groups.notice.constitutionChosen");
			}
			catch (FormationRefused refused) {
				redirect.addFlashAttribute("warning", refused.reason());
			}
		}
		return "redirect:/groups/" + group.slug() + "/manage";
	}

	/** The founding meeting form's view model. */
	record MeetingPage(Profile group, FormationView formation, GroupFormation.MeetingForm form,
			Map<String, String> officerOptions) {
	}

	@GetMapping("/groups/{slug}/manage/founding-meeting")
	String meetingForm(@PathVariable String slug, Model model) {
		Profile group = administered(slug);
		return meetingPage(model, group, GroupFormation.MeetingForm.empty(), Map.of());
	}

	@PostMapping("/groups/{slug}/manage/founding-meeting")
	String holdMeeting(@PathVariable String slug, GroupFormation.MeetingForm form, Model model,
			RedirectAttributes redirect) {
		Profile group = administered(slug);
		Map<String, String> problems;
		try {
			problems = formation.holdFoundingMeeting(group.id(), form, viewer.signedIn());
		}
		catch (FormationRefused refused) {
			problems = Map.of("attendees", refused.reason());
		}
		if (!problems.isEmpty()) {
			return meetingPage(model, group, form, problems);
		}
		redirect.addFlashAttribute("notice", "groups.notice.formed");
		return "redirect:/groups/" + group.slug() + "/manage";
	}

	private String meetingPage(Model model, Profile group, GroupFormation.MeetingForm form,
			Map<String, String> errors) {
		Formation current = formation.of(group.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		FormationView view = FormationView.of(current, viewer.current().orElse(null), true, people);
		Map<String, String> officerOptions = new LinkedHashMap<>();
		officerOptions.put("", "");
		view.founderNames().forEach(f -> officerOptions.put(Long.toString(f.id()), f.name()));
		model.addAttribute("page", new MeetingPage(group, view, form, officerOptions));
		model.addAttribute("errors", errors);
		return "groups/founding-meeting";
	}

	@PostMapping("/groups/{slug}/manage/checklist/{step}")
	String tick(@PathVariable String slug, @PathVariable String step,
			@RequestParam(name = "done", required = false, defaultValue = "true") boolean done,
			RedirectAttributes redirect) {
		Profile group = administered(slug);
		NextStep next = GroupsController.parse(NextStep.class, step);
		if (next == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		try {
			formation.tick(group.id(), next, done, viewer.signedIn());
			redirect.addFlashAttribute("notice", done ? "groups.notice.ticked" : "groups.notice.unticked");
		}
		catch (FormationRefused refused) {
			redirect.addFlashAttribute("warning", refused.reason());
		}
		return "redirect:/groups/" + group.slug() + "/manage";
	}
}
