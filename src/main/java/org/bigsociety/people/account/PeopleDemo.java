package org.bigsociety.people.account;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import net.datafaker.Faker;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.Role;
import org.bigsociety.people.RoleScope;
import org.bigsociety.place.AreaId;
import org.bigsociety.platform.DemoContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo area's people: about 300 made-up Hackney residents (the same every time: fixed seed) who cannot sign in,
 * and one sign-in per role, listed in docs/demo-sign-ins.md.
 */
@Component
class PeopleDemo implements DemoContent {

	static final String PASSWORD = "demo-password";
	static final String DOMAIN = "@demo.bigsociety.org.uk";
	static final String HACKNEY = "E09000012";
	static final int RESIDENTS = 300;

	static final List<String> POSTCODES = List.of("E8 1DY", "E8 7UJ", "E8 4UT", "E8 5HZ", "E8 8DJ", "E8 2QX", "E8 7FS",
			"E5 7TJ", "E5 4RP", "E5 5AP", "E5 8GB", "E5 9NB", "E9 6TZ", "E9 1ES", "E9 6FE", "E9 7XY", "N16 8GG",
			"N16 7RG", "N16 2SL", "N16 1NP", "N16 4HU", "N16 6SR");

	private static final List<String> SKILLS = List.of("gardening", "DIY", "cooking", "reading aloud", "dog walking",
			"computer help", "lifts to appointments", "shopping", "befriending", "sewing", "bike repair", "English lessons",
			"maths tutoring", "painting and decorating", "childcare", "form filling", "music", "first aid");
	private static final List<String> INTERESTS = List.of("litter picks", "street parties", "community gardens",
			"youth clubs", "local history", "climate action", "food bank", "tenants' association", "park friends group",
			"arts and crafts", "running club", "library");

	/** The demo sign-ins: local part of the address, display name, and role. */
	record SignIn(String localPart, String name, Role role) {
	}

	static final List<SignIn> SIGN_INS = List.of(new SignIn("resident", "Demo Resident", Role.RESIDENT),
			new SignIn("organiser", "Demo Organiser", Role.ORGANISER), new SignIn("broker", "Demo Broker", Role.BROKER),
			new SignIn("groupadmin", "Demo Group Admin", Role.GROUP_ADMIN),
			new SignIn("officer", "Demo Officer", Role.OFFICER), new SignIn("moderator", "Demo Moderator", Role.MODERATOR),
			new SignIn("admin", "Demo Administrator", Role.ADMINISTRATOR));

	private final Accounts accounts;
	private final RoleGrants grants;
	private final Neighbourhoods neighbourhoods;
	private final PasswordEncoder passwords;
	private final JdbcClient jdbc;
	private final Clock clock;

	PeopleDemo(Accounts accounts, RoleGrants grants, Neighbourhoods neighbourhoods, PasswordEncoder passwords,
			JdbcClient jdbc, Clock clock) {
		this.accounts = accounts;
		this.grants = grants;
		this.neighbourhoods = neighbourhoods;
		this.passwords = passwords;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "people: Hackney residents and demo sign-ins";
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public void load() {
		Instant now = clock.instant();
		Map<String, Long> areas = new HashMap<>();
		POSTCODES.forEach(postcode -> {
			Long area = neighbourhoods.areaOf(postcode);
			if (area != null) {
				areas.put(postcode, area);
			}
		});
		Random random = new Random(20101118L);
		Faker faker = new Faker(Locale.UK, random);
		for (int i = 1; i <= RESIDENTS; i++) {
			String first = faker.name().firstName();
			String last = faker.name().lastName();
			String email = (first + "." + last + "." + i).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]", "")
					+ "@example.org";
			String postcode = POSTCODES.get(random.nextInt(POSTCODES.size()));
			PersonId person = accounts.create(new EmailAddress(email), first + " " + last, null, postcode,
					areas.get(postcode), now, now);
			jdbc.sql("UPDATE people.account SET skills = :skills, interests = :interests, bio = :bio WHERE id = :id")
				.param("skills", pick(random, SKILLS, 4))
				.param("interests", pick(random, INTERESTS, 3))
				.param("bio", random.nextInt(3) == 0 ? "Living in Hackney for " + (1 + random.nextInt(40)) + " years." : null)
				.param("id", person.value())
				.update();
		}
		String hash = passwords.encode(PASSWORD);
		AreaId hackney = neighbourhoods.byGssCode(HACKNEY).orElse(null);
		for (SignIn signIn : SIGN_INS) {
			PersonId person = accounts.create(new EmailAddress(signIn.localPart() + DOMAIN), signIn.name(), hash,
					"E8 1DY", areas.get("E8 1DY"), now, now);
			if (signIn.role() == Role.RESIDENT) {
				continue;
			}
			RoleScope scope = signIn.role() == Role.ADMINISTRATOR || hackney == null ? RoleScope.platform()
					: RoleScope.area(hackney);
			grants.grant(person, signIn.role(), scope, null);
		}
	}

	private static String[] pick(Random random, List<String> from, int most) {
		Set<String> picked = new LinkedHashSet<>();
		int count = random.nextInt(most + 1);
		for (int i = 0; i < count; i++) {
			picked.add(from.get(random.nextInt(from.size())));
		}
		return new ArrayList<>(picked).toArray(new String[0]);
	}
}
