package org.bigsociety.participation.petitions;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.Role;
import org.bigsociety.people.RoleScope;
import org.bigsociety.place.Area;
import org.bigsociety.place.AreaId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The thresholds each area sets for its petitions. An area without its own uses the nearest area above it that has
 * them (a ward uses its council's), and failing that the platform's defaults
 * ({@code bigsociety.petitions.thresholds.response} and {@code .debate}).
 */
@Service
public class AreaThresholds {

	private final JdbcClient jdbc;
	private final SignerPlaces places;
	private final People people;
	private final Thresholds defaults;
	private final ShortLivedCache<String, Map<Long, Thresholds>> all = new ShortLivedCache<>(Duration.ofSeconds(30), 1);

	AreaThresholds(JdbcClient jdbc, SignerPlaces places, People people,
			@Value("${bigsociety.petitions.thresholds.response:100}") int response,
			@Value("${bigsociety.petitions.thresholds.debate:1000}") int debate) {
		this.jdbc = jdbc;
		this.places = places;
		this.people = people;
		this.defaults = new Thresholds(response, debate);
	}

	/** The thresholds that apply to petitions for this area. */
	public Thresholds of(AreaId area) {
		Map<Long, Thresholds> set = table();
		List<Area> chain = places.chain(area);
		for (int i = chain.size() - 1; i >= 0; i--) {
			Thresholds own = set.get(chain.get(i).id().value());
			if (own != null) {
				return own;
			}
		}
		return set.getOrDefault(area.value(), defaults);
	}

	/** The area's own thresholds, if it has set them. */
	public Optional<Thresholds> own(AreaId area) {
		return Optional.ofNullable(table().get(area.value()));
	}

	public Thresholds defaults() {
		return defaults;
	}

	/** An officer for the area sets its thresholds. */
	public void set(PersonId officer, AreaId area, Thresholds thresholds) {
		if (!people.holds(officer, Role.OFFICER, RoleScope.area(area))) {
			throw new AccessDeniedException("Only an officer for this area sets its petition thresholds");
		}
		save(area, thresholds);
	}

	void save(AreaId area, Thresholds thresholds) {
		jdbc.sql("""
				INSERT INTO participation.petition_threshold (area_id, response, debate) VALUES (:area, :response, :debate)
				ON CONFLICT (area_id) DO UPDATE SET response = excluded.response, debate = excluded.debate""")
			.param("area", area.value())
			.param("response", thresholds.response())
			.param("debate", thresholds.debate())
			.update();
		all.clear();
	}

	private Map<Long, Thresholds> table() {
		return all.get("all", key -> {
			Map<Long, Thresholds> rows = new HashMap<>();
			jdbc.sql("SELECT area_id, response, debate FROM participation.petition_threshold")
				.query(rs -> {
					rows.put(rs.getLong("area_id"), new Thresholds(rs.getInt("response"), rs.getInt("debate")));
				});
			return rows;
		});
	}
}
