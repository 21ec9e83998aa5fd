package org.bigsociety.participation.consultations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.Area;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.bigsociety.platform.DemoContent;
import org.springframework.stereotype.Component;

/**
 * Hackney consultations with fixed ids, so links to them are stable: an open draft parks strategy ({@value #OPEN})
 * with comments, proposals, supports and some answers; a closed street trees plan ({@value #CLOSED}) with every point
 * answered and its outcome on the public record; and an unpublished markets strategy ({@value #DRAFT}) only officers
 * see. Contributions come from made-up residents; the demo sign-ins have said nothing, so they can try it.
 */
@Component
class ConsultationsDemo implements DemoContent {

	static final long OPEN = 1;
	static final long CLOSED = 2;
	static final long DRAFT = 3;

	static final String PARKS = """
			# Our vision
			Hackney's parks and green spaces are for everyone. By 2036 every resident should live within a five-minute walk of a green space that is safe, clean and welcoming at any time of year.

			We will look after the green spaces we have before we make new ones, and we will do it with the people who use them.

			# Nature and climate
			We will let a quarter of the grass in our parks grow long from April to September, so wildflowers, insects and birds can thrive.

			We will plant 5,000 new trees by 2030, choosing kinds that cope with hotter, drier summers, and we will water young trees for their first three years.

			We will stop using weedkillers containing glyphosate in parks and on estates by the end of 2027.

			# Play, sport and health
			Every park with a playground will have equipment that disabled children can use, and seating nearby for the adults with them.

			We will keep sports pitches affordable for local clubs, with free sessions for young people in the school holidays.

			# Looking after our parks together
			Friends groups will be able to take on small projects, such as bulb planting or litter picks, with tools and insurance provided by the council.

			Toilets in our larger parks will be open from 8am until dusk every day.

			We will publish how much we spend on each park every year.
			""";

	static final String TREES = """
			# Why a street trees plan
			Street trees cool our streets, clean the air and make walking more pleasant. Hackney has about 20,000 street trees, but some streets have none.

			# Where we will plant
			We will plant first in the streets with the fewest trees and the most people living with poor air.

			Residents can ask for a tree outside their home, and we will say within three months whether one can be planted there.

			# Looking after trees
			We will water new trees every week in their first two summers, and invite residents to adopt a tree and water it too.
			""";

	static final String MARKETS = """
			# Our markets
			Ridley Road, Broadway Market and Chatsworth Road markets are part of what makes Hackney special.

			# What we propose
			We will cut pitch fees for new traders in their first year.
			""";

	private record Said(int paragraph, ContributionKind kind, String text, Answer answer, String reason) {
	}

	private static final List<Said> PARKS_SAID = List.of(
			new Said(1, ContributionKind.COMMENT, "Five minutes is a good aim, but some of the estates in the north "
					+ "of the borough are much further than that from anything green.", Answer.ACCEPTED,
					"We will add a map of the places furthest from a green space to the final strategy, and start there."),
			new Said(1, ContributionKind.PROPOSAL, "Hackney's parks and green spaces are for everyone. By 2036 every "
					+ "resident should live within a five-minute walk of a green space that is safe, clean, accessible "
					+ "and welcoming at any time of year and at any time of day.", null, null),
			new Said(3, ContributionKind.COMMENT, "Please keep the long grass away from the edges of paths, or it "
					+ "looks neglected and people drop litter in it.", Answer.ACCEPTED_IN_PART,
					"We will mow a strip along every path. We will not mow more than that, because the long grass is "
					+ "where most insects live."),
			new Said(4, ContributionKind.PROPOSAL, "We will plant 8,000 new trees by 2030, choosing kinds that cope "
					+ "with hotter, drier summers, and we will water young trees for their first three years.",
					Answer.NOT_ACCEPTED, "We do not have the money to look after more than 5,000 new trees well; "
							+ "planting more and losing them would waste it."),
			new Said(4, ContributionKind.COMMENT, "Who waters the trees in a heatwave? Last summer many young trees on "
					+ "my street died.", null, null),
			new Said(5, ContributionKind.PROPOSAL, "We will stop using weedkillers containing glyphosate in parks, "
					+ "on estates and on streets by the end of 2026.", null, null),
			new Said(6, ContributionKind.COMMENT, "The playground in Springfield Park has nowhere to sit in the shade.",
					null, null),
			new Said(9, ContributionKind.PROPOSAL, "Toilets in our larger parks will be open from 7am until dusk every "
					+ "day, and there will be at least one accessible toilet in each.", null, null),
			new Said(10, ContributionKind.COMMENT, "Please also publish how many staff look after each park.", null,
					null));

	private static final List<Said> TREES_SAID = List.of(
			new Said(1, ContributionKind.COMMENT, "Our street has no trees at all and the pavement is very hot in "
					+ "summer.", Answer.ACCEPTED, "Your street is on the first year's planting list."),
			new Said(2, ContributionKind.PROPOSAL, "We will plant first in the streets with the fewest trees, the "
					+ "most people living with poor air and the most children walking to school.", Answer.ACCEPTED,
					"We have added walking routes to schools to how we choose streets."),
			new Said(3, ContributionKind.PROPOSAL, "Residents can ask for a tree outside their home, and we will say "
					+ "within one month whether one can be planted there.", Answer.ACCEPTED_IN_PART,
					"We will answer within two months; one month is not enough time to check for pipes and cables."),
			new Said(4, ContributionKind.COMMENT, "Could the council give out watering bags to people who adopt a "
					+ "tree?", Answer.NOT_ACCEPTED,
					"We looked at this, but the bags were often stolen in the pilot; we will water every week instead."));

	private final ConsultationStore store;
	private final Consultations consultations;
	private final Places places;
	private final People people;
	private final Clock clock;

	ConsultationsDemo(ConsultationStore store, Consultations consultations, Places places, People people,
			Clock clock) {
		this.store = store;
		this.consultations = consultations;
		this.places = places;
		this.people = people;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "participation: Hackney consultations";
	}

	@Override
	public int order() {
		return 64;
	}

	@Override
	public void load() {
		Optional<Area> hackney = places.byGssCode(new GssCode("E09000012"));
		if (hackney.isEmpty() || store.find(OPEN).isPresent()) {
			return;
		}
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, Consultations.LONDON);
		List<PersonId> residents = people.livingIn(hackney.get().id(), 40);
		if (residents.size() < 20) {
			return;
		}

		LocalDate opened = today.minusDays(14);
		LocalDate closes = today.plusDays(42);
		store.insert(new ConsultationStore.NewConsultation(OPEN, hackney.get().id(),
				"Draft Hackney Parks and Green Spaces Strategy",
				"How we will look after Hackney's parks and green spaces for the next ten years. Tell us what you "
						+ "think of each part, and suggest better words where you can.",
				PARKS, opened, closes, Consultations.startOf(opened), Consultations.endOf(closes), null,
				now.minus(Duration.ofDays(20))));
		store.publish(OPEN, Draft.parse(PARKS), now.minus(Duration.ofDays(15)));
		said(OPEN, 1, PARKS_SAID, residents.subList(0, 10), now.minus(Duration.ofDays(10)));
		supports(OPEN, residents.subList(10, 30));

		LocalDate treesOpened = today.minusDays(100);
		LocalDate treesClosed = today.minusDays(30);
		store.insert(new ConsultationStore.NewConsultation(CLOSED, hackney.get().id(), "Draft Hackney Street Trees Plan",
				"Where we will plant street trees over the next five years, and how we will look after them.", TREES,
				treesOpened, treesClosed, Consultations.startOf(treesOpened), Consultations.endOf(treesClosed), null,
				now.minus(Duration.ofDays(110))));
		store.publish(CLOSED, Draft.parse(TREES), now.minus(Duration.ofDays(101)));
		said(CLOSED, 101, TREES_SAID, residents.subList(30, 40), now.minus(Duration.ofDays(60)));
		supports(CLOSED, residents.subList(10, 25));
		consultations.recordOutcomeForDemo(CLOSED);

		store.insert(new ConsultationStore.NewConsultation(DRAFT, hackney.get().id(), "Draft Hackney Markets Strategy",
				"How we will support Hackney's street markets.", MARKETS, today.plusDays(7), today.plusDays(60),
				Consultations.startOf(today.plusDays(7)), Consultations.endOf(today.plusDays(60)), null,
				now.minus(Duration.ofDays(1))));
	}

	private void said(long consultation, long firstId, List<Said> said, List<PersonId> authors, Instant from) {
		for (int i = 0; i < said.size(); i++) {
			Said s = said.get(i);
			Instant at = from.plus(Duration.ofHours(7L * i));
			long id = store.contribute(firstId + i, consultation, s.paragraph(), s.kind(),
					authors.get(i % authors.size()).value(), s.text(), at);
			if (s.answer() != null) {
				store.answer(id, s.answer(), s.reason(), null, at.plus(Duration.ofDays(2)));
			}
		}
	}

	/** Each supporter backs some of the proposals, the earlier ones more often. */
	private void supports(long consultation, List<PersonId> supporters) {
		List<Contribution> proposals = store.contributions(consultation).stream()
			.filter(c -> c.kind() == ContributionKind.PROPOSAL)
			.toList();
		for (int s = 0; s < supporters.size(); s++) {
			for (int p = 0; p < proposals.size(); p++) {
				if ((s + p) % (p + 2) == 0 && !supporters.get(s).equals(proposals.get(p).author())) {
					store.support(proposals.get(p).id(), supporters.get(s).value(),
							proposals.get(p).postedAt().plus(Duration.ofHours(s + 1)));
				}
			}
		}
	}
}
