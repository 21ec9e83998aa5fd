package org.bigsociety.place.geography;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.bigsociety.place.Postcode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Imports postcodes from a file in the layout of the ONS Postcode Directory (ONSPD): one row per postcode, columns
 * found by their header name. It streams the file and upserts in batches, so it runs on the full 2.7-million-row
 * directory in constant memory and can be run again with a newer release. Terminated postcodes are skipped unless
 * asked for, and postcodes without a location always are; each postcode is placed in its ward, or in its local
 * authority when the ward is not known. The codes from the file are kept too, so a postcode can move into its ward
 * once that ward is loaded.
 */
@Component
class PostcodeDirectoryImport {

	private static final Logger log = LoggerFactory.getLogger(PostcodeDirectoryImport.class);
	static final int BATCH = 2_000;

	/** ONSPD's value for "no grid reference" (for example, the Channel Islands and non-geographic postcodes). */
	private static final double NO_LATITUDE = 99.999999;

	private static final Pattern GSS = Pattern.compile("[EKLMNSWJ]\\d{8}");

	/**
	 * Demo rows never replace real ones: a demo postcode only overwrites a row that is itself demo data, while a real
	 * import replaces anything.
	 */
	private static final String UPSERT = """
			INSERT INTO place.postcodes (postcode, latitude, longitude, area_id, local_authority_id,
			                             local_authority_gss, ward_gss, introduced, terminated, demo)
			SELECT p, lat, lon, area, authority, authority_gss, ward_gss, intro::date, term::date, ?
			FROM unnest(?::text[], ?::float8[], ?::float8[], ?::bigint[], ?::bigint[], ?::text[], ?::text[],
			            ?::text[], ?::text[])
			    AS t (p, lat, lon, area, authority, authority_gss, ward_gss, intro, term)
			ON CONFLICT (postcode) DO UPDATE SET
			    latitude = EXCLUDED.latitude,
			    longitude = EXCLUDED.longitude,
			    area_id = EXCLUDED.area_id,
			    local_authority_id = EXCLUDED.local_authority_id,
			    local_authority_gss = EXCLUDED.local_authority_gss,
			    ward_gss = EXCLUDED.ward_gss,
			    introduced = EXCLUDED.introduced,
			    terminated = EXCLUDED.terminated,
			    demo = EXCLUDED.demo
			WHERE place.postcodes.demo OR NOT EXCLUDED.demo
			""";

	/**
	 * A release that says a postcode has ended takes the row an earlier release stored out of distance searches,
	 * even when terminated postcodes are not imported.
	 */
	private static final String MARK_TERMINATED = """
			UPDATE place.postcodes p SET terminated = t.term::date
			FROM unnest(?::text[], ?::text[]) AS t (postcode, term)
			WHERE p.postcode = t.postcode AND p.terminated IS NULL
			""";

	private final JdbcClient jdbc;
	private final JdbcTemplate jdbcTemplate;

	PostcodeDirectoryImport(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	/**
	 * What to import.
	 *
	 * @param demo whether the rows are made-up demo data
	 * @param includeTerminated whether to store terminated postcodes (with their end date) rather than skip them
	 */
	record Options(boolean demo, boolean includeTerminated) {

		static final Options REAL = new Options(false, false);
		static final Options DEMO = new Options(true, false);
	}

	/** What an import did, row by row. */
	record Report(long imported, long importedTerminated, long skippedTerminated, long skippedNoLocation,
			long unknownWard, long skippedUnknownArea, long skippedInvalid) {

		@Override
		public String toString() {
			return "imported " + imported + " (of which terminated " + importedTerminated + "), skipped terminated "
					+ skippedTerminated + ", skipped no location " + skippedNoLocation
					+ ", unknown ward (placed in the local authority) " + unknownWard + ", skipped unknown area "
					+ skippedUnknownArea + ", skipped invalid postcode or end date " + skippedInvalid;
		}
	}

	Report importFrom(Path file, Options options) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return importFrom(reader, options);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Report importFrom(Reader reader, Options options) {
		CsvReader csv = new CsvReader(reader);
		int postcodeColumn = csv.require("pcds", "pcd", "pcd7", "pcd8", "pcd2", "postcode");
		int latitudeColumn = csv.require("lat", "latitude");
		int longitudeColumn = csv.require("long", "longitude", "lon");
		Optional<Integer> terminatedColumn = csv.column("doterm");
		Optional<Integer> introducedColumn = csv.column("dointr");
		// Older releases call the ward column osward; the 2025 redesign names columns by year, such as wd25cd.
		Optional<Integer> wardColumn = csv.column("ward", "osward").or(() -> csv.columnMatching("wd\\d\\dcd"));
		Optional<Integer> authorityColumn = csv.column("laua", "oslaua").or(() -> csv.columnMatching("lad\\d\\dcd"));
		if (wardColumn.isEmpty() && authorityColumn.isEmpty()) {
			throw new IllegalArgumentException("The file has neither a ward column (ward, osward) nor a local "
					+ "authority column (laua); its header is " + csv.header());
		}
		Map<String, Long> areas = new HashMap<>();
		jdbc.sql("SELECT gss_code, id FROM place.areas WHERE gss_code IS NOT NULL")
			.query((rs, n) -> areas.put(rs.getString(1), rs.getLong(2)))
			.list();

		long imported = 0, importedTerminated = 0, skippedTerminated = 0, noLocation = 0, unknownWard = 0,
				unknownArea = 0, invalid = 0;
		Map<String, Row> batch = new LinkedHashMap<>();
		Map<String, String> ended = new LinkedHashMap<>();
		for (List<String> next = csv.next(); next != null; next = csv.next()) {
			List<String> record = next;
			Postcode postcode;
			try {
				postcode = Postcode.parse(CsvReader.field(record, postcodeColumn));
			}
			catch (IllegalArgumentException ex) {
				invalid++;
				continue;
			}
			String terminated = terminatedColumn.map(i -> CsvReader.field(record, i)).orElse("");
			String ends = terminated.isEmpty() ? null : month(terminated);
			if (!terminated.isEmpty() && ends == null) {
				// An end date that cannot be read must not make an ended postcode look live.
				invalid++;
				continue;
			}
			if (ends != null && !options.includeTerminated()) {
				skippedTerminated++;
				if (!options.demo()) {
					ended.put(postcode.value(), ends);
					if (ended.size() >= BATCH) {
						markTerminated(ended);
					}
				}
				continue;
			}
			Double latitude = number(CsvReader.field(record, latitudeColumn));
			Double longitude = number(CsvReader.field(record, longitudeColumn));
			if (latitude == null || longitude == null || Math.abs(latitude - NO_LATITUDE) < 1e-9
					|| latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
				noLocation++;
				continue;
			}
			String authorityGss = authorityColumn.map(i -> gss(CsvReader.field(record, i))).orElse(null);
			String wardGss = wardColumn.map(i -> gss(CsvReader.field(record, i))).orElse(null);
			Long authority = authorityGss == null ? null : areas.get(authorityGss);
			Long area = wardGss == null ? null : areas.get(wardGss);
			if (area == null) {
				area = authority;
				if (area == null) {
					unknownArea++;
					continue;
				}
				unknownWard++;
			}
			String introduced = introducedColumn.map(i -> month(CsvReader.field(record, i))).orElse(null);
			if (ends != null) {
				importedTerminated++;
			}
			batch.put(postcode.value(), new Row(postcode.value(), latitude, longitude, area, authority, authorityGss,
					wardGss, introduced, ends));
			if (batch.size() >= BATCH) {
				long before = imported;
				imported += upsert(batch, options.demo());
				if (imported / 100_000 > before / 100_000) {
					log.info("Imported {} postcodes so far", imported);
				}
			}
		}
		imported += upsert(batch, options.demo());
		markTerminated(ended);
		Report report = new Report(imported, importedTerminated, skippedTerminated, noLocation, unknownWard,
				unknownArea, invalid);
		log.info("Postcode import finished: {}", report);
		return report;
	}

	private record Row(String postcode, double latitude, double longitude, long area, Long authority,
			String authorityGss, String wardGss, String introduced, String terminated) {
	}

	/**
	 * One statement per batch: arrays unnested into rows, so a batch is a single round trip. Returns the rows written
	 * (a demo row that meets a real one is not).
	 */
	private int upsert(Map<String, Row> batch, boolean demo) {
		if (batch.isEmpty()) {
			return 0;
		}
		int size = batch.size();
		String[] postcodes = new String[size];
		Double[] latitudes = new Double[size];
		Double[] longitudes = new Double[size];
		Long[] areas = new Long[size];
		Long[] authorities = new Long[size];
		String[] authorityCodes = new String[size];
		String[] wardCodes = new String[size];
		String[] introduced = new String[size];
		String[] terminated = new String[size];
		int i = 0;
		for (Row row : batch.values()) {
			postcodes[i] = row.postcode();
			latitudes[i] = row.latitude();
			longitudes[i] = row.longitude();
			areas[i] = row.area();
			authorities[i] = row.authority();
			authorityCodes[i] = row.authorityGss();
			wardCodes[i] = row.wardGss();
			introduced[i] = row.introduced();
			terminated[i] = row.terminated();
			i++;
		}
		Integer written = jdbcTemplate.execute((ConnectionCallback<Integer>) connection -> {
			try (PreparedStatement statement = connection.prepareStatement(UPSERT)) {
				statement.setBoolean(1, demo);
				statement.setArray(2, connection.createArrayOf("text", postcodes));
				statement.setArray(3, connection.createArrayOf("float8", latitudes));
				statement.setArray(4, connection.createArrayOf("float8", longitudes));
				statement.setArray(5, connection.createArrayOf("int8", areas));
				statement.setArray(6, connection.createArrayOf("int8", authorities));
				statement.setArray(7, connection.createArrayOf("text", authorityCodes));
				statement.setArray(8, connection.createArrayOf("text", wardCodes));
				statement.setArray(9, connection.createArrayOf("text", introduced));
				statement.setArray(10, connection.createArrayOf("text", terminated));
				return statement.executeUpdate();
			}
		});
		batch.clear();
		return written == null ? 0 : written;
	}

	private void markTerminated(Map<String, String> ended) {
		if (ended.isEmpty()) {
			return;
		}
		String[] postcodes = ended.keySet().toArray(String[]::new);
		String[] dates = ended.values().toArray(String[]::new);
		jdbcTemplate.execute((ConnectionCallback<Integer>) connection -> {
			try (PreparedStatement statement = connection.prepareStatement(MARK_TERMINATED)) {
				statement.setArray(1, connection.createArrayOf("text", postcodes));
				statement.setArray(2, connection.createArrayOf("text", dates));
				return statement.executeUpdate();
			}
		});
		ended.clear();
	}

	/** A GSS code as the file gives it, or null for an empty or placeholder value. */
	private static String gss(String text) {
		return GSS.matcher(text).matches() ? text : null;
	}

	private static Double number(String text) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Double.parseDouble(text);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** ONSPD dates are year and month, such as 198001; the first of that month, or null. */
	private static String month(String yyyymm) {
		if (yyyymm.matches("\\d{6}")) {
			int month = Integer.parseInt(yyyymm.substring(4));
			if (month >= 1 && month <= 12) {
				return yyyymm.substring(0, 4) + "-" + yyyymm.substring(4) + "-01";
			}
		}
		return null;
	}
}
