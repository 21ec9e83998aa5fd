package org.bigsociety.groups.directory;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bigsociety.groups.OrganisationId;
import org.bigsociety.place.Postcode;
import org.bigsociety.platform.DemoContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

/**
 * The demo's services, offered by the demo Hackney organisations, with opening times and Open Eligibility terms. Each
 * id is the name-based UUID of {@code demo-service:<key>} ({@link #id}), so tests and links can use them.
 */
@Component
class ServicesDemo implements DemoContent {

	static final String FOOD_PANTRY = "food-pantry";

	record Demo(String key, String organisation, String name, String description, String eligibility,
			Integer minimumAge, Integer maximumAge, Integer costPence, String costDescription, String venue,
			String address, String postcode, List<Opening> openings, List<String> terms) {
	}

	static final List<Demo> SERVICES = List.of(
			new Demo(FOOD_PANTRY, "Hackney Downs Food Share", "Weekly food pantry",
					"Fresh and tinned food shared from local shops' surplus. Bring a bag; no referral and no questions asked.",
					"Anyone who needs food", null, null, null, null, "Downs Community Hall", "12 Downs Park Road",
					"E5 8GB", List.of(at(TUESDAY, "10:00", "13:00"), at(FRIDAY, "16:00", "19:00")),
					List.of("food:food_pantry", "food:emergency_food")),
			new Demo("community-lunch", "Hackney Downs Food Share", "Saturday community lunch",
					"A hot two-course lunch cooked by volunteers from donated food, eaten together at long tables.",
					"Everyone welcome", null, null, null, null, "Downs Community Hall", "12 Downs Park Road", "E5 8GB",
					List.of(at(SATURDAY, "12:00", "14:00")), List.of("food:free_meals")),
			new Demo("youth-club", "Well Street Youth Trust", "After-school youth club",
					"Games, sport, music and a quiet room for homework, with trained youth workers, after school on weekdays.",
					"Young people aged 11 to 18 living or at school in Hackney", 11, 18, null, null, "Well Street Hub",
					"40 Well Street", "E9 7XY",
					List.of(at(MONDAY, "15:30", "19:00"), at(TUESDAY, "15:30", "19:00"), at(WEDNESDAY, "15:30", "19:00"),
							at(THURSDAY, "15:30", "19:00")),
					List.of("education:more_education", "care:community_support_services")),
			new Demo("homework-help", "Well Street Youth Trust", "Homework help",
					"Volunteer tutors help with maths, English and science homework, one to one or in small groups.",
					"Pupils in years 7 to 11", 11, 16, null, null, "Well Street Hub", "40 Well Street", "E9 7XY",
					List.of(at(TUESDAY, "16:00", "18:00"), at(THURSDAY, "16:00", "18:00")),
					List.of("education:more_education")),
			new Demo("repair-cafe", "Dalston Repair Café CIC", "Repair café",
					"Bring a broken toaster, bike, laptop or jumper and mend it with a volunteer fixer. Tea and cake while you wait.",
					null, null, null, 300, "£3 suggested donation; nobody is turned away", "St Mark's Church Hall",
					"Sandringham Road", "E8 2QX", List.of(at(SUNDAY, "11:00", "15:00")), List.of("goods:home_goods")),
			new Demo("energy-advice", "Clapton Community Energy", "Energy advice for households",
					"Help to cut heating bills: checking tariffs, applying for grants and the Warm Home Discount, and simple draught-proofing.",
					"Hackney households, priority for those in fuel poverty", null, null, null, null, "Clapton Library",
					"Northwold Road", "E5 9NB", List.of(at(WEDNESDAY, "10:00", "16:00")),
					List.of("money:financial_education", "housing:help_pay_for_housing")),
			new Demo("bsl-coffee-morning", "Hackney Deaf Voices", "BSL coffee morning",
					"A relaxed coffee morning in British Sign Language, with peer advice on benefits, health and housing.",
					"Deaf and hard of hearing people, family and friends", null, null, null, null, "Hackney Central Library",
					"1 Reading Lane", "E8 1DY", List.of(at(THURSDAY, "10:00", "12:00")),
					List.of("care:support_network")),
			new Demo("night-shelter", "Stoke Newington Faith Forum", "Winter night shelter",
					"A warm bed, an evening meal and breakfast, in a different place of worship each night from December to March.",
					"Adults sleeping rough, referred by a local outreach team or walking in", 18, null, null, null,
					"Stoke Newington Church Street", "Church Street", "N16 0AB",
					List.of(at(MONDAY, "19:00", "24:00"), at(TUESDAY, "19:00", "24:00"), at(WEDNESDAY, "19:00", "24:00"),
							at(THURSDAY, "19:00", "24:00"), at(FRIDAY, "19:00", "24:00"), at(SATURDAY, "19:00", "24:00"),
							at(SUNDAY, "19:00", "24:00")),
					List.of("housing:emergency_shelter", "emergency:emergency_shelter")),
			new Demo("rhyme-time", "Hackney Council Libraries", "Baby rhyme time",
					"Songs and rhymes for babies and toddlers with their parents or carers. Free, just turn up.",
					"Babies and toddlers up to 2 with an adult", 0, 2, null, null, "Hackney Central Library",
					"1 Reading Lane", "E8 1DY", List.of(at(MONDAY, "10:30", "11:00"), at(WEDNESDAY, "10:30", "11:00")),
					List.of("education:preschool")),
			new Demo("help-with-forms", "Hackney Council Libraries", "Help with forms and benefits",
					"Library staff and volunteers help fill in online forms: Universal Credit, council tax support, blue badges.",
					null, null, null, null, null, "Hackney Central Library", "1 Reading Lane", "E8 1DY",
					List.of(at(TUESDAY, "14:00", "16:00")),
					List.of("care:navigating_the_system", "money:government_benefits")),
			new Demo("parent-run-nursery", "Homerton Childcare Co-operative", "Parent-run nursery",
					"A small co-operative nursery where parents share the running and the care with two qualified staff.",
					"Children from 6 months to 4 years whose families join the co-operative", 0, 4, 6500,
					"£65 a day, less for families on Universal Credit", "Homerton Nursery", "Homerton High Street",
					"E9 6AA",
					List.of(at(MONDAY, "08:00", "18:00"), at(TUESDAY, "08:00", "18:00"), at(WEDNESDAY, "08:00", "18:00"),
							at(THURSDAY, "08:00", "18:00"), at(FRIDAY, "08:00", "18:00")),
					List.of("care:daytime_care")));

	private final ServiceDirectory directory;
	private final JdbcClient jdbc;

	ServicesDemo(ServiceDirectory directory, JdbcClient jdbc) {
		this.directory = directory;
		this.jdbc = jdbc;
	}

	static UUID id(String key) {
		return ServiceDirectory.nameId("demo-service:" + key);
	}

	private static Opening at(DayOfWeek day, String opens, String closes) {
		return new Opening(day, minutes(opens), minutes(closes));
	}

	private static int minutes(String clock) {
		return Integer.parseInt(clock.substring(0, 2)) * 60 + Integer.parseInt(clock.substring(3));
	}

	@Override
	public String name() {
		return "groups: Hackney services";
	}

	@Override
	public int order() {
		return 42;
	}

	@Override
	public void load() {
		for (Demo demo : SERVICES) {
			Optional<Long> organisation = jdbc.sql("SELECT id FROM groups.organisation WHERE name = :name")
				.param("name", demo.organisation())
				.query(Long.class)
				.optional();
			if (organisation.isEmpty()) {
				continue;
			}
			List<UUID> terms = new ArrayList<>();
			for (String code : demo.terms()) {
				terms.add(directory.openEligibility(code).orElseThrow().id());
			}
			directory.offer(new NewService(id(demo.key()), new OrganisationId(organisation.get()), demo.name(),
					demo.description(), demo.eligibility(), demo.minimumAge(), demo.maximumAge(),
					demo.costPence() == null, demo.costPence(), demo.costDescription(), null, null, null, demo.venue(),
					demo.address(), "London", Postcode.parse(demo.postcode()), demo.openings(), terms));
		}
	}
}
