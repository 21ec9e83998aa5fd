package org.bigsociety.participation.ideas;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.bigsociety.participation.IdeaOutcomeRecorded;
import org.bigsociety.participation.IdeasShortlisted;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.Area;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.bigsociety.platform.DemoContent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Three Hackney ideas calls with fixed ids, so links to them are stable: "Ideas for a greener Hackney" (id
 * {@value #GREENER}) with ideas, teams, supports, the panel's scores and a shortlist, signing up for its build weekend;
 * "Ideas for a kinder winter" (id {@value #WINTER}) still open for ideas, so the demo sign-ins can submit and support;
 * and last year's "Hackney street ideas 2025" (id {@value #FINISHED}) with its outcomes on the public record. The demo
 * sign-ins have submitted, supported and signed up for nothing, so they can try everything.
 */
@Component
class IdeasDemo implements DemoContent {

	static final long GREENER = 1;
	static final long WINTER = 2;
	static final long FINISHED = 3;

	private record Seed(String title, String problem, String proposal, String beneficiaries, int appeal) {
	}

	private static final List<Seed> GREEN = List.of(
			new Seed("Tool library in Dalston", "Most people need a drill twice a year but everyone buys one.",
					"A lending library of tools and garden kit in an empty shop unit, run by volunteers, with repair "
							+ "sessions on Saturdays.", "Renters and anyone without space to store tools.", 8),
			new Seed("Rain gardens on estate corners", "Drains on the estates flood after heavy rain and the corners are "
					+ "bare tarmac.", "Dig out four corners and plant rain gardens that soak up run-off, with residents "
							+ "looking after them.", "Residents of the Kingsmead and Wyke estates.", 7),
			new Seed("School streets with planters", "Parents idle engines at the school gates every morning.",
					"Close three streets to cars at drop-off and pick-up, with planters the pupils look after.",
					"Pupils, parents and neighbours of three primary schools.", 9),
			new Seed("Compost hub at the allotments", "Food waste from flats goes to landfill.", "A shared composting "
					+ "hub at Spring Hill allotments that takes caddies from nearby flats.",
					"Households in flats without gardens.", 5),
			new Seed("Cargo bike share for traders", "Market traders use vans for short trips.", "Three electric cargo "
					+ "bikes that Ridley Road traders book by the hour.", "Market traders and their customers.", 6),
			new Seed("Green roofs on bus shelters", "Bus shelters are hot in summer and grey all year.",
					"Plant sedum roofs on twenty shelters, starting with the busiest routes.", "Bus users and bees.", 4),
			new Seed("Swap shop for school uniforms", "Uniforms are dear and children outgrow them fast.",
					"A termly swap shop in school halls, with washing and mending by volunteers.",
					"Families with school-age children.", 6),
			new Seed("Canal clean-up club", "Litter builds up along the Regent's Canal towpath.", "A monthly clean-up "
					+ "with kit, a boat from the canal trust, and a map of hotspots shared with the council.",
					"Walkers, cyclists and wildlife on the canal.", 5));

	private static final List<Seed> WINTERS = List.of(
			new Seed("Warm welcome in libraries", "Some neighbours cannot afford to heat their homes all day.",
					"Evening warm spaces in three libraries with tea, games and advice on bills.",
					"Older and low-income residents.", 8),
			new Seed("Winter coat rail", "Children come to school without coats.", "Coat rails outside community "
					+ "centres where people leave and take coats, no questions asked.", "Families in need.", 7),
			new Seed("Check-in calls for older neighbours", "Older people living alone can go days without talking "
					+ "to anyone in winter.", "Volunteers phone older neighbours twice a week and flag worries.",
					"Older residents living alone.", 6));

	private final IdeasStore store;
	private final Places places;
	private final People people;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	IdeasDemo(IdeasStore store, Places places, People people, Clock clock, ApplicationEventPublisher events) {
		this.store = store;
		this.places = places;
		this.people = people;
		this.clock = clock;
		this.events = events;
	}

	@Override
	public String name() {
		return "participation: Hackney ideas calls";
	}

	@Override
	public int order() {
		return 63;
	}

	@Override
	public void load() {
		Optional<Area> hackney = places.byGssCode(new GssCode("E09000012"));
		if (hackney.isEmpty() || store.call(GREENER).isPresent()) {
			return;
		}
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, IdeasCalls.LONDON);
		List<PersonId> residents = people.livingIn(hackney.get().id(), 300);
		Random random = new Random(2026_11);
		greener(hackney.get(), now, today, residents, random);
		winter(hackney.get(), now, today, residents, random);
		finished(hackney.get(), now, today, residents);
	}

	private void greener(Area hackney, Instant now, LocalDate today, List<PersonId> residents, Random random) {
		store.insertCall(new IdeasStore.NewCall(GREENER, hackney.id(), "Ideas for a greener Hackney",
				"How can we cut waste, clean the air and bring more nature to our streets? Bring an idea, find a team, "
						+ "and build it with us over a weekend. The best ideas get funding or help to become a group.",
				IdeasCalls.endOf(today.minusDays(20)), today.plusDays(25), "Hackney Town Hall, Mare Street, E8 1EA", 40,
				CallPhase.BUILD_WEEKEND, IdeasCalls.secret(), null, now.minus(Duration.ofDays(60))));
		criteria(GREENER);
		List<Long> ideas = ideas(GREENER, 1, GREEN, residents, 0, now.minus(Duration.ofDays(40)));
		teamsAndSupports(ideas, GREEN, residents, random);
		// A panel of three residents scores every idea, the more appealing ones higher.
		List<Criterion> criteria = store.criteria(GREENER);
		for (int j = 0; j < 3; j++) {
			store.appoint(GREENER, pick(residents, 280 + j).value(), now.minus(Duration.ofDays(30)));
			long seat = store.seat(GREENER, pick(residents, 280 + j).value()).orElseThrow().id();
			for (int i = 0; i < ideas.size(); i++) {
				for (Criterion criterion : criteria) {
					int score = Math.min(5, Math.max(0, GREEN.get(i).appeal() / 2 + random.nextInt(3) - 1));
					store.score(seat, ideas.get(i), criterion.id(), score,
							criterion.position() == 1 && j == 0 ? comment(GREEN.get(i).appeal()) : "",
							now.minus(Duration.ofDays(15)));
				}
			}
		}
		// The ranking informs; the officer decides, and says why where they depart from it.
		List<Ranking.Place> ranking = Ranking.rank(ideas, criteria, store.scores(GREENER));
		for (int r = 0; r < 3; r++) {
			store.shortlist(ranking.get(r).idea(), true, "");
		}
		store.shortlist(ranking.get(4).idea(), true, "Shortlisted although it ranked fifth: it is cheap to start, and "
				+ "its team already has the venues and volunteers it needs.");
		for (int k = 0; k < 12; k++) {
			store.signUp(GREENER, pick(residents, 200 + k).value(), now.minus(Duration.ofDays(5 - k % 5)));
		}
		events.publishEvent(new IdeasShortlisted(hackney.id(), GREENER, ideas.size(),
				(int) store.ideas(GREENER).stream().filter(Idea::shortlisted).count(), 3));
	}

	private void winter(Area hackney, Instant now, LocalDate today, List<PersonId> residents, Random random) {
		store.insertCall(new IdeasStore.NewCall(WINTER, hackney.id(), "Ideas for a kinder winter",
				"Winter is hard for many neighbours: cold homes, dark evenings, loneliness. What would make this winter "
						+ "kinder where you live? Submit an idea by the deadline, support the ones you like, and join a "
						+ "team.",
				IdeasCalls.endOf(today.plusDays(21)), today.plusDays(45), "Clapton Library, Northwold Road, E5 8RA", 30,
				CallPhase.OPEN, IdeasCalls.secret(), null, now.minus(Duration.ofDays(10))));
		criteria(WINTER);
		List<Long> ideas = ideas(WINTER, 11, WINTERS, residents, 20, now.minus(Duration.ofDays(5)));
		teamsAndSupports(ideas, WINTERS, residents, random);
	}

	private void finished(Area hackney, Instant now, LocalDate today, List<PersonId> residents) {
		store.insertCall(new IdeasStore.NewCall(FINISHED, hackney.id(), "Hackney street ideas 2025",
				"Last year's call: ideas to make our streets friendlier. See what became of each idea.",
				IdeasCalls.endOf(today.minusDays(300)), today.minusDays(270), "Hackney Central Library, E8 1GQ", 50,
				CallPhase.OUTCOMES, IdeasCalls.secret(), null, now.minus(Duration.ofDays(360))));
		criteria(FINISHED);
		List<Seed> seeds = List.of(
				new Seed("Play streets kit", "Children have nowhere to play near home.", "A kit of barriers and signs "
						+ "so streets can close for play on Sundays.", "Children and their neighbours.", 8),
				new Seed("Street lunch network", "Neighbours do not know each other.", "A network of street lunches "
						+ "with a shared kit of tables and gazebos.", "Everyone on the street.", 7),
				new Seed("Talking benches", "Older people sit alone in the park.", "Benches marked as happy to chat.",
						"Older residents.", 5));
		List<Long> ideas = ideas(FINISHED, 21, seeds, residents, 40, now.minus(Duration.ofDays(320)));
		store.shortlist(ideas.get(0), true, "");
		store.shortlist(ideas.get(1), true, "");
		Instant decided = now.minus(Duration.ofDays(250));
		store.outcome(ideas.get(0), Outcome.FUNDED, 4_500_00L, null, "Funded for a year of Sunday play streets.",
				decided);
		store.outcome(ideas.get(1), Outcome.INCUBATED, null, null,
				"The team is forming a residents' group, with help from the council's community organisers.", decided);
		store.outcome(ideas.get(2), Outcome.NOT_TAKEN_FORWARD, null, null,
				"The parks service is already trying this in two parks; we will share what it learns.", decided);
		events.publishEvent(new IdeaOutcomeRecorded(hackney.id(), FINISHED, ideas.get(0), "FUNDED", 4_500_00L));
		events.publishEvent(new IdeaOutcomeRecorded(hackney.id(), FINISHED, ideas.get(1), "INCUBATED", 0));
		events.publishEvent(new IdeaOutcomeRecorded(hackney.id(), FINISHED, ideas.get(2), "NOT_TAKEN_FORWARD", 0));
	}

	private void criteria(long call) {
		store.insertCriterion(call, 1, "Impact", "How much good it would do, and for how many people.", 3);
		store.insertCriterion(call, 2, "Can be done", "Whether a small team could make it happen within a year.", 2);
		store.insertCriterion(call, 3, "Community", "How far local people lead it and take part.", 2);
		store.insertCriterion(call, 4, "Fresh thinking", "Whether it tries something new here.", 1);
	}

	private List<Long> ideas(long call, long firstId, List<Seed> seeds, List<PersonId> residents, int offset,
			Instant at) {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < seeds.size(); i++) {
			Seed seed = seeds.get(i);
			ids.add(store.insertIdea(firstId + i, call, pick(residents, offset + i).value(), seed.title(), seed.problem(),
					seed.proposal(), seed.beneficiaries(), IdeasCalls.secret(), at.plus(Duration.ofHours(i))));
		}
		return ids;
	}

	/** Two or three team members for most ideas, one pending request, and supports in proportion to appeal. */
	private void teamsAndSupports(List<Long> ideas, List<Seed> seeds, List<PersonId> residents, Random random) {
		Instant at = clock.instant().minus(Duration.ofDays(3));
		for (int i = 0; i < ideas.size(); i++) {
			int members = 1 + random.nextInt(3);
			for (int m = 0; m < members; m++) {
				store.addMember(ideas.get(i), pick(residents, 100 + i * 4 + m).value(), "MEMBER", at);
			}
			if (i % 2 == 0) {
				store.addMember(ideas.get(i), pick(residents, 100 + i * 4 + 3).value(), "REQUESTED", at);
			}
			int supports = seeds.get(i).appeal() * 4 + random.nextInt(6);
			for (int s = 0; s < supports; s++) {
				store.support(ideas.get(i), pick(residents, random.nextInt(residents.size())).value(), at);
			}
		}
	}

	/** The i-th made-up resident, wrapping round if the demo has fewer than asked for. */
	private static PersonId pick(List<PersonId> residents, int i) {
		return residents.get(i % residents.size());
	}

	private static String comment(int appeal) {
		return appeal >= 7 ? "Clear need and a team ready to start." : "Good idea; the plan needs more detail.";
	}
}
