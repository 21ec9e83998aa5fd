package org.bigsociety.place.geography;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bigsociety.place.AreaType;
import org.bigsociety.place.Coordinates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the official geography on every start: the nations, the English regions, every current local authority with
 * its centre, and Hackney's wards with their centres. Only what the database is missing is added (an area, or the
 * centre of an area that has none), so a restart costs two queries and a council's own changes are kept. This is
 * reference data, not demo data, and it runs before the demo loader and any import, which both need the areas. A
 * transaction-level advisory lock keeps two nodes starting together from adding the same area twice.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class GeographyLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(GeographyLoader.class);
	private static final long LOCK = 0x91ace001L;
	private static final String FOLDER = "places/";

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;

	GeographyLoader(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		load();
	}

	/** One area as the files give it; the parent is named by its GSS code. */
	private record Official(AreaType type, String gss, String name, String parentGss, Coordinates centre) {
	}

	/** Adds the areas that are missing and the centres that are missing; returns how many areas it added. */
	int load() {
		List<Official> areas = new ArrayList<>();
		areas.addAll(read("ctry_all_codes.csv", AreaType.NATION, "CTRYCD", "CTRYNM", null, Map.of()));
		areas.addAll(read("rgn_all_codes.csv", AreaType.REGION, "RGNCD", "RGNNM", "CTRYCD", Map.of()));
		areas.addAll(localAuthorities());
		areas.addAll(read("ward_all_codes_hackney.csv", AreaType.WARD, "WDCD", "WDNM", "LADCD", wardCentres()));

		Integer added = transactions.execute(status -> {
			jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", LOCK).query(Object.class).single();
			Set<String> known = new HashSet<>();
			Set<String> withoutCentre = new HashSet<>();
			jdbc.sql("SELECT gss_code, centre_latitude IS NULL FROM place.areas WHERE gss_code IS NOT NULL")
				.query((rs, n) -> {
					known.add(rs.getString(1));
					if (rs.getBoolean(2)) {
						withoutCentre.add(rs.getString(1));
					}
					return null;
				})
				.list();
			int count = 0;
			int wards = 0;
			for (Official area : areas) {
				if (known.add(area.gss())) {
					insert(area);
					count++;
					wards += area.type() == AreaType.WARD ? 1 : 0;
				}
				else if (area.centre() != null && withoutCentre.contains(area.gss())) {
					giveCentre(area);
				}
			}
			if (wards > 0) {
				placeInNewWards();
			}
			return count;
		});
		if (added != null && added > 0) {
			log.info("Added {} areas to the geography", added);
		}
		return added == null ? 0 : added;
	}

	private List<Official> read(String file, AreaType type, String codeColumn, String nameColumn, String parentColumn,
			Map<String, Coordinates> centres) {
		List<Official> areas = new ArrayList<>();
		try (CsvReader csv = open(file)) {
			int code = csv.require(codeColumn);
			int name = csv.require(nameColumn);
			int parent = parentColumn == null ? -1 : csv.require(parentColumn);
			for (List<String> row = csv.next(); row != null; row = csv.next()) {
				String gss = CsvReader.field(row, code);
				areas.add(new Official(type, gss, CsvReader.field(row, name),
						parent < 0 ? null : CsvReader.field(row, parent), centres.get(gss)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return areas;
	}

	/**
	 * The current local authorities from the ONS list. England's sit in their region, the others directly in their
	 * nation.
	 */
	private List<Official> localAuthorities() {
		Map<String, Coordinates> centres = localAuthorityCentres();
		List<Official> areas = new ArrayList<>();
		try (CsvReader csv = open("la_all_codes.csv")) {
			int code = csv.require("LADCD");
			int name = csv.require("LADNM");
			int region = csv.require("RGNCD");
			int nation = csv.require("CTRYCD");
			int current = csv.require("Current");
			for (List<String> row = csv.next(); row != null; row = csv.next()) {
				if (!"TRUE".equalsIgnoreCase(CsvReader.field(row, current))) {
					continue;
				}
				String gss = CsvReader.field(row, code);
				String parent = CsvReader.field(row, region).isEmpty() ? CsvReader.field(row, nation)
						: CsvReader.field(row, region);
				String areaName = CsvReader.field(row, name);
				Coordinates centre = centres.containsKey(gss) ? centres.get(gss) : centres.get("name:" + areaName);
				areas.add(new Official(AreaType.LOCAL_AUTHORITY, gss, areaName, parent, centre));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return areas;
	}

	/**
	 * mySociety's centre of each current authority, by GSS code and by name: an authority whose code changed with a
	 * boundary (Barnsley and Sheffield in 2023) is found by its name when the name is unique.
	 */
	private Map<String, Coordinates> localAuthorityCentres() {
		Map<String, Coordinates> centres = new HashMap<>();
		Set<String> ambiguous = new HashSet<>();
		try (CsvReader csv = open("uk_local_authorities_current.csv")) {
			int code = csv.require("gss-code");
			int name = csv.require("nice-name");
			int latitude = csv.require("lat");
			int longitude = csv.require("long");
			for (List<String> row = csv.next(); row != null; row = csv.next()) {
				Coordinates centre = coordinates(CsvReader.field(row, latitude), CsvReader.field(row, longitude));
				if (centre == null) {
					continue;
				}
				centres.put(CsvReader.field(row, code), centre);
				String byName = "name:" + CsvReader.field(row, name);
				if (centres.putIfAbsent(byName, centre) != null) {
					ambiguous.add(byName);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ambiguous.forEach(centres::remove);
		return centres;
	}

	private Map<String, Coordinates> wardCentres() {
		Map<String, Coordinates> centres = new HashMap<>();
		try (CsvReader csv = open("ward_latlong_hackney.csv")) {
			int code = csv.require("wdcd");
			int latitude = csv.require("latitude");
			int longitude = csv.require("longitude");
			for (List<String> row = csv.next(); row != null; row = csv.next()) {
				Coordinates centre = coordinates(CsvReader.field(row, latitude), CsvReader.field(row, longitude));
				if (centre != null) {
					centres.put(CsvReader.field(row, code), centre);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return centres;
	}

	private static Coordinates coordinates(String latitude, String longitude) {
		try {
			return new Coordinates(Double.parseDouble(latitude), Double.parseDouble(longitude));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private void insert(Official area) {
		jdbc.sql("""
				INSERT INTO place.areas (type, name, gss_code, parent_id, centre_latitude, centre_longitude)
				VALUES (:type, :name, :gss, (SELECT id FROM place.areas WHERE gss_code = :parent), :latitude, :longitude)
				""")
			.param("type", area.type().name())
			.param("name", area.name())
			.param("gss", area.gss())
			.param("parent", area.parentGss())
			.param("latitude", area.centre() == null ? null : area.centre().latitude(), java.sql.Types.DOUBLE)
			.param("longitude", area.centre() == null ? null : area.centre().longitude(), java.sql.Types.DOUBLE)
			.update();
	}

	private void giveCentre(Official area) {
		jdbc.sql("""
				UPDATE place.areas SET centre_latitude = :latitude, centre_longitude = :longitude
				WHERE gss_code = :gss AND centre_latitude IS NULL
				""")
			.param("gss", area.gss())
			.param("latitude", area.centre().latitude())
			.param("longitude", area.centre().longitude())
			.update();
	}

	/** Postcodes imported before their ward was known sit in their local authority; move them into the ward. */
	void placeInNewWards() {
		int moved = jdbc.sql("""
				UPDATE place.postcodes p SET area_id = a.id
				FROM place.areas a
				WHERE a.type = 'WARD' AND a.gss_code = p.ward_gss AND p.area_id = p.local_authority_id
				""")
			.update();
		if (moved > 0) {
			log.info("Placed {} postcodes in wards loaded after them", moved);
		}
	}

	private static CsvReader open(String file) throws IOException {
		return new CsvReader(new InputStreamReader(new ClassPathResource(FOLDER + file).getInputStream(),
				StandardCharsets.UTF_8));
	}
}
