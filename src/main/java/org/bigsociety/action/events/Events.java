package org.bigsociety.action.events;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bigsociety.action.EventId;
import org.bigsociety.groups.OrganisationId;
import org.bigsociety.groups.OrganisationSummary;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.AreaId;
import org.bigsociety.place.Places;
import org.bigsociety.timebank.TimeBankId;
import org.bigsociety.timebank.TimeBanks;
import org.bigsociety.timebank.TimeBanks.TimeBankSummary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Scheduling events, finding them, and calling them off. */
@Service
public class Events {

	static final int MAX_REASON = 500;

	private final EventRows rows;
	private final SignUpRows signUps;
	private final Places places;
	private final Stewards stewards;
	private final ObjectProvider<TimeBanks> timeBanks;
	private final ApplicationEventPublisher publisher;
	private final Clock clock;

	Events(EventRows rows, SignUpRows signUps, Places places, Stewards stewards, ObjectProvider<TimeBanks> timeBanks,
			ApplicationEventPublisher publisher, Clock clock) {
		this.rows = rows;
		this.signUps = signUps;
		this.places = places;
		this.stewards = stewards;
		this.timeBanks = timeBanks;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** What came of scheduling: the new event's id, or the errors to show (field id to message key). */
	public record Outcome(EventId event, Map<String, String> errors) {

		public boolean ok() {
			return event != null;
		}
	}

	/**
	 * Schedules an event run by the group the proposal names, which the person must act for, or otherwise by the
	 * person as a community organiser, who must hold that role where the event is. A time bank must serve the place.
	 */
	@Transactional
	public Outcome schedule(PersonId by, EventProposal proposal) {
		EventProposal.Checked checked = proposal.check(places, clock.instant());
		Map<String, String> errors = new LinkedHashMap<>(checked.errors());
		Long organisation = Typed.id(proposal.organisation()).orElse(null);
		if (!proposal.organisation().isEmpty()
				&& (organisation == null || !stewards.actsFor(by, new OrganisationId(organisation)))) {
			errors.putIfAbsent("organisation", "action.form.organisation.notYours");
		}
		if (checked.ok()) {
			EventProposal.Draft draft = checked.draft();
			AreaId area = draft.doorstep().smallest().id();
			if (organisation == null && !stewards.organisesIn(by, area)) {
				errors.put("postcode", "action.event.form.postcode.notYourArea");
			}
			if (draft.timeBank() != null && timeBanksServing(area).stream()
				.noneMatch(bank -> bank.id().value() == draft.timeBank())) {
				errors.put("timeBank", "action.event.form.timeBank.notHere");
			}
		}
		if (!errors.isEmpty()) {
			return new Outcome(null, errors);
		}
		return new Outcome(rows.insert(null, checked.draft(), organisation, by, clock.instant()), Map.of());
	}

	/**
	 * For the demo (and tests): an event with a fixed id (or the next, if null), run by whoever the caller says, with
	 * no checks of who may or of the time bank.
	 */
	@Transactional
	public EventId scheduleForDemo(Long id, EventProposal.Draft draft, OrganisationId organisation, PersonId organiser) {
		return rows.insert(id, draft, organisation == null ? null : organisation.value(), organiser, clock.instant());
	}

	public Optional<Event> find(EventId id) {
		return rows.find(id);
	}

	public Event get(EventId id) {
		return rows.find(id).orElseThrow(() -> new NotFound("Event " + id));
	}

	/** Events not yet over, soonest first, in an area (or everywhere), leaving out those called off. */
	public List<Event> upcoming(AreaId area, int limit) {
		return rows.from(clock.instant(), area, false, limit);
	}

	/** Events for a calendar feed: those still to come or in the last 30 days, called off ones included. */
	public List<Event> forCalendar(AreaId area, OrganisationId organisation) {
		Instant since = clock.instant().minus(java.time.Duration.ofDays(30));
		if (organisation != null) {
			return rows.ofOrganisation(organisation, since, 1000);
		}
		return rows.from(since, area, true, 1000);
	}

	/** Events the person scheduled or whose group they act for. */
	public List<Event> managedBy(PersonId person) {
		List<Long> groups = stewards.groupsRunBy(person).stream().map(g -> g.id().value()).toList();
		return rows.managedBy(person, groups, 200);
	}

	/** The time banks an event in this area may be linked to; none while the time bank module is not installed. */
	public List<TimeBankSummary> timeBanksServing(AreaId area) {
		TimeBanks banks = timeBanks.getIfAvailable();
		return banks == null ? List.of() : banks.serving(area);
	}

	public Optional<TimeBankSummary> timeBank(TimeBankId id) {
		TimeBanks banks = timeBanks.getIfAvailable();
		return banks == null ? Optional.empty() : banks.find(id);
	}

	public List<OrganisationSummary> groupsRunBy(PersonId person) {
		return stewards.groupsRunBy(person);
	}

	/** Whether the person may schedule events at all: an organiser somewhere, or an administrator of a group. */
	public boolean mayManage(PersonId person, Event event) {
		return stewards.manages(person, event);
	}

	/**
	 * Calls the event off and tells everyone booked or waiting. Only its organiser, its group's administrators or a
	 * platform administrator may; answers the error to show, if any.
	 */
	@Transactional
	public Optional<String> callOff(EventId id, PersonId by, String reason) {
		Event event = rows.lock(id).orElseThrow(() -> new NotFound("Event " + id));
		requireManager(by, event);
		String why = Typed.trimmed(reason);
		if (!event.cancellable(clock.instant())) {
			return Optional.of(event.cancelled() ? "action.event.cancel.already" : "action.event.cancel.started");
		}
		if (why.isEmpty()) {
			return Optional.of("action.event.cancel.reason.missing");
		}
		if (why.length() > MAX_REASON) {
			return Optional.of("action.event.cancel.reason.long");
		}
		rows.cancel(id, why, clock.instant());
		List<PersonId> told = signUps.active(id).stream().map(SignUp::person).filter(p -> p != null).toList();
		publisher.publishEvent(new EventCalledOff(id, told));
		return Optional.empty();
	}

	void requireManager(PersonId person, Event event) {
		if (!stewards.manages(person, event)) {
			throw new AccessDeniedException("Only the event's organiser or its group's administrators may do this");
		}
	}
}
