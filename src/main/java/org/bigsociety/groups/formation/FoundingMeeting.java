package org.bigsociety.groups.formation;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bigsociety.groups.organisation.Office;
import org.bigsociety.people.PersonId;

/**
 * The meeting at which the founders adopt the constitution and the group is formed: when, which founders attended,
 * what they decided (one decision per line), and whom they elected to each office.
 */
public record FoundingMeeting(LocalDate date, Set<PersonId> attendees, List<String> decisions,
		Map<Office, PersonId> officers) {

	public static final int MAX_DECISIONS = 30;
	public static final int MAX_DECISION = 300;

	public FoundingMeeting {
		if (date == null) {
			throw new IllegalArgumentException("A founding meeting has a date");
		}
		attendees = Set.copyOf(attendees);
		decisions = decisions.stream().map(String::strip).filter(d -> !d.isEmpty()).toList();
		if (decisions.isEmpty() || decisions.size() > MAX_DECISIONS
				|| decisions.stream().anyMatch(d -> d.length() > MAX_DECISION)) {
			throw new IllegalArgumentException("A founding meeting records between 1 and 30 decisions of at most 300 characters");
		}
		officers = officers.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(officers));
		if (!attendees.containsAll(officers.values())) {
			throw new IllegalArgumentException("Officers are elected from the founders who attended");
		}
	}
}
