package org.bigsociety.people.account;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bigsociety.people.PersonId;
import org.bigsociety.place.Postcode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's own view of their account, and the changes they may make to their profile. */
@Service
public class Profiles {

	static final int MAX_NAME = 80;
	static final int MAX_BIO = 500;
	static final int MAX_TAGS = 20;
	static final int MAX_TAG = 40;

	/** What the account page shows. */
	public record Profile(long id, String displayName, String email, String postcode, String neighbourhood,
			List<String> skills, List<String> interests, String bio, ContactPreference contactPreference, String phone,
			boolean namePublic, boolean neighbourhoodPublic, boolean skillsPublic, boolean bioPublic) {
	}

	/** What a person typed into the profile form; lists are comma-separated. */
	public record Change(String displayName, String postcode, String skills, String interests, String bio,
			String contactPreference, String phone, Boolean namePublic, Boolean neighbourhoodPublic,
			Boolean skillsPublic, Boolean bioPublic) {

		public static Change of(Profile profile) {
			return new Change(profile.displayName(), profile.postcode(), String.join(", ", profile.skills()),
					String.join(", ", profile.interests()), profile.bio(), profile.contactPreference().name(),
					profile.phone(), profile.namePublic(), profile.neighbourhoodPublic(), profile.skillsPublic(),
					profile.bioPublic());
		}
	}

	private final Accounts accounts;
	private final Neighbourhoods neighbourhoods;
	private final JdbcClient jdbc;

	Profiles(Accounts accounts, Neighbourhoods neighbourhoods, JdbcClient jdbc) {
		this.accounts = accounts;
		this.neighbourhoods = neighbourhoods;
		this.jdbc = jdbc;
	}

	public Profile of(PersonId person) {
		Account a = accounts.find(person).filter(account -> !account.deleted())
			.orElseThrow(() -> new IllegalStateException("A signed-in person has a live account"));
		return new Profile(a.id().value(), a.displayName(), a.email(), a.postcode(),
				neighbourhoods.describe(a.areaId(), a.postcode()), a.skills(), a.interests(), a.bio(),
				a.contactPreference(), a.phone(), a.namePublic(), a.neighbourhoodPublic(), a.skillsPublic(),
				a.bioPublic());
	}

	/** Splits "gardening, DIY ,, cooking" into its items, without blanks. */
	static List<String> items(String typed) {
		if (typed == null) {
			return List.of();
		}
		return Arrays.stream(typed.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
	}

	/** The problems with a change, field by field (message keys). */
	public static Map<String, String> problemsWith(Change change) {
		Map<String, String> problems = new LinkedHashMap<>();
		String name = change.displayName() == null ? "" : change.displayName().trim();
		if (name.isEmpty()) {
			problems.put("displayName", "people.name.missing");
		}
		else if (name.length() > MAX_NAME) {
			problems.put("displayName", "people.name.tooLong");
		}
		try {
			Postcode.parse(change.postcode());
		}
		catch (IllegalArgumentException ex) {
			problems.put("postcode", change.postcode() == null || change.postcode().isBlank()
					? "people.postcode.missing" : "people.postcode.invalid");
		}
		for (String field : new String[] { "skills", "interests" }) {
			List<String> items = items("skills".equals(field) ? change.skills() : change.interests());
			if (items.size() > MAX_TAGS) {
				problems.put(field, "people.profile." + field + ".tooMany");
			}
			else if (items.stream().anyMatch(item -> item.length() > MAX_TAG)) {
				problems.put(field, "people.profile." + field + ".tooLong");
			}
		}
		if (change.bio() != null && change.bio().trim().length() > MAX_BIO) {
			problems.put("bio", "people.profile.bio.tooLong");
		}
		ContactPreference preference = preference(change.contactPreference());
		if (preference == null) {
			problems.put("contactPreference", "people.profile.contact.missing");
		}
		String phone = change.phone() == null ? "" : change.phone().trim();
		if (!phone.isEmpty() && !phone.matches("\\+?[0-9 ()-]{6,20}")) {
			problems.put("phone", "people.profile.phone.invalid");
		}
		else if (phone.isEmpty() && preference == ContactPreference.PHONE) {
			problems.put("phone", "people.profile.phone.missing");
		}
		return problems;
	}

	private static ContactPreference preference(String typed) {
		try {
			return typed == null ? null : ContactPreference.valueOf(typed);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** Saves the change if it is acceptable; a new postcode finds its area again. Returns the problems. */
	@Transactional
	public Map<String, String> change(PersonId person, Change change) {
		Map<String, String> problems = problemsWith(change);
		if (!problems.isEmpty()) {
			return problems;
		}
		String postcode = Postcode.parse(change.postcode()).value();
		Account before = accounts.find(person).orElseThrow();
		Long area = postcode.equals(before.postcode()) && before.areaId() != null ? before.areaId()
				: neighbourhoods.areaOf(postcode);
		String phone = change.phone() == null || change.phone().isBlank() ? null : change.phone().trim();
		String bio = change.bio() == null || change.bio().isBlank() ? null : change.bio().trim();
		jdbc.sql("""
				UPDATE people.account SET display_name = :name, postcode = :postcode, area_id = :area, skills = :skills,
				    interests = :interests, bio = :bio, contact_preference = :contact, phone = :phone,
				    name_public = :namePublic, neighbourhood_public = :neighbourhoodPublic,
				    skills_public = :skillsPublic, bio_public = :bioPublic
				WHERE id = :id AND deleted_at IS NULL""")
			.param("name", change.displayName().trim())
			.param("postcode", postcode)
			.param("area", area)
			.param("skills", new ArrayList<>(items(change.skills())).toArray(new String[0]))
			.param("interests", new ArrayList<>(items(change.interests())).toArray(new String[0]))
			.param("bio", bio)
			.param("contact", preference(change.contactPreference()).name())
			.param("phone", phone)
			.param("namePublic", Boolean.TRUE.equals(change.namePublic()))
			.param("neighbourhoodPublic", Boolean.TRUE.equals(change.neighbourhoodPublic()))
			.param("skillsPublic", Boolean.TRUE.equals(change.skillsPublic()))
			.param("bioPublic", Boolean.TRUE.equals(change.bioPublic()))
			.param("id", person.value())
			.update();
		return problems;
	}
}
