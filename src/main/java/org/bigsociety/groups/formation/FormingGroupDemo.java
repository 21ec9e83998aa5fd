package org.bigsociety.groups.formation;

import java.util.List;
import java.util.Optional;

import org.bigsociety.groups.Organisations;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.Role;
import org.bigsociety.people.RoleScope;
import org.bigsociety.place.Area;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.bigsociety.groups.organisation.OrganisationProfiles;
import org.bigsociety.platform.DemoContent;
import org.springframework.stereotype.Component;

/**
 * A demo group being formed: proposed by the demo group administrator, with one neighbour already a founder, so it
 * needs one more before it can choose its constitution. Its slug, {@code haggerston-street-lunch}, is stable.
 */
@Component
class FormingGroupDemo implements DemoContent {

	static final String SLUG = "haggerston-street-lunch";

	private final OrganisationProfiles profiles;
	private final GroupFormation formation;
	private final Organisations organisations;
	private final People people;
	private final Places places;

	FormingGroupDemo(OrganisationProfiles profiles, GroupFormation formation, Organisations organisations,
			People people, Places places) {
		this.profiles = profiles;
		this.formation = formation;
		this.organisations = organisations;
		this.people = people;
		this.places = places;
	}

	@Override
	public String name() {
		return "groups: a group being formed";
	}

	@Override
	public int order() {
		return 41;
	}

	@Override
	public void load() {
		Optional<Area> hackney = places.byGssCode(new GssCode("E09000012"));
		if (hackney.isEmpty()) {
			return;
		}
		List<PersonId> residents = people.livingIn(hackney.get().id(), 1000);
		Optional<PersonId> groupAdmin = residents.stream()
			.filter(p -> people.holds(p, Role.GROUP_ADMIN, RoleScope.area(hackney.get().id()))
					&& !people.holds(p, Role.ADMINISTRATOR, RoleScope.platform()))
			.findFirst();
		if (groupAdmin.isEmpty() || residents.size() < 20) {
			return;
		}
		OrganisationProfiles.Outcome proposed = profiles.propose(new OrganisationProfiles.ProposalForm(
				"Haggerston Street Lunch",
				"Close our street to traffic for a long table lunch every June, so neighbours who have only ever nodded to each other sit down together.",
				"E8 4UT", "LOCAL"), groupAdmin.get(), "Neighbours don't know each other");
		if (!proposed.ok() || !SLUG.equals(proposed.slug())) {
			throw new IllegalStateException("The demo group being formed was refused: " + proposed.problems());
		}
		formation.join(organisations.bySlug(SLUG).orElseThrow().id(), residents.get(17));
	}
}
