import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.bigsociety.BigSocietyApplication;
import org.bigsociety.groups.organisation.SearchBox;
import org.bigsociety.place.Coordinates;
import org.bigsociety.place.Places;
import org.bigsociety.place.Postcode;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Directory search with many services: a words-plus-distance search through HTTP (the Open Referral UK
 * service_at_locations endpoint, postcode lookup, JSON and all) against the same search's SQL run straight on
 * PostgreSQL over JDBC (the baseline), in the same run. Not a test: see README.md for how to run it.
 */
public class DirectorySearchBench {

	static final String[] WORDS = { "food", "youth", "lunch", "advice", "repair", "garden", "choir", "football",
			"language", "benefits", "housing", "debt", "parents", "toddlers", "reading", "computer", "walking", "art",
			"dance", "carers" };
	static final String[][] SEARCHES = { { "food", "E8 1DY" }, { "youth club", "E5 8GB" }, { "debt advice", "E9 6AA" },
			{ "garden", "N16 0AB" }, { "computer help", "E8 1DY" }, { "toddlers reading", "E9 7XY" } };
	static final long RADIUS = 2000;
	static final int PER_PAGE = 20;

	public static void main(String[] args) throws Exception {
		int services = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 300;
		ConfigurableApplicationContext app = new SpringApplicationBuilder(BigSocietyApplication.class).run(
				"--server.port=0", "--bigsociety.embedded.data-dir=target/bench-groups/postgres",
				"--bigsociety.embedded.clean=true", "--logging.level.root=WARN", "--spring.main.banner-mode=off");
		try {
			int port = app.getEnvironment().getProperty("local.server.port", Integer.class);
			DataSource data = app.getBean(DataSource.class);
			Places places = app.getBean(Places.class);
			seed(data, services);
			List<Coordinates> points = new ArrayList<>();
			for (String[] search : SEARCHES) {
				points.add(places.locate(Postcode.parse(search[1])).orElseThrow().coordinates());
			}
			HttpClient http = HttpClient.newHttpClient();
			List<Long> overHttp = new ArrayList<>();
			List<Long> overJdbc = new ArrayList<>();
			long found = 0;
			try (Connection connection = data.getConnection()) {
				for (int round = -50; round < rounds; round++) {
					int i = Math.floorMod(round, SEARCHES.length);
					String[] search = SEARCHES[i];
					long start = System.nanoTime();
					long rows = sql(connection, search[0], points.get(i));
					long jdbc = System.nanoTime() - start;
					String url = "http://localhost:" + port + "/openreferral/service_at_locations?search="
							+ search[0].replace(" ", "%20") + "&postcode=" + search[1].replace(" ", "") + "&proximity="
							+ RADIUS + "&per_page=" + PER_PAGE;
					start = System.nanoTime();
					HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
							HttpResponse.BodyHandlers.ofString());
					long web = System.nanoTime() - start;
					if (response.statusCode() != 200) {
						throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
					}
					if (round >= 0) {
						overJdbc.add(jdbc);
						overHttp.add(web);
						found += rows;
					}
				}
			}
			System.out.printf(Locale.ROOT, "services: %d, searches: %d (words plus %d m of a postcode, %d a page), "
					+ "mean matches: %d%n", count(data), rounds, RADIUS, PER_PAGE, found / rounds);
			report("PostgreSQL over JDBC (baseline)", overJdbc, overJdbc);
			report("HTTP /openreferral/service_at_locations", overHttp, overJdbc);
		}
		finally {
			app.close();
		}
	}

	/**
	 * The search's own SQL, as the directory runs it (ServiceDirectory.search): the rows in the box with their
	 * distance, the exact radius, a window count for the total, the nearest page.
	 */
	static long sql(Connection connection, String words, Coordinates centre) throws Exception {
		SearchBox box = SearchBox.around(centre, RADIUS);
		String distance = SearchBox.distanceSql("s").replace(":latitude", "?").replace(":longitude", "?");
		String page = """
				SELECT *, count(*) OVER () AS total FROM (
				    SELECT s.id, s.service_at_location_id, s.location_id, s.name, s.description, s.status, s.minimum_age,
				        s.maximum_age, s.modified_at, s.venue, s.postcode, s.latitude, s.longitude, o.id AS organisation_id,
				        o.name AS organisation_name, o.slug AS organisation_slug, o.purpose AS organisation_purpose,
				        o.email AS organisation_email, o.website AS organisation_website, %s AS metres, 0 AS rank
				    FROM groups.service s JOIN groups.organisation o ON o.id = s.organisation_id
				    WHERE TRUE AND s.words @@ websearch_to_tsquery('english', ?)
				      AND s.latitude BETWEEN ? AND ? AND s.longitude BETWEEN ? AND ?
				) found
				WHERE metres <= ?
				ORDER BY metres, lower(name), id
				LIMIT ? OFFSET 0""".formatted(distance);
		long total = 0;
		try (PreparedStatement select = connection.prepareStatement(page)) {
			int at = 1;
			select.setDouble(at++, centre.latitude());
			select.setDouble(at++, centre.latitude());
			select.setDouble(at++, centre.longitude());
			select.setString(at++, words);
			select.setDouble(at++, box.south());
			select.setDouble(at++, box.north());
			select.setDouble(at++, box.west());
			select.setDouble(at++, box.east());
			select.setDouble(at++, RADIUS + 0.5);
			select.setInt(at, PER_PAGE);
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					total = rs.getLong("total");
					rs.getString("name");
				}
			}
		}
		return total;
	}

	/** Made-up services spread over London, most within a few miles of Hackney, with words from a short list. */
	static void seed(DataSource data, int services) throws Exception {
		try (Connection connection = data.getConnection(); var statement = connection.createStatement()) {
			String words = "ARRAY['" + String.join("','", WORDS) + "']";
			statement.execute("""
					INSERT INTO groups.service (id, organisation_id, name, description, free, status, location_id,
					    service_at_location_id, venue, postcode, latitude, longitude, modified_at)
					SELECT gen_random_uuid(), (SELECT min(id) FROM groups.organisation),
					    initcap(w[1 + (g * 7) %% 20]) || ' ' || w[1 + (g * 13) %% 20] || ' session ' || g,
					    'A weekly ' || w[1 + (g * 3) %% 20] || ' and ' || w[1 + (g * 11) %% 20]
					        || ' group for neighbours, with ' || w[1 + (g * 17) %% 20] || ' on the side.',
					    TRUE, 'active', gen_random_uuid(), gen_random_uuid(), 'Hall ' || g, 'E8 1DY',
					    51.545 + (random() - 0.5) * 0.16, -0.055 + (random() - 0.5) * 0.26, now()
					FROM generate_series(1, %d) g, (SELECT %s AS w) words""".formatted(services, words));
			statement.execute("ANALYZE groups.service");
		}
	}

	static long count(DataSource data) throws Exception {
		try (Connection connection = data.getConnection(); var statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT count(*) FROM groups.service")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static void report(String what, List<Long> nanos, List<Long> baseline) {
		System.out.printf(Locale.ROOT, "%-42s p50 %7.2f ms   p95 %7.2f ms   (x%.1f / x%.1f the baseline)%n", what,
				percentile(nanos, 50) / 1e6, percentile(nanos, 95) / 1e6,
				(double) percentile(nanos, 50) / percentile(baseline, 50),
				(double) percentile(nanos, 95) / percentile(baseline, 95));
	}

	static long percentile(List<Long> values, int p) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
	}
}
