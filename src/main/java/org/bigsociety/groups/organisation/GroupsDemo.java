package org.bigsociety.groups.organisation;

import java.util.List;
import java.util.Optional;

import org.bigsociety.groups.OrganisationId;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.Role;
import org.bigsociety.people.RoleScope;
import org.bigsociety.place.Area;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.bigsociety.platform.DemoContent;
import org.springframework.stereotype.Component;

/**
 * The demo's Hackney organisations, one of several legal forms each, with made-up names and numbers in the right form
 * but outside the ranges the real registers have reached (charity 99xxxxxx, company 99xxxxxx, society 99xxxR). The
 * demo group administrator ({@code groupadmin@demo.bigsociety.org.uk}) runs the first two. Their slugs are stable, so
 * tests and links can use them.
 */
@Component
class GroupsDemo implements DemoContent {

	static final String HACKNEY = "E09000012";
	/** Run by the demo group administrator. */
	static final String RESIDENTS = "mapledene-road-residents-association";
	static final String FOOD_SHARE = "hackney-downs-food-share";

	record Demo(String name, String form, String charity, String company, String society, String purpose,
			String postcode, String reach, String email, String website) {
	}

	static final List<Demo> ORGANISATIONS = List.of(
			new Demo("Mapledene Road Residents' Association", "UNINCORPORATED_ASSOCIATION", null, null, null,
					"Neighbours on Mapledene Road and the streets around it, working together to keep them safe, green and friendly: street parties, planting and a say with the council.",
					"E8 4UT", "LOCAL", "hello@mapledene.example.org", null),
			new Demo("Hackney Downs Food Share", "CHARITY", "99000101", null, null,
					"Collects surplus food from local shops and shares it, with no questions asked, at weekly pantries and a Saturday community lunch.",
					"E5 8GB", "BOROUGH", "pantry@foodshare.example.org", "https://foodshare.example.org"),
			new Demo("Well Street Youth Trust", "CHARITABLE_INCORPORATED_ORGANISATION", "99000202", null, null,
					"Runs an after-school youth club, homework help and summer activities for young people aged 11 to 18 around Well Street.",
					"E9 7XY", "LOCAL", "club@wellstreetyouth.example.org", null),
			new Demo("Dalston Repair Café CIC", "COMMUNITY_INTEREST_COMPANY", null, "99000303", null,
					"Volunteer fixers mend clothes, bikes, toasters and laptops with their owners, keeping things out of landfill and passing on skills.",
					"E8 2QX", "BOROUGH", "fix@dalstonrepair.example.org", "https://dalstonrepair.example.org"),
			new Demo("Clapton Community Energy", "COMMUNITY_BENEFIT_SOCIETY", null, null, "99004R",
					"A community-owned society putting solar panels on local roofs, with the surplus funding energy advice for households in fuel poverty.",
					"E5 9NB", "BOROUGH", "shares@claptonenergy.example.org", null),
			new Demo("Homerton Childcare Co-operative", "CO_OPERATIVE_SOCIETY", null, null, "99005R",
					"A parent-run co-operative nursery: families share the running of it and the care, with two qualified staff.",
					"E9 6AA", "LOCAL", null, null),
			new Demo("Stoke Newington Faith Forum", "FAITH_GROUP", null, null, null,
					"Churches, mosques, synagogues and temples of Stoke Newington meeting to run a winter night shelter and interfaith events.",
					"N16 0AB", "LOCAL", "forum@stokeyfaith.example.org", null),
			new Demo("Hackney Deaf Voices", "USER_LED_ORGANISATION", null, null, null,
					"Run by and for Deaf people in Hackney: BSL coffee mornings, peer advice and campaigns for accessible services.",
					"E8 1DY", "BOROUGH", null, null),
			new Demo("Kingsland Care Mutual", "PUBLIC_SERVICE_MUTUAL", null, "99000909", null,
					"Home care staff who left the council to run the service themselves, owned by the people who work in it.",
					"E8 7FS", "BOROUGH", null, null),
			new Demo("Shacklewell Primary School", "SCHOOL", null, null, null,
					"A community primary school that opens its hall and playground to local groups at weekends.",
					"E8 5HZ", "LOCAL", null, null),
			new Demo("Hackney Council Libraries", "PUBLIC_BODY", null, null, null,
					"The borough's public libraries: books, computers, free wifi, baby rhyme time and help with forms.",
					"E8 1DY", "BOROUGH", null, null),
			new Demo("Chatsworth Road Bakery", "MICRO_BUSINESS", null, null, null,
					"A three-person bakery that gives its end-of-day bread to the food share and hosts a monthly street lunch.",
					"E5 5AP", "LOCAL", null, null));

	private final OrganisationProfiles profiles;
	private final Memberships memberships;
	private final People people;
	private final Places places;

	GroupsDemo(OrganisationProfiles profiles, Memberships memberships, People people, Places places) {
		this.profiles = profiles;
		this.memberships = memberships;
		this.people = people;
		this.places = places;
	}

	@Override
	public String name() {
		return "groups: Hackney organisations";
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public void load() {
		Optional<Area> hackney = places.byGssCode(new GssCode(HACKNEY));
		if (hackney.isEmpty()) {
			return;
		}
		List<PersonId> residents = people.livingIn(hackney.get().id(), 1000);
		Optional<PersonId> groupAdmin = residents.stream()
			.filter(p -> people.holds(p, Role.GROUP_ADMIN, RoleScope.area(hackney.get().id()))
					&& !people.holds(p, Role.ADMINISTRATOR, RoleScope.platform()))
			.findFirst();
		// The made-up residents who cannot sign in: the people module loads them first, so they come first by id.
		List<PersonId> neighbours = residents.stream().filter(p -> !groupAdmin.equals(Optional.of(p))).limit(300).toList();
		if (neighbours.size() < 60) {
			return;
		}
		int next = 0;
		for (int i = 0; i < ORGANISATIONS.size(); i++) {
			Demo demo = ORGANISATIONS.get(i);
			PersonId founder = i < 2 && groupAdmin.isPresent() ? groupAdmin.get() : neighbours.get(next++);
			OrganisationProfiles.Outcome outcome = profiles.register(new OrganisationForm(demo.name(), demo.form(),
					demo.charity(), demo.company(), demo.society(), demo.purpose(), demo.postcode(), demo.reach(),
					demo.email(), null, demo.website()), founder);
			if (!outcome.ok()) {
				throw new IllegalStateException("Demo organisation " + demo.name() + " refused: " + outcome.problems());
			}
			OrganisationId id = profiles.bySlug(outcome.slug()).orElseThrow().id();
			memberships.enrol(id, founder, MemberRole.ADMINISTRATOR, null, false);
			PersonId chair = neighbours.get(next++);
			PersonId secretary = neighbours.get(next++);
			memberships.enrol(id, chair, MemberRole.MEMBER, Office.CHAIR, false);
			memberships.enrol(id, secretary, MemberRole.MEMBER, Office.SECRETARY, false);
			for (int m = 0; m < 3 + i % 4; m++) {
				memberships.enrol(id, neighbours.get((next + 7 * m + i) % neighbours.size()), MemberRole.MEMBER, null,
						false);
			}
			if (i == 0) {
				memberships.requestToJoin(id, neighbours.get(250), "I moved to Mapledene Road last month and would love to help with the planting.");
			}
		}
	}
}
