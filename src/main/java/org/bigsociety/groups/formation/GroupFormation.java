package org.bigsociety.groups.formation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bigsociety.groups.OrganisationId;
import org.bigsociety.groups.Organisations;
import org.bigsociety.groups.organisation.Office;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forming a group, step by step: joining as a founder, choosing a constitution, the founding meeting and the
 * checklist. Each step loads the formation locked, applies one verb, saves it and publishes what it produced (the
 * public record's facts) in the same transaction.
 */
@Service
@Transactional
public class GroupFormation {

	private final Formations formations;
	private final Organisations organisations;
	private final People people;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	GroupFormation(Formations formations, Organisations organisations, People people, ApplicationEventPublisher events,
			Clock clock) {
		this.formations = formations;
		this.organisations = organisations;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<Formation> of(OrganisationId organisation) {
		return formations.find(organisation, false);
	}

	public int foundersNeeded() {
		return formations.foundersNeeded();
	}

	/**
	 * A neighbour joins as a founder. When the group reaches the founders it needs, its administrators are told it can
	 * choose its constitution.
	 */
	public void join(OrganisationId organisation, PersonId founder) {
		Formation formation = load(organisation);
		Formation.Stage before = formation.stage();
		formation.join(founder);
		save(formation);
		if (before == Formation.Stage.GATHERING_FOUNDERS && formation.stage() != before) {
			var group = organisations.find(organisation).orElseThrow();
			for (PersonId admin : formation.founders()) {
				if (organisations.isAdministrator(organisation, admin) && !admin.equals(founder)) {
					people.sendMail(admin, group.name() + " has enough founders",
							group.name() + " now has " + formation.founders().size()
									+ " founders. Choose its constitution and hold the founding meeting: "
									+ group.profilePath() + "/manage");
				}
			}
		}
	}

	public void chooseConstitution(OrganisationId organisation, ConstitutionTemplate template, PersonId by) {
		requireAdministrator(organisation, by);
		Formation formation = load(organisation);
		formation.chooseConstitution(template, clock.instant());
		save(formation);
	}

	/** What the founding meeting form holds: the date in three boxes, attendees' ids, one decision per line. */
	public record MeetingForm(String day, String month, String year, List<String> attendees, String decisions,
			String chair, String secretary, String treasurer) {

		public static MeetingForm empty() {
			return new MeetingForm("", "", "", List.of(), "", "", "", "");
		}

		public List<String> attendeesOrEmpty() {
			return attendees == null ? List.of() : attendees;
		}
	}

	/** The outcome of the meeting form: the problems, field by field (message keys), empty when it was recorded. */
	public Map<String, String> holdFoundingMeeting(OrganisationId organisation, MeetingForm form, PersonId by) {
		requireAdministrator(organisation, by);
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate date = null;
		try {
			date = LocalDate.of(Integer.parseInt(form.year().strip()), Integer.parseInt(form.month().strip()),
					Integer.parseInt(form.day().strip()));
		}
		catch (RuntimeException ex) {
			problems.put("day", "groups.meeting.date.invalid");
		}
		Set<PersonId> attendees = new LinkedHashSet<>();
		for (String id : form.attendeesOrEmpty()) {
			person(id).ifPresent(attendees::add);
		}
		if (attendees.isEmpty()) {
			problems.put("attendees", "groups.meeting.attendees.missing");
		}
		List<String> decisions = form.decisions() == null ? List.of()
				: Arrays.stream(form.decisions().split("\\R")).map(String::strip).filter(d -> !d.isEmpty()).toList();
		if (decisions.isEmpty()) {
			problems.put("decisions", "groups.meeting.decisions.missing");
		}
		else if (decisions.size() > FoundingMeeting.MAX_DECISIONS
				|| decisions.stream().anyMatch(d -> d.length() > FoundingMeeting.MAX_DECISION)) {
			problems.put("decisions", "groups.meeting.decisions.tooLong");
		}
		Map<Office, PersonId> officers = new EnumMap<>(Office.class);
		String[] chosen = { form.chair(), form.secretary(), form.treasurer() };
		for (Office office : Office.values()) {
			Optional<PersonId> holder = person(chosen[office.ordinal()]);
			if (holder.isPresent()) {
				if (!attendees.contains(holder.get())) {
					problems.put(office.name().toLowerCase(java.util.Locale.ROOT), "groups.meeting.officer.notAttending");
				}
				officers.put(office, holder.get());
			}
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		Formation formation = load(organisation);
		try {
			formation.holdFoundingMeeting(new FoundingMeeting(date, attendees, decisions, officers), clock.instant());
		}
		catch (FormationRefused refused) {
			String field = refused.reason().endsWith("meetingInFuture") ? "day" : "attendees";
			return Map.of(field, refused.reason());
		}
		save(formation);
		return Map.of();
	}

	public void tick(OrganisationId organisation, NextStep step, boolean done, PersonId by) {
		requireAdministrator(organisation, by);
		Formation formation = load(organisation);
		if (done) {
			formation.tick(step, clock.instant());
		}
		else {
			formation.untick(step);
		}
		save(formation);
	}

	private Formation load(OrganisationId organisation) {
		return formations.find(organisation, true)
			.orElseThrow(() -> new FormationRefused("groups.formation.refused.notForming"));
	}

	private void save(Formation formation) {
		formations.save(formation, clock.instant());
		formation.takeEvents().forEach(events::publishEvent);
	}

	private void requireAdministrator(OrganisationId organisation, PersonId by) {
		if (!organisations.isAdministrator(organisation, by)) {
			throw new AccessDeniedException("Only the group's administrators may do this");
		}
	}

	private static Optional<PersonId> person(String id) {
		try {
			return id == null || id.isBlank() ? Optional.empty() : Optional.of(new PersonId(Long.parseLong(id.strip())));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}
}
