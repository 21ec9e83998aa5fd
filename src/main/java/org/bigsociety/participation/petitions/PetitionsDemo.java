package org.bigsociety.participation.petitions;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import net.datafaker.Faker;
import org.bigsociety.participation.PetitionId;
import org.bigsociety.participation.PetitionOpened;
import org.bigsociety.participation.PetitionRejected;
import org.bigsociety.participation.PetitionResponded;
import org.bigsociety.participation.PetitionResponseDue;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.Area;
import org.bigsociety.place.AreaId;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.bigsociety.place.Postcode;
import org.bigsociety.platform.DemoContent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hackney's demo petitions, with fixed ids so links to them are stable (docs/petitions.md lists them): a live one a
 * few signatures short of its response threshold, one the council has answered, one whose answer is overdue, one
 * awaiting moderation, one still collecting supporters and one rejected as a duplicate. The signers are made up
 * (Datafaker, fixed seed) with addresses at example.org and postcodes from the demo postcodes, across the wards.
 */
@Component
class PetitionsDemo implements DemoContent {

	static final GssCode HACKNEY = new GssCode("E09000012");
	static final long LIVE = 1;
	static final long RESPONDED = 2;
	static final long OVERDUE = 3;
	static final long AWAITING = 4;
	static final long COLLECTING = 5;
	static final long REJECTED = 6;

	private final JdbcClient jdbc;
	private final Places places;
	private final People people;
	private final SignerPlaces signerPlaces;
	private final AreaThresholds thresholds;
	private final Petitions petitions;
	private final ApplicationEventPublisher events;
	private final MessageSource messages;
	private final Clock clock;

	PetitionsDemo(JdbcClient jdbc, Places places, People people, SignerPlaces signerPlaces, AreaThresholds thresholds,
			Petitions petitions, ApplicationEventPublisher events, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.places = places;
		this.people = people;
		this.signerPlaces = signerPlaces;
		this.thresholds = thresholds;
		this.petitions = petitions;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "participation: Hackney petitions";
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
		AreaId borough = hackney.get().id();
		Instant now = clock.instant();
		Random random = new Random(20190321L);
		Faker faker = new Faker(Locale.UK, random);
		List<Postcode> postcodes = hackney.get().centre()
			.map(centre -> places.postcodesNear(centre, 6000, 500).stream().map(Places.NearbyPostcode::postcode).toList())
			.orElse(List.of(new Postcode("E8 1DY")));
		List<PersonId> residents = people.livingIn(borough, 10);
		PersonId creator = residents.isEmpty() ? null : residents.get(0);
		AreaId ward = places.locate(new Postcode("E9 6AA")).map(d -> d.smallest().id()).orElse(borough);

		thresholds.save(borough, new Thresholds(150, 750));
		Signers signers = new Signers(faker, random, postcodes, now);

		insert(LIVE, borough, creator, "Put more bins along the Regent’s Canal towpath",
				"The towpath between Broadway Market and Victoria Park is busy every weekend, and its few bins overflow by "
						+ "Saturday lunchtime. Litter ends up in the canal, where it harms wildlife.\n\n"
						+ "We ask the council to put at least ten more bins along the towpath, and to empty them daily in summer.",
				"The Canal & River Trust has said it would welcome the council’s help.", "OPEN", now.minus(Duration.ofDays(20)),
				null, null, null, null);
		signers.sign(LIVE, borough, 131, now.minus(Duration.ofDays(20)), now.minus(Duration.ofHours(1)), true);
		// A small flood from one address with throwaway addresses: something for the moderators to find.
		signers.flood(LIVE, borough, 11, now.minus(Duration.ofDays(2)));
		signers.sign(LIVE, borough, 9, now.minus(Duration.ofDays(1)), now.minus(Duration.ofMinutes(10)), false);

		Instant respondedReached = now.minus(Duration.ofDays(35));
		insert(RESPONDED, ward, creator, "Make the street outside Gayhurst School a play street after school",
				"Cars cut through the street outside the school at home time. Children cross between parked cars. "
						+ "A school street, closed to through traffic for an hour after school, would make it safe.",
				"", "OPEN", now.minus(Duration.ofDays(60)), respondedReached, null,
				"Thank you to everyone who signed. The council agrees. From the start of next term the street outside "
						+ "Gayhurst School will be a school street, closed to through traffic from 3pm to 4pm on school days. "
						+ "We will write to every household on the street before it starts, and review it after six months.",
				now.minus(Duration.ofDays(20)));
		signers.sign(RESPONDED, ward, 176, now.minus(Duration.ofDays(60)), now.minus(Duration.ofDays(21)), true);

		Instant overdueReached = now.minus(Duration.ofDays(45));
		insert(OVERDUE, borough, creator, "Fix the broken lights on the paths across London Fields",
				"Half the lamps on the paths across London Fields have been broken since the autumn. People walking home "
						+ "after dark go the long way round, or risk the dark paths.",
				"", "OPEN", now.minus(Duration.ofDays(70)), overdueReached, null, null, null);
		signers.sign(OVERDUE, borough, 163, now.minus(Duration.ofDays(70)), now.minus(Duration.ofDays(46)), true);

		insert(AWAITING, borough, creator, "Keep Clapton Library open on Saturday afternoons",
				"The library closes at 1pm on Saturdays. Families who work in the week cannot use it.", "",
				"AWAITING_MODERATION", null, null, now.minus(Duration.ofDays(2)), null, null);
		signers.sign(AWAITING, borough, 5, now.minus(Duration.ofDays(4)), now.minus(Duration.ofDays(2)), true);

		insert(COLLECTING, borough, residents.size() > 1 ? residents.get(1) : creator,
				"Plant more street trees on Kingsland Road",
				"Kingsland Road has hardly any trees. Trees would give shade, clean the air and make the road pleasanter "
						+ "to walk along.",
				"", "COLLECTING_SUPPORT", null, null, null, null, null);
		signers.sign(COLLECTING, borough, 2, now.minus(Duration.ofDays(1)), now.minus(Duration.ofHours(3)), true);

		insert(REJECTED, borough, creator, "More litter bins on the canal",
				"The bins on the canal towpath are always full.", "", "REJECTED", null, null, now.minus(Duration.ofDays(10)),
				null, null);
		jdbc.sql("""
				UPDATE participation.petition SET rejection_reason = 'DUPLICATE', moderated_at = :at,
				    moderation_note = 'Petition 1 asks for the same thing: please sign it instead.' WHERE id = :id""")
			.param("at", Timestamp.from(now.minus(Duration.ofDays(9))))
			.param("id", REJECTED)
			.update();

		String hackneyName = hackney.get().name();
		String wardName = signerPlaces.area(ward).map(Area::name).orElse(hackneyName);
		events.publishEvent(new PetitionOpened(borough, new PetitionId(LIVE),
				text("petitions.fact.opened", LIVE, hackneyName, Facts.quoted(title(LIVE)))));
		events.publishEvent(new PetitionOpened(ward, new PetitionId(RESPONDED),
				text("petitions.fact.opened", RESPONDED, wardName, Facts.quoted(title(RESPONDED)))));
		events.publishEvent(new PetitionOpened(borough, new PetitionId(OVERDUE),
				text("petitions.fact.opened", OVERDUE, hackneyName, Facts.quoted(title(OVERDUE)))));
		dueFact(RESPONDED, ward, wardName, respondedReached);
		dueFact(OVERDUE, borough, hackneyName, overdueReached);
		events.publishEvent(new PetitionResponded(ward, new PetitionId(RESPONDED), 176, false,
				text("petitions.fact.responded", RESPONDED, wardName, Facts.quoted(title(RESPONDED)), 176)));
		events.publishEvent(new PetitionRejected(borough, new PetitionId(REJECTED), "DUPLICATE",
				text("petitions.fact.rejected", REJECTED, hackneyName, text("petitions.reason.DUPLICATE"))));
	}

	private void dueFact(long id, AreaId area, String areaName, Instant reached) {
		LocalDate due = petitions.responseDueBy(reached);
		events.publishEvent(new PetitionResponseDue(area, new PetitionId(id), 150, due, text("petitions.fact.responseDue",
				id, areaName, Facts.quoted(title(id)), 150, due.format(PetitionDates.DAY))));
	}

	private String title(long id) {
		return jdbc.sql("SELECT title FROM participation.petition WHERE id = :id").param("id", id).query(String.class)
			.single();
	}

	private void insert(long id, AreaId area, PersonId creator, String title, String background, String details,
			String state, Instant opened, Instant reached, Instant submitted, String response, Instant respondedAt) {
		Instant created = opened != null ? opened.minus(Duration.ofDays(5))
				: submitted != null ? submitted.minus(Duration.ofDays(3)) : clock.instant().minus(Duration.ofDays(2));
		jdbc.sql("""
				INSERT INTO participation.petition (id, area_id, creator_id, title, background, details, state,
				    support_token, created_at, submitted_at, moderated_at, opened_at, closes_at, response_due_from,
				    response_text, responded_at)
				VALUES (:id, :area, :creator, :title, :background, :details, :state, :token, :created, :submitted,
				    :moderated, :opened, :closes, :reached, :response, :respondedAt)""")
			.param("id", id)
			.param("area", area.value())
			.param("creator", creator == null ? null : creator.value())
			.param("title", title)
			.param("background", background)
			.param("details", details)
			.param("state", state)
			.param("token", Secret.random().value())
			.param("created", Timestamp.from(created))
			.param("submitted", opened == null ? (submitted == null ? null : Timestamp.from(submitted))
					: Timestamp.from(opened.minus(Duration.ofDays(2))))
			.param("moderated", opened == null ? null : Timestamp.from(opened))
			.param("opened", opened == null ? null : Timestamp.from(opened))
			.param("closes", opened == null ? null : Timestamp.from(opened.plus(Duration.ofDays(182))))
			.param("reached", reached == null ? null : Timestamp.from(reached))
			.param("response", response)
			.param("respondedAt", respondedAt == null ? null : Timestamp.from(respondedAt))
			.update();
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.UK);
	}

	/** Made-up signers, the same every time. */
	private final class Signers {

		private final Faker faker;
		private final Random random;
		private final List<Postcode> postcodes;
		private int serial;

		Signers(Faker faker, Random random, List<Postcode> postcodes, Instant now) {
			this.faker = faker;
			this.random = random;
			this.postcodes = postcodes;
		}

		void sign(long petition, AreaId area, int count, Instant from, Instant to, boolean confirmed) {
			long span = Math.max(1, Duration.between(from, to).toSeconds());
			List<Instant> times = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				times.add(from.plusSeconds((long) (span * Math.pow(random.nextDouble(), 0.7))));
			}
			times.sort(null);
			for (Instant at : times) {
				String first = faker.name().firstName();
				String last = faker.name().lastName();
				String local = (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "") + "." + (++serial);
				add(petition, area, first + " " + last, local + "@example.org",
						postcodes.get(random.nextInt(postcodes.size())),
						"192.0.2." + (1 + random.nextInt(250)), at, confirmed ? at.plusSeconds(60 + random.nextInt(3600)) : null);
			}
		}

		void flood(long petition, AreaId area, int count, Instant at) {
			Postcode postcode = postcodes.get(0);
			for (int i = 0; i < count; i++) {
				add(petition, area, faker.name().fullName(), "signer" + (++serial) + "@throwaway.example.net", postcode,
						"203.0.113.66", at.plusSeconds(i * 7L), at.plusSeconds(i * 7L + 40));
			}
		}

		private void add(long petition, AreaId area, String name, String email, Postcode postcode, String address,
				Instant signed, Instant confirmed) {
			jdbc.sql("""
					INSERT INTO participation.petition_signature (petition_id, canonical_email, email, name, postcode,
					    ward_id, client_address, signed_at, token_hash, confirmed_at)
					VALUES (:petition, :canonical, :email, :name, :postcode, :ward, :address, :signed, :hash, :confirmed)""")
				.param("petition", petition)
				.param("canonical", new CanonicalEmail(email).value())
				.param("email", email)
				.param("name", name)
				.param("postcode", postcode.value())
				.param("ward", signerPlaces.wardWithin(area, postcode))
				.param("address", address)
				.param("signed", Timestamp.from(signed))
				.param("hash", Secret.random().hash())
				.param("confirmed", confirmed == null ? null : Timestamp.from(confirmed))
				.update();
		}
	}
}
