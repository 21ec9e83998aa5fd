package org.bigsociety.participation.petitions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bigsociety.participation.PetitionId;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.PersonSummary;
import org.bigsociety.place.Area;
import org.bigsociety.place.AreaId;
import org.bigsociety.place.AreaType;
import org.bigsociety.place.Doorstep;
import org.bigsociety.place.Places;
import org.bigsociety.place.Postcode;
import org.springframework.stereotype.Service;

/**
 * Starting a petition: a signed-in person writes it for their council area or their own neighbourhood, checks the
 * petitions like it, and gets a link for five supporters. Once five have confirmed it goes to the moderators.
 */
@Service
public class PetitionCreation {

	/** The levels a petition can be addressed to: the council, or a part of it. */
	static final Set<AreaType> PETITION_LEVELS = EnumSet.of(AreaType.LOCAL_AUTHORITY, AreaType.WARD, AreaType.PARISH,
			AreaType.NEIGHBOURHOOD);

	/** What the creator typed. {@code area} is the id of one of the {@link #areasFor} choices. */
	public record Draft(String title, String background, String details, Long area) {
	}

	/** The outcome: the new petition, or the problems (message keys by field). */
	public record Created(PetitionId petition, Map<String, String> problems) {
	}

	private final PetitionStore store;
	private final People people;
	private final Places places;
	private final Clock clock;

	PetitionCreation(PetitionStore store, People people, Places places, Clock clock) {
		this.store = store;
		this.people = people;
		this.places = places;
		this.clock = clock;
	}

	/**
	 * The areas this person may petition: their council and the areas inside it that they live in, from the postcode
	 * they typed or else the one on their account, largest first. Empty if neither is known.
	 */
	public List<Area> areasFor(PersonId person, String postcode) {
		Optional<List<Area>> chain = Optional.empty();
		if (postcode != null && !postcode.isBlank()) {
			try {
				chain = places.locate(Postcode.parse(postcode)).map(Doorstep::chain);
			}
			catch (IllegalArgumentException ex) {
				chain = Optional.empty();
			}
		}
		if (chain.isEmpty()) {
			chain = people.find(person).map(PersonSummary::area).map(places::chain);
		}
		List<Area> choices = new ArrayList<>();
		chain.orElse(List.of()).stream().filter(area -> PETITION_LEVELS.contains(area.type())).forEach(choices::add);
		return choices;
	}

	public static Map<String, String> problemsWith(Draft draft, List<Area> choices) {
		Map<String, String> problems = new LinkedHashMap<>();
		check(problems, "title", draft.title(), Petition.MAX_TITLE, true);
		check(problems, "background", draft.background(), Petition.MAX_BACKGROUND, true);
		check(problems, "details", draft.details(), Petition.MAX_DETAILS, false);
		if (draft.area() == null || choices.stream().noneMatch(area -> area.id().value() == draft.area())) {
			problems.put(choices.isEmpty() ? "postcode" : "area",
					choices.isEmpty() ? "petitions.new.postcode.needed" : "petitions.new.area.missing");
		}
		return problems;
	}

	private static void check(Map<String, String> problems, String field, String value, int max, boolean required) {
		String text = value == null ? "" : value.strip();
		if (required && text.isEmpty()) {
			problems.put(field, "petitions.new." + field + ".missing");
		}
		else if (text.length() > max) {
			problems.put(field, "petitions.new." + field + ".tooLong");
		}
	}

	/** Creates the petition, collecting supporters, if the draft has no problems. */
	public Created create(PersonId creator, Draft draft, String postcode) {
		List<Area> choices = areasFor(creator, postcode);
		Map<String, String> problems = problemsWith(draft, choices);
		if (!problems.isEmpty()) {
			return new Created(null, problems);
		}
		PetitionId id = store.create(new AreaId(draft.area()), creator, draft.title().strip(), draft.background().strip(),
				draft.details() == null ? "" : draft.details().strip(), Secret.random().value(), clock.instant());
		return new Created(id, Map.of());
	}
}
