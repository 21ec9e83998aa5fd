package org.bigsociety.participation.budgets;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.bigsociety.participation.budgets.tally.Rule;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.Area;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.bigsociety.platform.DemoContent;
import org.springframework.stereotype.Component;

/**
 * A Hackney budget round in its voting phase (id {@value #ROUND}, so links to it are stable): a dozen projects and
 * ballots from some of the demo residents. The demo sign-ins have not voted, so they can try it.
 */
@Component
class BudgetsDemo implements DemoContent {

	static final long ROUND = 1;

	private record Idea(String title, String summary, long pounds, int appeal) {
	}

	private static final List<Idea> IDEAS = List.of(
			new Idea("Benches and shade on Ridley Road", "Six benches and two shade sails where the market meets "
					+ "Kingsland High Street, so older shoppers can rest.", 18_000, 8),
			new Idea("Community fridge at Clapton Library", "A fridge and shelves where shops and neighbours leave "
					+ "surplus food for anyone to take, run by volunteers.", 6_500, 7),
			new Idea("Safer crossing by Gayhurst School", "A zebra crossing and build-outs on Gayhurst Road so "
					+ "children can walk to school safely.", 45_000, 9),
			new Idea("Trees and planters on Mare Street", "Twenty street trees and planters between the Town Hall and "
					+ "the Narrow Way, looked after by a friends group.", 32_000, 6),
			new Idea("Free bike repair in London Fields", "Monthly repair sessions with a mechanic and tools, and "
					+ "lessons so people can fix their own bikes.", 9_000, 5),
			new Idea("Youth music studio in Hackney Wick", "A soundproofed studio with equipment for young people "
					+ "aged 13 to 19, with evening sessions led by local producers.", 60_000, 6),
			new Idea("Accessible toilet in Springfield Park", "A fully accessible toilet with a changing bench near "
					+ "the playground.", 55_000, 5),
			new Idea("Lighting on the canal towpath", "Low, wildlife-friendly lights on the Regent's Canal towpath "
					+ "between Broadway Market and Mare Street.", 40_000, 7),
			new Idea("Homework club for Dalston pupils", "An after-school homework club with tutors and a hot snack, "
					+ "three days a week for a year.", 12_000, 6),
			new Idea("Food growing on the Nightingale Estate", "Raised beds, a shed and water butts so residents can "
					+ "grow vegetables together.", 15_000, 5),
			new Idea("Repair café in Stoke Newington", "A monthly café where volunteers mend clothes, toasters and "
					+ "laptops instead of them going to landfill.", 7_500, 4),
			new Idea("Warm evenings for older residents", "A warm space with tea, company and activities two evenings "
					+ "a week through the winter.", 20_000, 6));

	private final BudgetStore store;
	private final Places places;
	private final People people;
	private final Clock clock;

	BudgetsDemo(BudgetStore store, Places places, People people, Clock clock) {
		this.store = store;
		this.places = places;
		this.people = people;
		this.clock = clock;
	}

	static final long FINISHED_ROUND = 2;

	/**
	 * A finished Hackney round (id {@value #FINISHED_ROUND}): last year's, tallied by Equal Shares, so the demo shows
	 * results that explain every project, delivery under way, and the result on the public record.
	 */
	@Component
	static class Finished implements DemoContent {

		private final BudgetStore store;
		private final BudgetRounds rounds;
		private final Places places;
		private final People people;
		private final Clock clock;

		Finished(BudgetStore store, BudgetRounds rounds, Places places, People people, Clock clock) {
			this.store = store;
			this.rounds = rounds;
			this.places = places;
			this.people = people;
			this.clock = clock;
		}

		@Override
		public String name() {
			return "participation: finished Hackney budget round";
		}

		@Override
		public int order() {
			return 62;
		}

		@Override
		public void load() {
			Optional<Area> hackney = places.byGssCode(new GssCode("E09000012"));
			if (hackney.isEmpty() || store.round(FINISHED_ROUND).isPresent()) {
				return;
			}
			Instant now = clock.instant();
			store.insert(new BudgetStore.NewRound(FINISHED_ROUND, hackney.get().id(), "Hackney Neighbourhood Fund 2025",
					"£60,000 that residents shared out last year. See what was funded, why, and how delivery is going.",
					60_000_00L, Rule.EQUAL_SHARES, BallotKind.APPROVAL, 1, 4, 16, Phase.VOTE,
					now.minus(Duration.ofDays(365)), null, now.minus(Duration.ofDays(400))));
			String[][] ideas = { { "Play street kit for Clapton", "Barriers, signs and games so neighbours can close "
					+ "their street for children to play on Sunday afternoons.", "4000" },
					{ "Defibrillator at Chatsworth Road market", "A public-access defibrillator, and training for "
							+ "traders and neighbours.", "3500" },
					{ "New roof for the Kingsmead community hall", "Replace the leaking roof so the hall can host "
							+ "clubs all year.", "38000" },
					{ "Wildflower verges in Homerton", "Turn mown verges into wildflower strips, sown with a local "
							+ "school.", "6000" },
					{ "Chess tables in Clissold Park", "Four stone chess tables by the café.", "12000" },
					{ "English classes for new arrivals", "Free evening classes at the library for a year.", "15000" },
					{ "Skate ramp at Haggerston Park", "A small concrete ramp for beginners.", "30000" } };
			List<Long> projects = new ArrayList<>();
			for (int i = 0; i < ideas.length; i++) {
				projects.add(store.insertProject((long) 101 + i, FINISHED_ROUND, ideas[i][0], ideas[i][1],
						Long.parseLong(ideas[i][2]) * 100, Feasibility.FEASIBLE, null, now.minus(Duration.ofDays(390))));
			}
			// Two camps: many back the hall roof; a smaller group backs several cheap projects.
			Random random = new Random(2025);
			List<PersonId> voters = people.livingIn(hackney.get().id(), 150);
			for (int v = 90; v < voters.size(); v++) {
				List<Long> chosen = new ArrayList<>();
				if (v % 3 != 0) {
					chosen.add(projects.get(2));
					if (random.nextBoolean()) {
						chosen.add(projects.get(6));
					}
				}
				else {
					chosen.add(projects.get(random.nextInt(2)));
					chosen.add(projects.get(3 + random.nextInt(3)));
				}
				store.castBallot(FINISHED_ROUND, voters.get(v).value(), chosen.stream().distinct().sorted().toList(),
						now.minus(Duration.ofDays(370)));
			}
			rounds.publishForDemo(FINISHED_ROUND);
			store.phase(FINISHED_ROUND, Phase.DELIVERY);
			for (Project project : store.projects(FINISHED_ROUND)) {
				if (project.verdict() == org.bigsociety.participation.budgets.tally.Verdict.FUNDED) {
					store.deliveryUpdate(project.id(), DeliveryStatus.IN_PROGRESS,
							"Ordered and booked in with the council's contractor.", now.minus(Duration.ofDays(200)));
				}
			}
		}
	}

	@Override
	public String name() {
		return "participation: Hackney budget round";
	}

	@Override
	public int order() {
		return 61;
	}

	@Override
	public void load() {
		Optional<Area> hackney = places.byGssCode(new GssCode("E09000012"));
		if (hackney.isEmpty() || store.round(ROUND).isPresent()) {
			return;
		}
		Instant now = clock.instant();
		store.insert(new BudgetStore.NewRound(ROUND, hackney.get().id(), "Hackney Neighbourhood Fund 2026",
				"£150,000 for projects residents propose and choose. Choose up to five projects you want funded.",
				150_000_00L, Rule.EQUAL_SHARES, BallotKind.APPROVAL, 1, 5, 16, Phase.VOTE,
				java.time.LocalDate.ofInstant(now, BudgetRounds.LONDON).plusDays(29).atStartOfDay(BudgetRounds.LONDON)
					.toInstant(), null, now.minus(Duration.ofDays(60))));
		List<Long> projects = new ArrayList<>();
		List<Integer> appeal = new ArrayList<>();
		for (int i = 0; i < IDEAS.size(); i++) {
			Idea idea = IDEAS.get(i);
			projects.add(store.insertProject((long) i + 1, ROUND, idea.title(), idea.summary(), idea.pounds() * 100,
					Feasibility.FEASIBLE, null, now.minus(Duration.ofDays(50))));
			appeal.add(idea.appeal());
		}
		// The first made-up residents vote (the demo sign-ins were created after them), each for one to five
		// projects, favouring the popular ones.
		Random random = new Random(2026);
		List<PersonId> voters = people.livingIn(hackney.get().id(), 90);
		for (PersonId voter : voters) {
			int count = 1 + random.nextInt(5);
			List<Long> chosen = new ArrayList<>();
			while (chosen.size() < count) {
				int pick = random.nextInt(IDEAS.size());
				if (random.nextInt(10) < appeal.get(pick) && !chosen.contains(projects.get(pick))) {
					chosen.add(projects.get(pick));
				}
			}
			store.castBallot(ROUND, voter.value(), chosen.stream().sorted().toList(),
					now.minus(Duration.ofDays(random.nextInt(10))));
		}
	}
}
