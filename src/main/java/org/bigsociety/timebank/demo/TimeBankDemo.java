package org.bigsociety.timebank.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.PersonSummary;
import org.bigsociety.place.Area;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.bigsociety.platform.DemoContent;
import org.bigsociety.timebank.Minutes;
import org.bigsociety.timebank.exchanges.Exchange;
import org.bigsociety.timebank.exchanges.Exchanges;
import org.bigsociety.timebank.listings.Listings;
import org.bigsociety.timebank.listings.Listings.NewListing;
import org.bigsociety.timebank.membership.Member;
import org.bigsociety.timebank.membership.Memberships;
import org.bigsociety.timebank.membership.OfflineEnrolments;
import org.bigsociety.timebank.membership.OfflineEnrolments.Enrolment;
import org.bigsociety.timebank.partners.Partners;
import org.bigsociety.timebank.partners.Partners.NewPartner;
import org.bigsociety.timebank.partners.Partners.NewReward;
import org.bigsociety.timebank.partners.Partners.Partner;
import org.bigsociety.timebank.membership.TimeBank;
import org.bigsociety.timebank.membership.TimeBankManagement;
import org.bigsociety.timebank.membership.TimeBankManagement.NewTimeBank;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo time bank: Hackney Time Bank at {@code /timebanks/hackney-time-bank}, run by the demo broker, with the
 * demo resident, the broker, the organiser (who confirms rewards for the lido) and many of the made-up Hackney
 * residents as members; offers and requests across the categories; three partners with rewards; and six months of
 * completed exchanges posted through the ledger. Deterministic: a fixed seed, and dates counted back from the clock.
 */
@Component
class TimeBankDemo implements DemoContent {

	static final String SLUG = "hackney-time-bank";
	static final String NAME = "Hackney Time Bank";
	static final String HACKNEY = "E09000012";

	private final TimeBankManagement management;
	private final Memberships memberships;
	private final People people;
	private final Places places;
	private final Listings listings;
	private final Partners partners;
	private final Exchanges exchanges;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final OfflineEnrolments offline;

	TimeBankDemo(TimeBankManagement management, Memberships memberships, People people, Places places,
			Listings listings, Partners partners, Exchanges exchanges, JdbcClient jdbc, Clock clock,
			OfflineEnrolments offline) {
		this.offline = offline;
		this.management = management;
		this.memberships = memberships;
		this.people = people;
		this.places = places;
		this.listings = listings;
		this.partners = partners;
		this.exchanges = exchanges;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	static final ZoneId LONDON = ZoneId.of("Europe/London");
	static final long SEED = 20260301L;
	static final String[] POSTCODES = { "E8 1DY", "E5 7TJ", "E9 1ES", "N16 8GG" };

	/** Offers and requests: kind, category, title, description, tags, availability. */
	static final String[][] LISTINGS = {
			{ "OFFER", "befriending", "A cup of tea and a chat", "I am happy to visit for an hour and talk about anything.", "company, visits", "Weekday afternoons" },
			{ "REQUEST", "befriending", "Someone to walk with in the park", "I would like company for a slow walk in London Fields.", "walks, company", "Mornings" },
			{ "OFFER", "shopping-errands", "Weekly shop at the market", "I go to Ridley Road every Saturday and can pick things up.", "shopping, market", "Saturdays" },
			{ "REQUEST", "shopping-errands", "Collecting a prescription", "My pharmacy is on Mare Street; I cannot get there easily.", "pharmacy, errands", "Any weekday" },
			{ "OFFER", "gardening", "Weeding and mowing", "I have my own tools and enjoy tidying small gardens.", "garden, mowing", "Weekends" },
			{ "REQUEST", "gardening", "Help with an overgrown back garden", "Brambles have taken over; I need a hand clearing them.", "garden, brambles", "Any time" },
			{ "OFFER", "diy-repairs", "Putting up shelves and pictures", "Drill, spirit level and patience included.", "diy, shelves", "Evenings" },
			{ "REQUEST", "diy-repairs", "A dripping tap", "The kitchen tap drips all night.", "plumbing, tap", "Weekday mornings" },
			{ "OFFER", "lifts", "Lifts to hospital appointments", "I have a car and a clean licence.", "car, hospital", "Weekdays" },
			{ "REQUEST", "lifts", "A lift to Homerton Hospital", "For a check-up next month.", "hospital", "Tuesday mornings" },
			{ "OFFER", "learning-tutoring", "Maths tutoring for GCSE", "Retired maths teacher; patient with nervous learners.", "maths, gcse", "After school" },
			{ "REQUEST", "learning-tutoring", "Help learning to read music", "I play by ear and want to read sheet music.", "music, reading", "Evenings" },
			{ "OFFER", "it-help", "Setting up phones and tablets", "WhatsApp, video calls, photos, online banking safety.", "phone, tablet, video calls", "Weekends" },
			{ "REQUEST", "it-help", "Help with online forms on my laptop", "I get stuck filling in forms online.", "laptop, forms", "Any weekday" },
			{ "OFFER", "cooking", "Batch cooking for the freezer", "Caribbean and vegetarian dishes, cooked in your kitchen or mine.", "cooking, meals", "Sundays" },
			{ "REQUEST", "cooking", "Learning to cook simple meals", "I live alone and want to cook more than toast.", "cooking, lessons", "Evenings" },
			{ "OFFER", "admin-forms", "Help with letters and forms", "Council, benefits and utility letters explained.", "letters, forms, benefits", "Weekday mornings" },
			{ "REQUEST", "admin-forms", "Reading a letter from the council", "I am not sure what it is asking me to do.", "council, letter", "Any time" },
			{ "OFFER", "caring-sitting", "Sitting with an older relative", "DBS checked; I can sit while you go out.", "sitting, carers", "Afternoons" },
			{ "OFFER", "arts-crafts", "Knitting and crochet lessons", "Beginners very welcome.", "knitting, crochet", "Thursday evenings" },
			{ "REQUEST", "arts-crafts", "Mending a torn coat lining", "I cannot sew and love this coat.", "sewing, mending", "Any time" },
			{ "OFFER", "health-wellbeing", "Gentle chair yoga", "Thirty minutes of stretching for stiff joints.", "yoga, stretching", "Mornings" },
			{ "OFFER", "pets", "Dog walking", "I walk my own dog twice a day and can take yours too.", "dogs, walks", "Mornings and evenings" },
			{ "REQUEST", "pets", "Feeding my cat while I am away", "Five days in August.", "cat, feeding", "August" },
			{ "OFFER", "home-cleaning", "Spring cleaning help", "Windows, cupboards and the jobs you keep putting off.", "cleaning", "Weekends" },
			{ "OFFER", "languages", "Turkish and English conversation", "Practise either language over coffee.", "turkish, english", "Weekends" },
			{ "REQUEST", "languages", "Translating a letter into Polish", "For my mother, one page.", "polish, translation", "Any time" },
			{ "OFFER", "music-events", "Guitar lessons for beginners", "Bring a guitar or borrow mine.", "guitar, music", "Evenings" },
			{ "OFFER", "sport-exercise", "Running buddy for beginners", "Couch to 5k pace around Victoria Park.", "running, park", "Early mornings" },
			{ "REQUEST", "other", "Carrying boxes up to a third floor flat", "Moving day, about an hour of lifting.", "moving, lifting", "A Saturday" } };

	static final String[][] PARTNERS = {
			{ "London Fields Lido", "The heated outdoor pool in London Fields." },
			{ "Rio Cinema", "Dalston's independent cinema." },
			{ "Hackney City Farm Cafe", "A social enterprise cafe on the farm, training local young people." } };

	/** Rewards: partner index, title, description, minutes. */
	static final Object[][] REWARDS = {
			{ 0, "One swim", "A single adult swim at any session.", 60 },
			{ 0, "A month of swims", "Unlimited swims for a month.", 600 },
			{ 1, "A film", "One ticket for any weekday screening.", 120 },
			{ 2, "Lunch for two", "Two lunches from the daily menu.", 90 } };

	@Override
	public String name() {
		return "timebank: Hackney Time Bank";
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public void load() {
		Area hackney = places.byGssCode(new GssCode(HACKNEY)).orElse(null);
		if (hackney == null) {
			return;
		}
		List<PersonId> residents = people.livingIn(hackney.id(), 1000);
		PersonId broker = named(residents, "Demo Broker");
		PersonId resident = named(residents, "Demo Resident");
		if (broker == null) {
			return;
		}
		TimeBank bank = management.open(broker, new NewTimeBank(NAME, HACKNEY,
				"Neighbours in Hackney swapping time: an hour of help is worth an hour, whoever gives it.", ""));
		memberships.enrol(bank, broker, broker);
		if (resident != null) {
			memberships.enrol(bank, broker, resident);
		}
		PersonId organiser = named(residents, "Demo Organiser");
		Member organiserMember = organiser == null ? null : memberships.enrol(bank, broker, organiser);
		// Every third made-up resident is a member: about a hundred, spread over the borough.
		List<Member> members = new ArrayList<>();
		for (int i = 0; i < residents.size(); i += 3) {
			if (!residents.get(i).equals(broker) && !residents.get(i).equals(resident)
					&& !residents.get(i).equals(organiser)) {
				members.add(memberships.enrol(bank, broker, residents.get(i)));
			}
		}
		Member residentMember = resident == null ? null : memberships.own(bank, resident).orElse(null);
		Random random = new Random(SEED);
		joinedOverTheLastMonths(members, random);
		postListings(bank, members, residentMember, random);
		addPartners(bank, broker, organiserMember);
		exchangeForMonths(bank, broker, members, residentMember, random);
		enrolledInPerson(bank, broker);
	}

	/**
	 * Two neighbours without the internet, enrolled in person by the broker from their paper forms, and one exchange
	 * the broker recorded between them (after the seeded history, so it changes none of it).
	 */
	private void enrolledInPerson(TimeBank bank, PersonId broker) {
		Member doris = offline.enrol(bank, broker,
				new Enrolment("Doris Whitfield", "E5 0LL", "020 7946 0123", "PAPER-001", "yes", "yes", "demo-offline-1"));
		Member winston = offline.enrol(bank, broker,
				new Enrolment("Winston Clarke", "E9 6AA", "", "PAPER-002", "yes", "yes", "demo-offline-2"));
		LocalDate day = LocalDate.now(clock.withZone(LONDON)).minusDays(3);
		exchanges.recordHistory(bank, broker, winston, doris, "shopping-errands", "Weekly shop from Ridley Road",
				Minutes.of(60), Exchange.Origin.BROKER, day.atTime(LocalTime.of(11, 0)).atZone(LONDON).toInstant(),
				"demo/" + SEED + "/offline");
	}

	/** Spreads when members joined over the last six months, so the dashboard shows new members each month. */
	private void joinedOverTheLastMonths(List<Member> members, Random random) {
		LocalDate today = LocalDate.now(clock.withZone(LONDON));
		for (Member member : members) {
			LocalDate joined = today.minusDays(random.nextInt(180));
			jdbc.sql("UPDATE timebank.member SET requested_at = :at, decided_at = :at WHERE id = :id")
				.param("at", Timestamp.from(joined.atTime(LocalTime.of(10, 0)).atZone(LONDON).toInstant()))
				.param("id", member.id())
				.update();
		}
	}

	private void postListings(TimeBank bank, List<Member> members, Member resident, Random random) {
		if (members.isEmpty()) {
			return;
		}
		for (int i = 0; i < LISTINGS.length; i++) {
			String[] l = LISTINGS[i];
			Member by = i == 0 && resident != null ? resident : members.get(random.nextInt(members.size()));
			listings.post(bank, by.actingPerson(), by.id(),
					new NewListing(l[0], l[1], l[2], l[3], l[4], l[5], POSTCODES[i % POSTCODES.length]));
		}
	}

	private void addPartners(TimeBank bank, PersonId broker, Member organiser) {
		List<Partner> added = new ArrayList<>();
		for (int i = 0; i < PARTNERS.length; i++) {
			Long contact = i == 0 && organiser != null ? organiser.id() : null;
			added.add(partners.add(bank, broker, new NewPartner(PARTNERS[i][0], PARTNERS[i][1], contact)));
		}
		for (Object[] reward : REWARDS) {
			int minutes = (Integer) reward[3];
			partners.addReward(bank, broker, new NewReward(added.get((Integer) reward[0]).id(), (String) reward[1],
					(String) reward[2], Integer.toString(minutes / 60), Integer.toString(minutes % 60)));
		}
	}

	/**
	 * Six months of completed exchanges between members, posted through the ledger as a broker recorded them. Each
	 * keeps both members well inside the time bank's floor and ceiling. The demo resident has earned some hours.
	 */
	private void exchangeForMonths(TimeBank bank, PersonId broker, List<Member> members, Member resident,
			Random random) {
		if (members.size() < 2) {
			return;
		}
		Map<Long, Long> balances = new HashMap<>();
		LocalDate today = LocalDate.now(clock.withZone(LONDON));
		int count = 0;
		for (int n = 0; n < 160; n++) {
			Member provider = members.get(random.nextInt(members.size()));
			Member recipient = members.get(random.nextInt(members.size()));
			if (resident != null && n % 20 == 0) {
				provider = resident;
			}
			long minutes = 30L * (1 + random.nextInt(6));
			if (provider.id().equals(recipient.id())
					|| balances.getOrDefault(provider.id(), 0L) + minutes > 1200
					|| balances.getOrDefault(recipient.id(), 0L) - minutes < -300) {
				continue;
			}
			String[] l = LISTINGS[random.nextInt(LISTINGS.length)];
			LocalDate day = today.minusDays(1 + random.nextInt(180));
			exchanges.recordHistory(bank, broker, provider, recipient, l[1], l[2], Minutes.of(minutes),
					Exchange.Origin.BROKER, day.atTime(LocalTime.of(11, 0)).atZone(LONDON).toInstant(),
					"demo/" + SEED + "/" + n);
			balances.merge(provider.id(), minutes, Long::sum);
			balances.merge(recipient.id(), -minutes, Long::sum);
			count++;
		}
		if (count == 0) {
			throw new IllegalStateException("The demo made no exchanges");
		}
	}

	private PersonId named(List<PersonId> residents, String name) {
		return residents.stream()
			.filter(id -> people.find(id).map(PersonSummary::displayName).filter(name::equals).isPresent())
			.findFirst()
			.orElse(null);
	}
}
