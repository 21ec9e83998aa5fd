package org.bigsociety.action.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bigsociety.action.EventId;
import org.bigsociety.action.events.Attendance;
import org.bigsociety.action.events.Event;
import org.bigsociety.action.events.EventKind;
import org.bigsociety.action.events.EventProposal;
import org.bigsociety.action.events.Events;
import org.bigsociety.action.events.SignUp;
import org.bigsociety.action.events.SignUps;
import org.bigsociety.action.events.Typed;
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

/** {@code /events}: what is on, signing up and giving up a place, and organisers running their own events. */
@Controller
class EventPages {

	private final Events events;
	private final SignUps signUps;
	private final Attendance attendance;
	private final EventViews views;
	private final Places places;
	private final People people;
	private final Signed signed;
	private final Clock clock;

	EventPages(Events events, SignUps signUps, Attendance attendance, EventViews views, Places places, People people,
			Signed signed, Clock clock) {
		this.clock = clock;
		this.events = events;
		this.signUps = signUps;
		this.attendance = attendance;
		this.views = views;
		this.places = places;
		this.people = people;
		this.signed = signed;
	}

	@GetMapping("/events")
	String list(@RequestParam(name = "area", required = false) String area, Model model) {
		Optional<Area> chosen = Optional.ofNullable(area)
			.flatMap(Typed::id)
			.map(AreaId::new)
			.flatMap(places::area);
		AreaId areaId = chosen.map(Area::id).orElse(null);
		model.addAttribute("area", chosen.orElse(null));
		model.addAttribute("events", views.cards(events.upcoming(areaId, 100)));
		model.addAttribute("mayAdd", mayAddEvents(signed.orNull()));
		model.addAttribute("calendarLink", areaId == null ? "/events.ics" : "/events.ics?area=" + areaId);
		return "action/events/list";
	}

	@GetMapping("/events/{id}")
	String event(@PathVariable long id, Model model) {
		Event event = events.get(new EventId(id));
		PersonId viewer = signed.orNull();
		model.addAttribute("event", views.page(event, viewer, viewer != null && events.mayManage(viewer, event)));
		return "action/events/event";
	}

	@PostMapping("/events/{id}/sign-up")
	String signUp(@PathVariable long id, RedirectAttributes redirect) {
		SignUps.Outcome outcome = signUps.signUp(new EventId(id), signed.in());
		redirect.addFlashAttribute(outcome == SignUps.Outcome.CLOSED ? "problem" : "notice",
				"action.signUp.notice." + outcome.name());
		return "redirect:/events/" + id;
	}

	@PostMapping("/events/{id}/cancel-place")
	String cancelPlace(@PathVariable long id, RedirectAttributes redirect) {
		SignUps.Cancellation outcome = signUps.cancel(new EventId(id), signed.in());
		redirect.addFlashAttribute(outcome == SignUps.Cancellation.CANCELLED ? "notice" : "problem",
				"action.cancelPlace.notice." + outcome.name());
		return "redirect:/events/" + id;
	}

	@GetMapping("/events/mine")
	String mine(Model model) {
		PersonId me = signed.in();
		List<MyPlace> mine = new ArrayList<>();
		for (SignUp signUp : signUps.of(me)) {
			events.find(signUp.event()).ifPresent(event -> mine.add(new MyPlace(views.card(event), signUp.status().name())));
		}
		model.addAttribute("places", mine);
		model.addAttribute("running", views.cards(events.managedBy(me)));
		model.addAttribute("mayAdd", mayAddEvents(me));
		return "action/events/mine";
	}

	record MyPlace(EventViews.EventCard event, String status) {
	}

	@GetMapping("/events/new")
	String newEvent(Model model) {
		PersonId me = requireMayAdd();
		return form(model, me, EventProposal.empty(), Map.of());
	}

	@PostMapping("/events/new")
	String schedule(EventProposal form, Model model, RedirectAttributes redirect) {
		PersonId me = requireMayAdd();
		Events.Outcome outcome = events.schedule(me, form);
		if (!outcome.ok()) {
			return form(model, me, form, outcome.errors());
		}
		redirect.addFlashAttribute("notice", "action.event.created");
		return "redirect:/events/" + outcome.event();
	}

	private String form(Model model, PersonId me, EventProposal form, Map<String, String> errors) {
		List<Choice> kinds = new ArrayList<>();
		kinds.add(Choice.key("", "action.form.choose"));
		Arrays.stream(EventKind.values()).forEach(kind -> kinds.add(Choice.key(kind.name(), kind.messageKey())));
		List<Choice> groups = new ArrayList<>();
		if (Signed.holdsAnywhere(Role.ORGANISER)) {
			groups.add(Choice.key("", "action.event.form.organisation.myself"));
		}
		events.groupsRunBy(me).forEach(group -> groups.add(Choice.text(group.id().toString(), group.name())));
		List<Choice> banks = new ArrayList<>();
		banks.add(Choice.key("", "action.event.form.timeBank.none"));
		people.find(me)
			.map(PersonSummary::area)
			.ifPresent(area -> events.timeBanksServing(area)
				.forEach(bank -> banks.add(Choice.text(bank.id().toString(), bank.name()))));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", kinds);
		model.addAttribute("groups", groups);
		model.addAttribute("timeBanks", banks);
		return "action/events/new";
	}

	@GetMapping("/events/{id}/manage")
	String manage(@PathVariable long id, Model model) {
		return managePage(id, model, Map.of());
	}

	private String managePage(long id, Model model, Map<String, String> errors) {
		Event event = events.get(new EventId(id));
		PersonId me = signed.in();
		if (!events.mayManage(me, event)) {
			throw new AccessDeniedException("Not your event");
		}
		model.addAttribute("event", views.page(event, me, true));
		model.addAttribute("attendees", views.attendees(signUps.active(event.id())));
		model.addAttribute("mayRecordAttendance", event.attendanceRecordable(clock.instant()));
		model.addAttribute("errors", errors);
		return "action/events/manage";
	}

	@PostMapping("/events/{id}/attendance")
	String recordAttendance(@PathVariable long id,
			@RequestParam(name = "attended", required = false) List<Long> attended, Model model,
			RedirectAttributes redirect) {
		Optional<String> error = attendance.record(new EventId(id), signed.in(),
				attended == null ? List.of() : attended);
		if (error.isPresent()) {
			return managePage(id, model, Map.of("attended", error.get()));
		}
		redirect.addFlashAttribute("notice", "action.attendance.recorded");
		return "redirect:/events/" + id + "/manage";
	}

	@PostMapping("/events/{id}/cancel")
	String callOff(@PathVariable long id, @RequestParam(name = "reason", required = false) String reason,
			Model model, RedirectAttributes redirect) {
		Optional<String> error = events.callOff(new EventId(id), signed.in(), reason);
		if (error.isPresent()) {
			model.addAttribute("reason", reason);
			return managePage(id, model, Map.of("reason", error.get()));
		}
		redirect.addFlashAttribute("notice", "action.event.cancelled");
		return "redirect:/events/" + id + "/manage";
	}

	/** Organisers (in some area), group administrators and platform administrators may add events. */
	private boolean mayAddEvents(PersonId person) {
		return person != null && (Signed.holdsAnywhere(Role.ORGANISER) || !events.groupsRunBy(person).isEmpty());
	}

	private PersonId requireMayAdd() {
		PersonId me = signed.in();
		if (!mayAddEvents(me)) {
			throw new AccessDeniedException("Only community organisers and group administrators add events");
		}
		return me;
	}
}
