package org.bigsociety.groups.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bigsociety.groups.formation.ConstitutionTemplate;
import org.bigsociety.groups.formation.Formation;
import org.bigsociety.groups.formation.NextStep;
import org.bigsociety.groups.organisation.Office;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.PersonSummary;

/**
 * How a group's formation shows on its pages. Founders' and attendees' names are filled in only for those who may
 * see the member list; everyone sees the counts, the constitution, the decisions and the checklist.
 */
record FormationView(String stage, int founders, int foundersNeeded, List<Named> founderNames, boolean viewerIsFounder,
		ConstitutionTemplate constitution, LocalDate meetingDate, int attendeeCount, List<Named> attendees,
		List<String> decisions, Map<String, String> officers, List<Step> steps, Instant formedAt) {

	record Named(long id, String name) {
	}

	record Step(String key, boolean done, Instant doneAt) {
	}

	static FormationView of(Formation formation, PersonId viewer, boolean namesVisible, People people) {
		List<Named> founderNames = new ArrayList<>();
		if (namesVisible) {
			formation.founders().forEach(f -> founderNames.add(new Named(f.value(), name(people, f))));
		}
		List<Named> attendees = new ArrayList<>();
		Map<String, String> officers = new LinkedHashMap<>();
		var meeting = formation.meeting();
		if (meeting != null && namesVisible) {
			meeting.attendees().forEach(a -> attendees.add(new Named(a.value(), name(people, a))));
			for (Office office : Office.values()) {
				PersonId holder = meeting.officers().get(office);
				if (holder != null) {
					officers.put(office.name(), name(people, holder));
				}
			}
		}
		List<Step> steps = new ArrayList<>();
		for (NextStep step : NextStep.values()) {
			Instant at = formation.steps().get(step);
			steps.add(new Step(step.name(), at != null, at));
		}
		return new FormationView(formation.stage().name(), formation.founders().size(), formation.foundersNeeded(),
				founderNames, viewer != null && formation.isFounder(viewer), formation.constitution(),
				meeting == null ? null : meeting.date(), meeting == null ? 0 : meeting.attendees().size(), attendees,
				meeting == null ? List.of() : meeting.decisions(), officers, steps, formation.formedAt());
	}

	public boolean formed() {
		return "FORMED".equals(stage);
	}

	public long stepsDone() {
		return steps.stream().filter(Step::done).count();
	}

	private static String name(People people, PersonId person) {
		return people.find(person).map(PersonSummary::displayName).orElse("Former member");
	}
}
