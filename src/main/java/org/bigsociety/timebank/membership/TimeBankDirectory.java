package org.bigsociety.timebank.membership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bigsociety.groups.OrganisationId;
import org.bigsociety.place.Area;
import org.bigsociety.place.AreaId;
import org.bigsociety.place.Places;
import org.bigsociety.timebank.TimeBankId;
import org.bigsociety.timebank.TimeBanks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Where time banks are kept, and the {@link TimeBanks} facade other modules use. */
@Service
public class TimeBankDirectory implements TimeBanks {

	private static final String COLUMNS = "id, slug, name, description, area_id, organisation_id, created_at";

	private final JdbcClient jdbc;
	private final Places places;

	TimeBankDirectory(JdbcClient jdbc, Places places) {
		this.jdbc = jdbc;
		this.places = places;
	}

	@Override
	public Optional<TimeBankSummary> find(TimeBankId id) {
		return bank(id).map(TimeBank::summary);
	}

	@Override
	public List<TimeBankSummary> serving(AreaId area) {
		List<Long> chain = places.chain(area).stream().map(Area::id).map(AreaId::value).toList();
		if (chain.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM timebank.time_bank WHERE area_id IN (:areas) ORDER BY name, id")
			.param("areas", chain)
			.query(TimeBankDirectory::map)
			.list()
			.stream()
			.map(TimeBank::summary)
			.toList();
	}

	public Optional<TimeBank> bank(TimeBankId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM timebank.time_bank WHERE id = :id")
			.param("id", id.value())
			.query(TimeBankDirectory::map)
			.optional();
	}

	/** A time bank by its slug or, for addresses written with the number, its id. */
	public Optional<TimeBank> byReference(String reference) {
		if (reference == null || reference.isBlank()) {
			return Optional.empty();
		}
		if (reference.matches("[0-9]{1,18}")) {
			long id = Long.parseLong(reference);
			return id > 0 ? bank(new TimeBankId(id)) : Optional.empty();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM timebank.time_bank WHERE slug = :slug")
			.param("slug", reference)
			.query(TimeBankDirectory::map)
			.optional();
	}

	public List<TimeBank> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM timebank.time_bank ORDER BY name, id")
			.query(TimeBankDirectory::map)
			.list();
	}

	public boolean slugTaken(Slug slug) {
		return jdbc.sql("SELECT count(*) FROM timebank.time_bank WHERE slug = :slug")
			.param("slug", slug.value())
			.query(Long.class)
			.single() > 0;
	}

	TimeBank insert(Slug slug, String name, String description, AreaId area, OrganisationId organisation,
			Instant now, long createdBy) {
		long id = jdbc.sql("""
				INSERT INTO timebank.time_bank (slug, name, description, area_id, organisation_id, created_at, created_by)
				VALUES (:slug, :name, :description, :area, :organisation, :now, :by)
				RETURNING id""")
			.param("slug", slug.value())
			.param("name", name)
			.param("description", description)
			.param("area", area.value())
			.param("organisation", organisation == null ? null : organisation.value())
			.param("now", java.sql.Timestamp.from(now))
			.param("by", createdBy)
			.query(Long.class)
			.single();
		return bank(new TimeBankId(id)).orElseThrow();
	}

	static TimeBank map(ResultSet row, int n) throws SQLException {
		long organisationId = row.getLong("organisation_id");
		OrganisationId organisation = row.wasNull() ? null : new OrganisationId(organisationId);
		return new TimeBank(new TimeBankId(row.getLong("id")), row.getString("slug"), row.getString("name"),
				row.getString("description"), new AreaId(row.getLong("area_id")), organisation,
				row.getTimestamp("created_at").toInstant());
	}
}
