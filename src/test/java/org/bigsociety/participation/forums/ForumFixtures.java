package org.bigsociety.participation.forums;

import java.util.List;
import java.util.UUID;

import org.bigsociety.people.PersonId;
import org.bigsociety.place.Area;
import org.bigsociety.place.AreaId;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** People, forums and threads for forum tests, each with unique values. */
final class ForumFixtures {

	static final String HACKNEY = "E09000012";
	static final String GROUP = "mapledene-road-residents-association";

	private final JdbcClient jdbc;
	private final Places places;
	private final Forums forums;

	ForumFixtures(JdbcClient jdbc, Places places, Forums forums) {
		this.jdbc = jdbc;
		this.places = places;
		this.forums = forums;
	}

	Area hackney() {
		return places.byGssCode(new GssCode(HACKNEY)).orElseThrow();
	}

	/** Two of Hackney's wards with GSS codes. */
	List<Area> wards() {
		List<Area> wards = places.children(hackney().id()).stream().filter(a -> a.gssCode().isPresent()).limit(2)
			.toList();
		assertThat(wards).hasSize(2);
		return wards;
	}

	/**
	 * A live account living in the area (null: no postcode we can place), its email confirmed or not, holding the role
	 * for the area if one is given. Written straight into the people schema: a test shortcut the application never
	 * takes.
	 */
	PersonId person(AreaId area, boolean confirmed, String role) {
		long id = jdbc.sql("""
				INSERT INTO people.account (email, display_name, postcode, area_id, email_confirmed_at, created_at)
				VALUES (:email, :name, :postcode, :area, CASE WHEN :confirmed THEN now() END, now()) RETURNING id""")
			.param("email", "forum-" + UUID.randomUUID() + "@example.org")
			.param("name", "Forum Tester " + UUID.randomUUID().toString().substring(0, 6))
			.param("postcode", area == null ? null : "E8 1DY")
			.param("area", area == null ? null : area.value())
			.param("confirmed", confirmed)
			.query(Long.class)
			.single();
		if (role != null) {
			jdbc.sql("""
					INSERT INTO people.role_grant (person_id, role, scope_type, scope_id, granted_at)
					VALUES (:person, :role, 'AREA', :area, now())""")
				.param("person", id).param("role", role).param("area", area.value()).update();
		}
		return new PersonId(id);
	}

	PersonId resident(Area area) {
		return person(area.id(), true, null);
	}

	PersonId demo(String localPart) {
		return new PersonId(jdbc.sql("SELECT id FROM people.account WHERE email = :email AND deleted_at IS NULL")
			.param("email", localPart + "@demo.bigsociety.org.uk").query(Long.class).single());
	}

	Forum forum(Area area) {
		return forums.area(area.gssCode().orElseThrow().value());
	}

	/** Starts a thread and asserts it was accepted; its id. */
	long thread(PersonId author, Forum forum, String title) {
		Forums.Outcome outcome = forums.startThread(author, forum, title, "First post of " + title);
		assertThat(outcome.errors()).isEmpty();
		return outcome.threadId();
	}

	static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}
}
