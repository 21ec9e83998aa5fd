package org.bigsociety.participation.referendums;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.VerificationLevel;
import org.bigsociety.place.Area;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.bigsociety.platform.DemoContent;
import org.springframework.stereotype.Component;

/**
 * A finished neighbourhood referendum in Hackney Wick (id {@value #REFERENDUM}), counted and on the public record, and
 * an open Hackney poll (id {@value #POLL}) that the demo sign-ins have not voted in. The referendum represents a past
 * vote: its roll is taken straight from the residents the people module places in the ward, whatever their level.
 */
@Component
class ReferendumsDemo implements DemoContent {

	static final long REFERENDUM = 1;
	static final long POLL = 2;
	static final String HACKNEY = "E09000012";
	static final String HACKNEY_WICK = "E05009374";

	private final ReferendumStore store;
	private final Referendums referendums;
	private final Places places;
	private final People people;
	private final Clock clock;

	ReferendumsDemo(ReferendumStore store, Referendums referendums, Places places, People people, Clock clock) {
		this.store = store;
		this.referendums = referendums;
		this.places = places;
		this.people = people;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "participation.referendums";
	}

	@Override
	public int order() {
		return 63;
	}

	/** A referendum's roll: the residents of the area whose address is verified (the demo verifies many by letter). */
	private List<PersonId> verifiedLivingIn(Area area) {
		return people.livingIn(area.id(), 100_000)
			.stream()
			.filter(person -> people.residence(person)
				.filter(residence -> residence.atLeast(VerificationLevel.VERIFIED_BY_LETTER))
				.isPresent())
			.toList();
	}

	@Override
	public void load() {
		Optional<Area> hackney = places.byGssCode(new GssCode(HACKNEY));
		if (hackney.isEmpty()) {
			return;
		}
		Random random = new Random(2026);
		Area area = places.byGssCode(new GssCode(HACKNEY_WICK)).orElse(hackney.get());
		List<PersonId> roll = verifiedLivingIn(area);
		if (roll.size() < 10) {
			area = hackney.get();
			roll = verifiedLivingIn(area);
		}
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, Referendums.LONDON);
		Instant closed = today.minusDays(40).atTime(Referendums.CLOSING_TIME).atZone(Referendums.LONDON).toInstant();
		Instant opened = today.minusDays(68).atStartOfDay(Referendums.LONDON).toInstant();
		store.insert(new ReferendumStore.NewReferendum(REFERENDUM, Kind.REFERENDUM, area.id(),
				"Should the Hackney Wick Community Right to Build order come into force?",
				"""
				The Hackney Wick Community Land Trust proposes to build 24 homes for social rent and a workshop yard on \
				the disused garage site off Wallis Road. A Community Right to Build order grants planning permission for \
				it without a separate application. An independent examiner found the order meets the basic conditions; \
				it comes into force if more than half of those voting say yes.""",
				opened, closed, PassRule.SIMPLE_MAJORITY, 1, 1, VerificationLevel.VERIFIED_BY_LETTER,
				List.of("Yes", "No"), null));
		store.addToRoll(REFERENDUM, roll.stream().map(PersonId::value).toList());
		store.opened(REFERENDUM, opened, store.rollSize(REFERENDUM));
		for (PersonId voter : roll) {
			if (random.nextInt(100) < 46 && store.markVoted(REFERENDUM, voter.value())) {
				store.cast(REFERENDUM, random.nextInt(100) < 71 ? "1" : "2", 10);
			}
		}
		referendums.count(REFERENDUM);

		Instant pollCloses = today.plusDays(21).atTime(Referendums.CLOSING_TIME).atZone(Referendums.LONDON).toInstant();
		store.insert(new ReferendumStore.NewReferendum(POLL, Kind.POLL, hackney.get().id(),
				"What should the council do first to make Hackney's streets greener?",
				"""
				The council has money for one round of greening works next spring. This poll is not binding: it tells \
				the council what residents would like first. Choose up to two.""",
				today.minusDays(5).atStartOfDay(Referendums.LONDON).toInstant(), pollCloses, PassRule.SIMPLE_MAJORITY,
				1, 2, VerificationLevel.SELF_DECLARED,
				List.of("Plant more street trees", "Turn parking spaces into parklets", "Add planters and rain gardens",
						"Close more school streets to traffic"),
				null));
		store.opened(POLL, now, 0);
		for (PersonId voter : people.livingIn(hackney.get().id(), 120)) {
			if (random.nextInt(100) < 60 && store.addPollVoter(POLL, voter.value())) {
				int first = 1 + random.nextInt(4);
				int second = 1 + random.nextInt(4);
				store.cast(POLL, first == second || random.nextBoolean() ? String.valueOf(first)
						: ReferendumStore.choices(List.of(first, second)), 10);
			}
		}
		store.mix(POLL);
	}

}
