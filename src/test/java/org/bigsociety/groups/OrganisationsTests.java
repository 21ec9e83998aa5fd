package org.bigsociety.groups;

import java.util.List;
import java.util.UUID;

import org.bigsociety.IntegrationTest;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.Area;
import org.bigsociety.place.AreaId;
import org.bigsociety.place.Coordinates;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The facade other modules use: proposing a group, finding it, who may act for it, and what is near a place. */
@IntegrationTest
class OrganisationsTests {

	@Autowired
	Organisations organisations;

	@Autowired
	Places places;

	@Autowired
	People people;

	Area hackney() {
		return places.byGssCode(new GssCode("E09000012")).orElseThrow();
	}

	Area aWard() {
		return places.children(hackney().id()).get(0);
	}

	List<PersonId> residents() {
		return people.livingIn(hackney().id(), 1000);
	}

	static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aProposedGroupIsFoundByIdAndSlugWithItsProposerAsAdministrator() {
		PersonId proposer = residents().get(0);
		String name = unique("Clapton Square Gardeners");
		OrganisationSummary group = organisations.propose(
				GroupProposal.of(name, "Look after the square's flower beds together.", aWard().id(), proposer));

		assertThat(group.name()).isEqualTo(name);
		assertThat(group.status()).isEqualTo(OrganisationStatus.PROPOSED);
		assertThat(group.area()).isEqualTo(aWard().id());
		assertThat(group.profilePath()).startsWith("/groups/clapton-square-gardeners-");
		assertThat(organisations.find(group.id())).contains(group);
		assertThat(organisations.bySlug(group.profilePath().substring("/groups/".length()))).contains(group);
		assertThat(organisations.isAdministrator(group.id(), proposer)).isTrue();
		assertThat(organisations.isMember(group.id(), proposer)).isTrue();
		assertThat(organisations.administeredBy(proposer)).contains(group);
	}

	@Test
	void aNeighbourIsNeitherMemberNorAdministratorButAPlatformAdministratorMayActForAny() {
		PersonId proposer = residents().get(1);
		PersonId neighbour = residents().get(2);
		OrganisationSummary group = organisations
			.propose(GroupProposal.of(unique("Street Lunch Crew"), "Street lunches in June.", aWard().id(), proposer));

		assertThat(organisations.isMember(group.id(), neighbour)).isFalse();
		assertThat(organisations.isAdministrator(group.id(), neighbour)).isFalse();
		assertThat(organisations.administeredBy(neighbour)).doesNotContain(group);
		PersonId platformAdministrator = residents().stream()
			.filter(p -> people.holds(p, org.bigsociety.people.Role.ADMINISTRATOR,
					org.bigsociety.people.RoleScope.platform()))
			.findFirst()
			.orElseThrow();
		assertThat(organisations.isAdministrator(group.id(), platformAdministrator)).isTrue();
	}

	@Test
	void twoGroupsOfTheSameNameGetDifferentAddresses() {
		String name = unique("Friends of the Park");
		OrganisationSummary first = organisations
			.propose(GroupProposal.of(name, "Care for the park.", aWard().id(), residents().get(3)));
		OrganisationSummary second = organisations
			.propose(GroupProposal.of(name, "Care for the park too.", aWard().id(), residents().get(4)));

		assertThat(second.profilePath()).isEqualTo(first.profilePath() + "-2");
	}

	@Test
	void aProposalFromAListeningThemeIsRecordedLikeAnyOther() {
		OrganisationSummary group = organisations.propose(new GroupProposal(unique("Teen Space"),
				"Somewhere for teenagers to go after school.", aWard().id(), residents().get(5),
				"Nothing for teenagers to do"));

		assertThat(group.status()).isEqualTo(OrganisationStatus.PROPOSED);
	}

	@Test
	void aGroupInAWardIsNearTheWardAndItsBoroughAndABoroughGroupIsNearEveryWard() {
		Area ward = aWard();
		Area otherWard = places.children(hackney().id()).get(1);
		OrganisationSummary local = organisations
			.propose(GroupProposal.of(unique("Ward Group"), "Local things.", ward.id(), residents().get(6)));
		OrganisationSummary boroughWide = organisations
			.propose(GroupProposal.of(unique("Borough Group"), "Borough things.", hackney().id(), residents().get(7)));

		assertThat(organisations.near(ward.id(), 1000)).contains(local, boroughWide);
		assertThat(organisations.near(hackney().id(), 1000)).contains(local, boroughWide);
		assertThat(organisations.near(otherWard.id(), 1000)).contains(boroughWide).doesNotContain(local);
	}

	@Test
	void groupsNearAPointAreNearestFirstWithinTheRadius() {
		Area ward = aWard();
		Coordinates centre = ward.centre().orElseThrow();
		OrganisationSummary local = organisations
			.propose(GroupProposal.of(unique("Point Group"), "Near the centre.", ward.id(), residents().get(8)));

		List<Organisations.NearbyOrganisation> near = organisations.near(centre, 500, 1000);
		assertThat(near).extracting(Organisations.NearbyOrganisation::organisation).contains(local);
		assertThat(near).extracting(Organisations.NearbyOrganisation::metres).isSorted().allMatch(m -> m <= 500);
		Coordinates farAway = new Coordinates(53.48, -2.24);
		assertThat(organisations.near(farAway, 2000, 1000)).extracting(Organisations.NearbyOrganisation::organisation)
			.doesNotContain(local);
	}

	@Test
	void refusesAProposalForAnUnknownAreaOrWithoutAPurpose() {
		assertThatIllegalArgumentException().isThrownBy(() -> organisations
			.propose(GroupProposal.of("Nowhere Group", "Nothing.", new AreaId(999_999_999), residents().get(0))));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> GroupProposal.of("No purpose", "  ", aWard().id(), residents().get(0)))
			.withMessageContaining("purpose");
	}

	@Test
	void unknownOrMalformedOrganisationsAreNotFound() {
		assertThat(organisations.find(new OrganisationId(999_999_999))).isEmpty();
		assertThat(organisations.bySlug("No Such/Slug")).isEmpty();
		assertThat(organisations.isAdministrator(new OrganisationId(999_999_999), residents().get(0))).isFalse();
	}
}
