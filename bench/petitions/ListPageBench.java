import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.sql.DataSource;

import org.bigsociety.BigSocietyApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The public list of open petitions when there are 10,000 of them, each with its confirmed signatures counted:
 * GET /petitions?page=N through HTTP (security filters, the list query, one grouped count for the petitions shown
 * (those the 5-second cache does not hold), Thymeleaf, all of it) against the same queries run straight on PostgreSQL over JDBC (the
 * baseline), in the same run. Pages are drawn at random, so most requests miss the cache, as a crawler's would. Not a
 * test: see README.md for how to run it.
 */
public class ListPageBench {

	static final int PAGE_SIZE = 20;

	public static void main(String[] args) throws Exception {
		int petitions = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		int requests = args.length > 1 ? Integer.parseInt(args[1]) : 300;
		ConfigurableApplicationContext app = new SpringApplicationBuilder(BigSocietyApplication.class).run(
				"--server.port=0", "--bigsociety.embedded.data-dir=target/bench-petitions-list/postgres",
				"--bigsociety.embedded.clean=true", "--logging.level.root=WARN", "--spring.main.banner-mode=off");
		try {
			int port = app.getEnvironment().getProperty("local.server.port", Integer.class);
			DataSource data = app.getBean(DataSource.class);
			long signatures = seed(data, petitions);
			int open = count(data);
			System.out.printf(Locale.ROOT, "open petitions: %d (with the demo's), confirmed signatures: %d, requests: %d "
					+ "(after 50 warm-up), %d petitions a page, pages drawn at random%n", open, signatures, requests,
					PAGE_SIZE);
			HttpClient http = HttpClient.newHttpClient();
			List<Long> overHttp = new ArrayList<>();
			List<Long> overJdbc = new ArrayList<>();
			Random random = new Random(42);
			int pages = (open + PAGE_SIZE - 1) / PAGE_SIZE;
			try (Connection connection = data.getConnection()) {
				for (int i = -50; i < requests; i++) {
					int page = 1 + random.nextInt(pages);
					long start = System.nanoTime();
					sql(connection, page);
					long jdbc = System.nanoTime() - start;
					String url = "http://localhost:" + port + "/petitions?page=" + page;
					start = System.nanoTime();
					HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
							HttpResponse.BodyHandlers.ofString());
					long web = System.nanoTime() - start;
					if (response.statusCode() != 200 || !response.body().contains("signature")) {
						throw new IllegalStateException(url + " answered " + response.statusCode());
					}
					if (i >= 0) {
						overJdbc.add(jdbc);
						overHttp.add(web);
					}
				}
			}
			report("open petitions: SQL over JDBC (baseline)", overJdbc, overJdbc);
			report("open petitions: page over HTTP", overHttp, overJdbc);
		}
		finally {
			app.close();
		}
	}

	/** The page's queries, as PetitionStore and Signatures run them: one page of petitions, then one count for them all. */
	static void sql(Connection connection, int page) throws Exception {
		List<Long> ids = new ArrayList<>();
		try (PreparedStatement list = connection.prepareStatement("""
				SELECT id, area_id, creator_id, title, background, details, state, support_token, created_at,
				    submitted_at, moderated_at, moderated_by, rejection_reason, moderation_note, opened_at, closes_at,
				    response_due_from, debate_reached_at, response_text, responded_at, responded_by
				FROM participation.petition WHERE state = 'OPEN' AND closes_at > ?
				ORDER BY coalesce(opened_at, moderated_at, created_at) DESC, id DESC OFFSET ? LIMIT ?""")) {
			list.setTimestamp(1, Timestamp.from(Instant.now()));
			list.setInt(2, (page - 1) * PAGE_SIZE);
			list.setInt(3, PAGE_SIZE + 1);
			try (ResultSet rows = list.executeQuery()) {
				while (rows.next()) {
					ids.add(rows.getLong(1));
				}
			}
		}
		Long[] shown = ids.subList(0, Math.min(PAGE_SIZE, ids.size())).toArray(Long[]::new);
		try (PreparedStatement count = connection.prepareStatement("SELECT petition_id, count(*) AS n "
				+ "FROM participation.petition_signature WHERE petition_id = ANY(?) AND confirmed_at IS NOT NULL "
				+ "AND invalidation_id IS NULL GROUP BY petition_id")) {
			count.setArray(1, connection.createArrayOf("bigint", shown));
			try (ResultSet rows = count.executeQuery()) {
				while (rows.next()) {
					rows.getLong(2);
				}
			}
		}
	}

	static int count(DataSource data) throws Exception {
		try (Connection connection = data.getConnection();
				PreparedStatement count = connection.prepareStatement(
						"SELECT count(*) FROM participation.petition WHERE state = 'OPEN' AND closes_at > now()");
				ResultSet rows = count.executeQuery()) {
			rows.next();
			return rows.getInt(1);
		}
	}

	/** Petitions opened over the last half year, each with 0 to 399 confirmed signatures spread over Hackney's wards. */
	static long seed(DataSource data, int petitions) throws Exception {
		try (Connection connection = data.getConnection()) {
			try (PreparedStatement insert = connection.prepareStatement("""
					INSERT INTO participation.petition (id, area_id, title, background, state, support_token,
					    created_at, submitted_at, moderated_at, opened_at, closes_at)
					SELECT 100000 + n, a.id, 'Bench petition ' || n, 'Please make the area better, request number ' || n,
					    'OPEN', md5(n::text), now() - (n % 180) * interval '1 day' - interval '2 days',
					    now() - (n % 180) * interval '1 day' - interval '1 day',
					    now() - (n % 180) * interval '1 day', now() - (n % 180) * interval '1 day' + (n % 7) * interval '1 minute',
					    now() + interval '1 day' + (180 - n % 180) * interval '1 day'
					FROM generate_series(1, ?) AS n, place.areas a WHERE a.gss_code = 'E09000012'""")) {
				insert.setInt(1, petitions);
				insert.executeUpdate();
			}
			long signatures;
			try (PreparedStatement insert = connection.prepareStatement("""
					WITH wards AS (SELECT array_agg(w.id ORDER BY w.id) AS ids FROM place.areas w
					    JOIN place.areas a ON w.parent_id = a.id WHERE a.gss_code = 'E09000012')
					INSERT INTO participation.petition_signature (petition_id, canonical_email, email, name, postcode,
					    ward_id, client_address, signed_at, token_hash, confirmed_at)
					SELECT 100000 + n, 'signer' || s || '@example.org', 'signer' || s || '@example.org', 'Signer ' || s,
					    'E8 1DY', wards.ids[1 + (n + s) % cardinality(wards.ids)], '192.0.2.' || (s % 250),
					    now() - interval '1 hour', md5(n || '/' || s), now() - interval '1 hour'
					FROM generate_series(1, ?) AS n, wards, generate_series(1, (n * 7919) % 400) AS s""")) {
				insert.setInt(1, petitions);
				signatures = insert.executeUpdate();
			}
			try (PreparedStatement analyze = connection.prepareStatement(
					"ANALYZE participation.petition; ANALYZE participation.petition_signature")) {
				analyze.execute();
			}
			return signatures;
		}
	}

	static void report(String what, List<Long> nanos, List<Long> baseline) {
		System.out.printf(Locale.ROOT, "%-46s p50 %7.2f ms   p95 %7.2f ms   (x%.1f / x%.1f the baseline)%n", what,
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
