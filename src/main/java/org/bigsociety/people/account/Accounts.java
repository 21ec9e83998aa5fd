package org.bigsociety.people.account;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.bigsociety.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code people.account} table. */
@Repository
class Accounts {

	static final String COLUMNS = """
			id, email, display_name, password_hash, postcode, area_id, email_confirmed_at, created_at, failed_sign_ins,
			locked_until, deleted_at, bio, skills, interests, contact_preference, phone, name_public,
			neighbourhood_public, skills_public, bio_public""";

	private final JdbcClient jdbc;

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Account> find(PersonId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM people.account WHERE id = :id")
			.param("id", id.value())
			.query(Accounts::map)
			.optional();
	}

	/** Live, confirmed accounts whose postcode lies in one of these areas, by id. */
	List<PersonId> livingIn(List<Long> areaIds, int limit) {
		return jdbc.sql("""
				SELECT id FROM people.account
				WHERE area_id IN (:areas) AND deleted_at IS NULL AND email_confirmed_at IS NOT NULL
				ORDER BY id LIMIT :limit""")
			.param("areas", areaIds)
			.param("limit", limit)
			.query((rs, n) -> new PersonId(rs.getLong(1)))
			.list();
	}

	/** The live (not deleted) account with this address. */
	Optional<Account> findLive(EmailAddress email) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM people.account WHERE email = :email AND deleted_at IS NULL")
			.param("email", email.value())
			.query(Accounts::map)
			.optional();
	}

	PersonId create(EmailAddress email, String displayName, String passwordHash, String postcode, Long areaId,
			Instant confirmedAt, Instant now) {
		long id = jdbc.sql("""
				INSERT INTO people.account (email, display_name, password_hash, postcode, area_id, email_confirmed_at,
				    created_at)
				VALUES (:email, :name, :hash, :postcode, :area, :confirmed, :now)
				RETURNING id""")
			.param("email", email.value())
			.param("name", displayName)
			.param("hash", passwordHash)
			.param("postcode", postcode)
			.param("area", areaId)
			.param("confirmed", timestamp(confirmedAt))
			.param("now", timestamp(now))
			.query(Long.class)
			.single();
		return new PersonId(id);
	}

	/** An account without email or password, for someone enrolled in person (see {@link OfflineEnrolment}). */
	PersonId createOffline(String displayName, String postcode, Long areaId, String phone, PersonId enrolledBy,
			Instant now) {
		long id = jdbc.sql("""
				INSERT INTO people.account (email, display_name, password_hash, postcode, area_id, phone,
				    contact_preference, enrolled_by, created_at)
				VALUES (NULL, :name, NULL, :postcode, :area, :phone, :preference, :by, :now)
				RETURNING id""")
			.param("name", displayName)
			.param("postcode", postcode)
			.param("area", areaId)
			.param("phone", phone)
			.param("preference", phone == null ? ContactPreference.NONE.name() : ContactPreference.PHONE.name())
			.param("by", enrolledBy.value())
			.param("now", timestamp(now))
			.query(Long.class)
			.single();
		return new PersonId(id);
	}

	void confirm(PersonId person, Instant now) {
		jdbc.sql("UPDATE people.account SET email_confirmed_at = coalesce(email_confirmed_at, :now) WHERE id = :id")
			.param("now", timestamp(now))
			.param("id", person.value())
			.update();
	}

	void setPassword(PersonId person, String hash) {
		jdbc.sql("UPDATE people.account SET password_hash = :hash WHERE id = :id")
			.param("hash", hash)
			.param("id", person.value())
			.update();
	}

	static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	static List<String> strings(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	static Account map(ResultSet rs, int row) throws SQLException {
		long area = rs.getLong("area_id");
		Long areaId = rs.wasNull() ? null : area;
		return new Account(new PersonId(rs.getLong("id")), rs.getString("email"), rs.getString("display_name"),
				rs.getString("password_hash"), rs.getString("postcode"), areaId,
				instant(rs, "email_confirmed_at"), instant(rs, "created_at"), rs.getInt("failed_sign_ins"),
				instant(rs, "locked_until"), instant(rs, "deleted_at"), rs.getString("bio"), strings(rs, "skills"),
				strings(rs, "interests"), ContactPreference.valueOf(rs.getString("contact_preference")),
				rs.getString("phone"), rs.getBoolean("name_public"), rs.getBoolean("neighbourhood_public"),
				rs.getBoolean("skills_public"), rs.getBoolean("bio_public"));
	}
}
