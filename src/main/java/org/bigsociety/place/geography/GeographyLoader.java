package org.bigsociety.place.geography;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bigsociety.place.AreaType;
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
 * Loads the official geography on every start: the nations, the English regions, every current local authority and
 * Hackney's wards with their centres. Only what the database is missing is added, so a restart costs one query and a
 * council's own additions are kept. This is reference data, not demo data, and it runs before the demo loader and any
 * import, which both need the areas. A transaction-level advisory lock keeps two nodes starting together from adding
 * the same area twice.
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

	/** Adds the areas that are missing; returns how many it added. */
	int load() {
		Integer added = transactions.execute(status -> {
			jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", LOCK).query(Object.class).single();
			Set<String> known = new HashSet<>(
					jdbc.sql("SELECT gss_code FROM place.areas WHERE gss_code IS NOT NULL").query(String.class).list());
			int count = 0;
			count += load("ctry_all_codes.csv", AreaType.NATION, "CTRYCD", "CTRYNM", null, known, Map.of());
			count += load("rgn_all_codes.csv", AreaType.REGION, "RGNCD", "RGNNM", "CTRYCD", known, Map.of());
			count += loadLocalAuthorities(known);
			count += load("ward_all_codes_hackney.csv", AreaType.WARD, "WDCD", "WDNM", "LADCD", known,
					centres("ward_latlong_hackney.csv"));
			return count;
		});
		if (added != null && added > 0) {
			log.info("Added {} areas to the geography", added);
		}
		return added == null ? 0 : added;
	}

	private int load(String file, AreaType type, String codeColumn, String nameColumn, String parentColumn,
			Set<String> known, Map<String, double[]> centres) {
		int count = 0;
		try (CsvReader csv = open(file)) {
			int code = csv.require(codeColumn);
			int name = csv.require(nameColumn);
			int parent = parentColumn == null ? -1 : csv.require(parentColumn);
			for (List<String> row = csv.next(); row != null; row = csv.next()) {
				String gss = CsvReader.field(row, code);
				if (known.add(gss)) {
					insert(type, CsvReader.field(row, name), gss, parent < 0 ? "" : CsvReader.field(row, parent),
							centres.get(gss));
					count++;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return count;
	}

	/** England's local authorities sit in a region; elsewhere they sit directly in their nation. */
	private int loadLocalAuthorities(Set<String> known) {
		int count = 0;
		try (CsvReader csv = open("la_all_codes.csv")) {
			int code = csv.require("LADCD");
			int name = csv.require("LADNM");
			int region = csv.require("RGNCD");
			int nation = csv.require("CTRYCD");
			int current = csv.require("Current");
			for (List<String> row = csv.next(); row != null; row = csv.next()) {
				String gss = CsvReader.field(row, code);
				if (!"TRUE".equalsIgnoreCase(CsvReader.field(row, current)) || !known.add(gss)) {
					continue;
				}
				String parent = CsvReader.field(row, region).isEmpty() ? CsvReader.field(row, nation)
						: CsvReader.field(row, region);
				insert(AreaType.LOCAL_AUTHORITY, CsvReader.field(row, name), gss, parent, null);
				count++;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return count;
	}

	private Map<String, double[]> centres(String file) {
		Map<String, double[]> centres = new HashMap<>();
		try (CsvReader csv = open(file)) {
			int code = csv.require("wdcd");
			int latitude = csv.require("latitude");
			int longitude = csv.require("longitude");
			for (List<String> row = csv.next(); row != null; row = csv.next()) {
				centres.put(CsvReader.field(row, code), new double[] { Double.parseDouble(CsvReader.field(row, latitude)),
						Double.parseDouble(CsvReader.field(row, longitude)) });
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return centres;
	}

	private void insert(AreaType type, String name, String gss, String parentGss, double[] centre) {
		jdbc.sql("""
				INSERT INTO place.areas (type, name, gss_code, parent_id, centre_latitude, centre_longitude)
				VALUES (:type, :name, :gss, (SELECT id FROM place.areas WHERE gss_code = :parent), :latitude, :longitude)
				""")
			.param("type", type.name())
			.param("name", name)
			.param("gss", gss)
			.param("parent", parentGss)
			.param("latitude", centre == null ? null : centre[0], java.sql.Types.DOUBLE)
			.param("longitude", centre == null ? null : centre[1], java.sql.Types.DOUBLE)
			.update();
	}

	private static CsvReader open(String file) throws IOException {
		return new CsvReader(new InputStreamReader(new ClassPathResource(FOLDER + file).getInputStream(),
				StandardCharsets.UTF_8));
	}
}
