package org.bigsociety.action.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

import org.bigsociety.action.EventId;
import org.bigsociety.action.events.BigSocietyDays;
import org.bigsociety.action.events.EventKind;
import org.bigsociety.action.events.EventProposal;
import org.bigsociety.action.events.Events;
import org.bigsociety.action.events.SignUps;
import org.bigsociety.action.events.Typed;
import org.bigsociety.action.organisers.ListeningCampaigns;
import org.bigsociety.action.organisers.Training;
import org.bigsociety.action.organisers.TrainingModule;
import org.bigsociety.action.volunteering.Application;
import org.bigsociety.action.volunteering.Applications;
import org.bigsociety.action.volunteering.Cause;
import org.bigsociety.action.volunteering.Employers;
import org.bigsociety.action.volunteering.Frequency;
import org.bigsociety.action.volunteering.Opportunities;
import org.bigsociety.action.volunteering.Opportunity;
import org.bigsociety.action.volunteering.OpportunityProposal;
import org.bigsociety.groups.OrganisationId;
import org.bigsociety.groups.OrganisationSummary;
import org.bigsociety.groups.Organisations;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.PersonSummary;
import org.bigsociety.people.Role;
import org.bigsociety.people.RoleScope;
import org.bigsociety.place.Area;
import org.bigsociety.place.Doorstep;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.bigsociety.place.Postcode;
import org.bigsociety.platform.DemoContent;
import org.bigsociety.timebank.TimeBankId;
import org.bigsociety.timebank.TimeBanks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The demo's social action in Hackney, dated from the clock so it is always current: events coming up (some run by
 * the demo organiser, some by the demo groups), a Big Society Day on the Saturday at least two weeks ahead, a full
 * event with a waiting list, and a litter pick that happened five days ago whose attendance the demo organiser has
 * still to record. Rows have fixed ids below 1000 (see docs/action.md) so tests and links can name them.
 */
@Component
class ActionDemo implements DemoContent {

	static final GssCode HACKNEY = new GssCode("E09000012");

	/** The demo organiser's own litter pick: the example for organiser-only pages. */
	static final long ORGANISERS_EVENT = 1;
	/** Run by the demo group administrator's residents' association. */
	static final long GROUP_ADMINS_EVENT = 3;
	static final long FULL_EVENT = 6;
	static final long PAST_EVENT = 7;
	static final long BIG_SOCIETY_DAY = 1;
	/** The demo organiser's own opportunity, with applications waiting. */
	static final long ORGANISERS_OPPORTUNITY = 1;
	/** The demo organiser's listening campaign. */
	static final long LISTENING_CAMPAIGN = 1;

	private final Events events;
	private final SignUps signUps;
	private final Opportunities opportunities;
	private final Applications applications;
	private final Employers employers;
	private final BigSocietyDays days;
	private final Training training;
	private final ListeningCampaigns campaigns;
	private final People people;
	private final Places places;
	private final Organisations organisations;
	private final ObjectProvider<TimeBanks> timeBanks;
	private final Clock clock;

	ActionDemo(Events events, SignUps signUps, Opportunities opportunities, Applications applications,
			Employers employers, BigSocietyDays days, Training training, ListeningCampaigns campaigns, People people,
			Places places,
			Organisations organisations, ObjectProvider<TimeBanks> timeBanks, Clock clock) {
		this.events = events;
		this.signUps = signUps;
		this.opportunities = opportunities;
		this.applications = applications;
		this.employers = employers;
		this.days = days;
		this.training = training;
		this.campaigns = campaigns;
		this.people = people;
		this.places = places;
		this.organisations = organisations;
		this.timeBanks = timeBanks;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "action: Hackney events, Big Society Day, volunteering and organisers";
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public void load() {
		Optional<Area> hackney = places.byGssCode(HACKNEY);
		if (hackney.isEmpty()) {
			return;
		}
		List<PersonId> residents = people.livingIn(hackney.get().id(), 400);
		Optional<PersonId> organiser = residents.stream()
			.filter(p -> people.holds(p, Role.ORGANISER, RoleScope.area(hackney.get().id()))
					&& !people.holds(p, Role.ADMINISTRATOR, RoleScope.platform()))
			.findFirst();
		if (organiser.isEmpty() || residents.size() < 100) {
			return;
		}
		List<PersonId> neighbours = residents.stream().limit(300).toList();
		loadEvents(hackney.get(), organiser.get(), neighbours);
		loadVolunteering(hackney.get(), organiser.get(), neighbours);
		loadOrganising(organiser.get());
	}

	/** The demo organiser's training so far, and a listening campaign whose themes fill Hackney's public page. */
	private void loadOrganising(PersonId organiser) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), Typed.LONDON);
		training.save(organiser, TrainingModule.FOUNDATION, today.minusMonths(8));
		training.save(organiser, TrainingModule.LISTENING, today.minusMonths(7));
		training.save(organiser, TrainingModule.MAPPING, today.minusMonths(6));
		training.save(organiser, TrainingModule.SAFEGUARDING, today.minusMonths(5));
		Doorstep home = places.locate(Postcode.parse("E8 1DY")).orElseThrow();
		long campaign = campaigns.startForDemo(LISTENING_CAMPAIGN, "Listening around Dalston Lane", organiser,
				home.smallest());
		String[] postcodes = { "E8 1DY", "E5 0LL", "E9 6AA", "N16 0AB" };
		String[][] heard = { { "loneliness", "nowhere for teenagers to go" }, { "housing repairs", "loneliness" },
				{ "litter and fly-tipping", "housing repairs" }, { "nowhere for teenagers to go", "speeding traffic" },
				{ "loneliness", "cost of food" }, { "housing repairs", "damp and mould" },
				{ "cost of food", "nowhere for teenagers to go" }, { "loneliness" }, { "speeding traffic" },
				{ "litter and fly-tipping", "loneliness", "housing repairs" } };
		String[] followUps = { "Invited to the coffee morning at the library.", "", "Told them about the litter pick.",
				"Will raise the traffic at the ward forum.", "", "Passed on the council repairs line.", "", "", "", "" };
		for (int i = 0; i < heard.length; i++) {
			Doorstep where = places.locate(Postcode.parse(postcodes[i % postcodes.length])).orElse(home);
			campaigns.logForDemo(campaign, today.minusDays(40 - i * 4L), where.chain(), 1 + i % 4, List.of(heard[i]),
					followUps[i]);
		}
	}

	private void loadVolunteering(Area hackney, PersonId organiser, List<PersonId> neighbours) {
		OrganisationId foodShare = group("hackney-downs-food-share");
		OrganisationId youthTrust = group("well-street-youth-trust");
		OrganisationId repairCafe = group("dalston-repair-cafe-cic");
		long befriending = opportunity(ORGANISERS_OPPORTUNITY, "Befriending older neighbours", Cause.OLDER_PEOPLE,
				"Visit an older neighbour who lives alone for a cup of tea and a chat, once a week. We match you with "
						+ "someone near you and check in with you both after the first month.",
				List.of("listening", "patience"), 60, Frequency.WEEKLY, true, "E8 1DY", null, organiser,
				List.of(new OpportunityProposal.RoleDraft("Befriender", "A weekly visit of about an hour.", 6),
						new OpportunityProposal.RoleDraft("Phone friend",
								"A weekly phone call, for those who would rather not visit.", 4)));
		long drivers = opportunity(2, "Drivers for the Saturday food share", Cause.FOOD,
				"Collect surplus food from shops around the borough in our van and bring it to the pantry. You need a "
						+ "full driving licence held for two years.",
				List.of("driving"), 180, Frequency.WEEKLY, false, "E5 8GB", foodShare, null,
				List.of(new OpportunityProposal.RoleDraft("Van driver", "Drive the van on a Saturday morning round.", 3),
						new OpportunityProposal.RoleDraft("Driver’s mate", "Help load and unload.", 3)));
		opportunity(3, "Homework club helpers", Cause.YOUNG_PEOPLE,
				"Help young people aged 11 to 16 with their homework after school, in a friendly club with a youth "
						+ "worker always there.",
				List.of("maths", "english", "science"), 120, Frequency.WEEKLY, true, "E9 7XY", youthTrust, null,
				List.of(new OpportunityProposal.RoleDraft("Homework helper", "Tuesday or Thursday, 4pm to 6pm.", 5)));
		opportunity(4, "Fixers for the repair café", Cause.ENVIRONMENT,
				"Share what you know about mending clothes, bikes, lamps or laptops at our monthly repair café.",
				List.of("sewing", "bike repair", "electrics"), 240, Frequency.MONTHLY, false, "E8 2QX", repairCafe, null,
				List.of(new OpportunityProposal.RoleDraft("Fixer", "Mend things alongside their owners.", 8),
						new OpportunityProposal.RoleDraft("Welcome desk", "Greet people and keep the queue moving.", 2)));
		Opportunity first = opportunities.get(befriending);
		applications.applyForDemo(first.roles().get(0).id(), neighbours.get(150),
				"I am retired and live on the next street. I would love to visit someone.", Application.Status.APPLIED);
		applications.applyForDemo(first.roles().get(0).id(), neighbours.get(151),
				"I can do Wednesday afternoons.", Application.Status.ACCEPTED);
		applications.applyForDemo(first.roles().get(1).id(), neighbours.get(152), "", Application.Status.APPLIED);
		Opportunity second = opportunities.get(drivers);
		applications.applyForDemo(second.roles().get(0).id(), neighbours.get(153),
				"I have driven a van for work for ten years.", Application.Status.ACCEPTED);

		long council = employers.registerForDemo(1, "London Borough of Hackney", Employers.Sector.PUBLIC, null);
		long bakery = employers.registerForDemo(2, "Chatsworth Road Bakery", Employers.Sector.PRIVATE, null);
		LocalDate today = LocalDate.ofInstant(clock.instant(), Typed.LONDON);
		Cause[] causes = { Cause.OLDER_PEOPLE, Cause.ENVIRONMENT, Cause.FOOD, Cause.YOUNG_PEOPLE };
		for (int i = 0; i < 24; i++) {
			int n = i;
			PersonId person = neighbours.get(160 + n % 12);
			long employer = n % 12 < 9 ? council : bakery;
			employers.join(person, employer);
			people.find(person).map(PersonSummary::area).ifPresent(area -> employers.insertHours(employer, person,
					area, causes[n % causes.length], 60 + 30 * (n % 5), today.minusDays(3 + n * 4L)));
		}
	}

	private void loadEvents(Area hackney, PersonId organiser, List<PersonId> neighbours) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), Typed.LONDON);
		LocalDate bigDay = today.plusDays(14).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
		days.declareForDemo(BIG_SOCIETY_DAY, bigDay, hackney);
		TimeBankId timeBank = Optional.ofNullable(timeBanks.getIfAvailable())
			.flatMap(banks -> banks.serving(hackney.id()).stream().findFirst())
			.map(TimeBanks.TimeBankSummary::id)
			.orElse(null);
		OrganisationId residentsAssociation = group("mapledene-road-residents-association");
		OrganisationId foodShare = group("hackney-downs-food-share");
		OrganisationId repairCafe = group("dalston-repair-cafe-cic");

		event(ORGANISERS_EVENT, "Litter pick on London Fields", EventKind.LITTER_PICK, today.plusDays(4), "10:00",
				"12:30", "E8 1DY", "Meet at the bandstand, London Fields", 25,
				"We will walk the park’s paths and the edges of the football pitches, filling bags as we go. Gloves, "
						+ "pickers and bags are provided. Children are welcome with an adult.",
				"The meeting point is on a flat tarmac path. The park’s accessible toilet is by the lido. Pickers "
						+ "with long handles mean you do not need to bend.",
				null, organiser, timeBank, 120, neighbours.subList(0, 8));
		event(2, "Listening café: what would make Dalston better?", EventKind.MEETING, today.plusDays(6), "18:30",
				"20:00", "E8 2QX", "Dalston CLR James Library, community room", 30,
				"Tea, cake and a conversation. Tell us what you love about where you live, what worries you, and what "
						+ "you would change if you could. Everything we hear goes into the neighbourhood’s listening campaign.",
				"Step-free entrance and lift. Hearing loop in the community room. A British Sign Language interpreter "
						+ "if you ask by the day before.",
				null, organiser, null, null, neighbours.subList(10, 16));
		event(GROUP_ADMINS_EVENT, "Mapledene Road street lunch", EventKind.STREET_LUNCH, bigDay, "12:00", "16:00",
				"E8 4UT", "Mapledene Road (closed to traffic for the day)", 60,
				"The road is closed for the afternoon. Bring a dish to share, a chair and your neighbours. There will be "
						+ "a table for swapping plants and books.",
				"The road is level. Chairs in the shade for anyone who needs them. The community hall toilet at number 2 "
						+ "is step-free.",
				residentsAssociation, organiser, null, null, neighbours.subList(20, 45));
		event(4, "Community lunch at the food share", EventKind.SOCIAL, bigDay, "12:30", "14:30", "E5 8GB",
				"Hackney Downs Food Share pantry, Downs Park Road", 30,
				"A hot two-course lunch cooked by volunteers from food that would otherwise go to waste. Everyone "
						+ "welcome; pay what you can or nothing.",
				"Ground-floor hall with a ramp at the side door. Vegetarian, vegan and halal food. Quiet table by the "
						+ "window.",
				foodShare, organiser, null, null, neighbours.subList(50, 62));
		event(5, "Big Society Day planting on Hackney Downs", EventKind.GARDENING, bigDay, "10:00", "13:00",
				"E5 8GB", "Hackney Downs, by the tennis courts", 20,
				"Planting 500 spring bulbs and a new hedge along the park’s north edge with the park’s gardeners. "
						+ "Tools and gloves provided.",
				"Grass and soft ground; raised planters for anyone who would rather sit. Toilets in the park pavilion.",
				null, organiser, timeBank, 180, neighbours.subList(70, 80));
		event(FULL_EVENT, "Canal towpath clean-up", EventKind.CLEAN_UP, bigDay, "14:00", "16:00", "E9 6AA",
				"Regent’s Canal towpath, by Mare Street bridge", 12,
				"Clearing litter from the towpath and, with the Canal and River Trust’s boat, from the water.",
				"The towpath is narrow and uneven in places, with steps down from Mare Street and a ramp at Sheep Lane.",
				null, organiser, null, null, neighbours.subList(90, 105));
		event(PAST_EVENT, "Litter pick on Well Street Common", EventKind.LITTER_PICK, today.minusDays(5), "10:00",
				"12:00", "E9 7XY", "Well Street Common, by the playground", 15,
				"A morning clearing the common of litter before the winter.",
				"Flat paths; the café by the playground has an accessible toilet.",
				null, organiser, timeBank, 120, neighbours.subList(110, 120));
		event(8, "Repair café", EventKind.OTHER, today.plusDays(10), "11:00", "15:00", "E8 2QX",
				"St Mark’s church hall, Sandringham Road", 40,
				"Bring something broken and fix it with one of our volunteer fixers: clothes, bikes, lamps, toasters, "
						+ "laptops.",
				"Step-free hall. Tables at seated and standing height.",
				repairCafe, organiser, null, null, neighbours.subList(130, 140));
	}

	private long opportunity(long id, String title, Cause cause, String description, List<String> skills,
			int minutes, Frequency frequency, boolean dbs, String postcode, OrganisationId organisation,
			PersonId organiser, List<OpportunityProposal.RoleDraft> roles) {
		Doorstep doorstep = places.locate(Postcode.parse(postcode)).orElseThrow();
		return opportunities.postForDemo(id, new OpportunityProposal.Draft(title, description, cause, skills, minutes,
				frequency, dbs, doorstep, organisation == null ? null : organisation.value(), roles),
				organisation == null ? organiser : null);
	}

	private OrganisationId group(String slug) {
		return organisations.bySlug(slug).map(OrganisationSummary::id).orElse(null);
	}

	private void event(long id, String title, EventKind kind, LocalDate day, String from, String to,
			String postcode, String address, int capacity, String description, String accessibility,
			OrganisationId organisation, PersonId organiser, TimeBankId timeBank, Integer minutes,
			List<PersonId> signedUp) {
		Doorstep doorstep = places.locate(Postcode.parse(postcode)).orElse(null);
		if (doorstep == null) {
			return;
		}
		Instant starts = day.atTime(LocalTime.parse(from)).atZone(Typed.LONDON).toInstant();
		Instant ends = day.atTime(LocalTime.parse(to)).atZone(Typed.LONDON).toInstant();
		boolean credited = timeBank != null;
		EventId event = events.scheduleForDemo(id,
				new EventProposal.Draft(title, description, kind, starts, ends, doorstep, address, capacity,
						accessibility, organisation == null ? null : organisation.value(),
						credited ? timeBank.value() : null, credited ? minutes : null),
				organisation, organisation == null ? organiser : null);
		signedUp.forEach(person -> signUps.bookForDemo(event, person));
	}
}
