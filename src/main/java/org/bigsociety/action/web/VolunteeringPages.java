package org.bigsociety.action.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bigsociety.action.events.When;
import org.bigsociety.action.volunteering.Application;
import org.bigsociety.action.volunteering.Applications;
import org.bigsociety.action.volunteering.Cause;
import org.bigsociety.action.volunteering.Employers;
import org.bigsociety.action.volunteering.Frequency;
import org.bigsociety.action.volunteering.Opportunities;
import org.bigsociety.action.volunteering.Opportunity;
import org.bigsociety.action.volunteering.OpportunityProposal;
import org.bigsociety.groups.OrganisationSummary;
import org.bigsociety.groups.Organisations;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.PersonSummary;
import org.bigsociety.people.Role;
import org.bigsociety.place.Area;
import org.bigsociety.place.AreaId;
import org.bigsociety.place.Places;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /volunteering}: opportunities and applying for them, and those who posted them deciding. */
@Controller
class VolunteeringPages {

	private final Opportunities opportunities;
	private final Applications applications;
	private final Employers employers;
	private final Organisations organisations;
	private final People people;
	private final Places places;
	private final Signed signed;
	private final OpportunityCards cards;

	VolunteeringPages(Opportunities opportunities, Applications applications, Employers employers,
			Organisations organisations, People people, Places places, Signed signed, OpportunityCards cards) {
		this.cards = cards;
		this.opportunities = opportunities;
		this.applications = applications;
		this.employers = employers;
		this.organisations = organisations;
		this.people = people;
		this.places = places;
		this.signed = signed;
	}

	record OpportunityCard(long id, String title, String causeKey, String time, String frequencyKey, String where,
			String runBy, boolean dbsCheck, boolean open) {
	}

	record RoleView(long id, String name, List<String> description, int places, int accepted, String myStatus,
			Long myApplication) {

		public boolean full() {
			return accepted >= places;
		}
	}

	record OpportunityPage(OpportunityCard card, List<String> description, List<String> skills, List<RoleView> roles,
			boolean mayManage) {
	}

	record ApplicationRow(long id, String name, String role, String message, String status) {
	}

	record MyApplication(long id, long opportunityId, String opportunity, String role, String status,
			boolean withdrawable) {
	}

	record HoursRow(String date, String employer, String causeKey, String time) {
	}

	OpportunityCard card(Opportunity opportunity) {
		return cards.card(opportunity);
	}

	@GetMapping("/volunteering")
	String list(@RequestParam(name = "area", required = false) String area, Model model) {
		Optional<Area> chosen = Optional.ofNullable(area)
			.flatMap(org.bigsociety.action.events.Typed::id)
			.map(AreaId::new)
			.flatMap(places::area);
		model.addAttribute("area", chosen.orElse(null));
		model.addAttribute("opportunities",
				opportunities.open(chosen.map(Area::id).orElse(null), 100).stream().map(this::card).toList());
		model.addAttribute("mayAdd", mayPost(signed.orNull()));
		return "action/volunteering/list";
	}

	@GetMapping("/volunteering/{id}")
	String opportunity(@PathVariable long id, Model model) {
		Opportunity opportunity = opportunities.get(id);
		PersonId viewer = signed.orNull();
		model.addAttribute("opportunity", page(opportunity, viewer));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		if (!model.containsAttribute("message")) {
			model.addAttribute("message", "");
		}
		return "action/volunteering/opportunity";
	}

	private OpportunityPage page(Opportunity opportunity, PersonId viewer) {
		List<Application> all = applications.to(opportunity.id());
		List<RoleView> roles = opportunity.roles().stream().map(role -> {
			int accepted = (int) all.stream()
				.filter(a -> a.roleId() == role.id() && a.status() == Application.Status.ACCEPTED)
				.count();
			Optional<Application> mine = viewer == null ? Optional.empty()
					: all.stream().filter(a -> a.roleId() == role.id() && viewer.equals(a.person())).findFirst();
			return new RoleView(role.id(), role.name(), Lines.of(role.description()), role.places(), accepted,
					mine.map(a -> a.status().name()).orElse(null), mine.map(Application::id).orElse(null));
		}).toList();
		return new OpportunityPage(card(opportunity), Lines.of(opportunity.description()), opportunity.skills(), roles,
				viewer != null && opportunities.mayManage(viewer, opportunity));
	}

	@PostMapping("/volunteering/{id}/apply")
	String apply(@PathVariable long id, @RequestParam(name = "role", required = false) String role,
			@RequestParam(name = "message", required = false) String message, Model model,
			RedirectAttributes redirect) {
		Optional<String> error = applications.apply(id, role, signed.in(), message);
		if (error.isPresent()) {
			model.addAttribute("errors", Map.of("role", error.get()));
			model.addAttribute("message", message == null ? "" : message);
			return opportunity(id, model);
		}
		redirect.addFlashAttribute("notice", "action.apply.done");
		return "redirect:/volunteering/" + id;
	}

	@PostMapping("/volunteering/applications/{id}/withdraw")
	String withdraw(@PathVariable long id, RedirectAttributes redirect) {
		Application application = applications.get(id);
		boolean withdrawn = applications.withdraw(id, signed.in());
		redirect.addFlashAttribute("notice", withdrawn ? "action.withdraw.done" : "action.withdraw.nothing");
		return "redirect:/volunteering/" + application.opportunityId();
	}

	@GetMapping("/volunteering/{id}/applications")
	String applicationsPage(@PathVariable long id, Model model) {
		Opportunity opportunity = opportunities.get(id);
		PersonId me = signed.in();
		if (!opportunities.mayManage(me, opportunity)) {
			throw new AccessDeniedException("Not your opportunity");
		}
		List<ApplicationRow> rows = applications.to(id).stream().map(a -> new ApplicationRow(a.id(),
				a.person() == null ? null : people.find(a.person()).map(PersonSummary::displayName).orElse(null),
				opportunity.roles().stream().filter(r -> r.id() == a.roleId()).findFirst().map(Opportunity.Role::name)
					.orElse(""),
				a.message(), a.status().name())).toList();
		model.addAttribute("opportunity", page(opportunity, me));
		model.addAttribute("applications", rows);
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "action/volunteering/applications";
	}

	@PostMapping("/volunteering/applications/{id}/accept")
	String accept(@PathVariable long id, RedirectAttributes redirect) {
		return decide(id, true, redirect);
	}

	@PostMapping("/volunteering/applications/{id}/decline")
	String decline(@PathVariable long id, RedirectAttributes redirect) {
		return decide(id, false, redirect);
	}

	private String decide(long id, boolean accept, RedirectAttributes redirect) {
		Application application = applications.get(id);
		Optional<String> error = applications.decide(id, signed.in(), accept);
		if (error.isPresent()) {
			redirect.addFlashAttribute("problem", error.get());
		}
		else {
			redirect.addFlashAttribute("notice", accept ? "action.decide.accepted" : "action.decide.declined");
		}
		return "redirect:/volunteering/" + application.opportunityId() + "/applications";
	}

	@PostMapping("/volunteering/{id}/close")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		opportunities.close(id, signed.in());
		redirect.addFlashAttribute("notice", "action.opportunity.closed");
		return "redirect:/volunteering/" + id;
	}

	@GetMapping("/volunteering/new")
	String newOpportunity(Model model) {
		return form(model, requireMayPost(), OpportunityProposal.empty(), Map.of());
	}

	@PostMapping("/volunteering/new")
	String post(OpportunityProposal form, Model model, RedirectAttributes redirect) {
		PersonId me = requireMayPost();
		Opportunities.Posted posted = opportunities.post(me, form);
		if (posted.id() == null) {
			return form(model, me, form, posted.errors());
		}
		redirect.addFlashAttribute("notice", "action.opportunity.created");
		return "redirect:/volunteering/" + posted.id();
	}

	private String form(Model model, PersonId me, OpportunityProposal form, Map<String, String> errors) {
		List<Choice> groups = new ArrayList<>();
		if (Signed.holdsAnywhere(Role.ORGANISER)) {
			groups.add(Choice.key("", "action.event.form.organisation.myself"));
		}
		organisations.administeredBy(me).forEach(g -> groups.add(Choice.text(g.id().toString(), g.name())));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("groups", groups);
		model.addAttribute("causes", causes());
		List<Choice> frequencies = new ArrayList<>();
		frequencies.add(Choice.key("", "action.form.choose"));
		Arrays.stream(Frequency.values()).forEach(f -> frequencies.add(Choice.key(f.name(), f.messageKey())));
		model.addAttribute("frequencies", frequencies);
		return "action/volunteering/new";
	}

	static List<Choice> causes() {
		List<Choice> causes = new ArrayList<>();
		causes.add(Choice.key("", "action.form.choose"));
		Arrays.stream(Cause.values()).forEach(c -> causes.add(Choice.key(c.name(), c.messageKey())));
		return causes;
	}

	@GetMapping("/volunteering/mine")
	String mine(Model model) {
		PersonId me = signed.in();
		List<MyApplication> mine = applications.of(me).stream().map(a -> {
			Opportunity opportunity = opportunities.get(a.opportunityId());
			String role = opportunity.roles().stream().filter(r -> r.id() == a.roleId()).findFirst()
				.map(Opportunity.Role::name).orElse("");
			return new MyApplication(a.id(), opportunity.id(), opportunity.title(), role, a.status().name(),
					a.withdrawable());
		}).toList();
		model.addAttribute("applications", mine);
		model.addAttribute("posted", opportunities.managedBy(me).stream().map(this::card).toList());
		model.addAttribute("employers", employers.of(me));
		model.addAttribute("hours", employers.hoursOf(me).stream()
			.map(h -> new HoursRow(When.date(h.on()), h.employer(), h.cause().messageKey(), When.duration(h.minutes())))
			.toList());
		model.addAttribute("mayAdd", mayPost(me));
		return "action/volunteering/mine";
	}

	private boolean mayPost(PersonId person) {
		return person != null
				&& (Signed.holdsAnywhere(Role.ORGANISER) || !organisations.administeredBy(person).isEmpty());
	}

	private PersonId requireMayPost() {
		PersonId me = signed.in();
		if (!mayPost(me)) {
			throw new AccessDeniedException("Only community organisers and group administrators post opportunities");
		}
		return me;
	}
}
