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
import java.util.Random;

import javax.sql.DataSource;

import org.bigsociety.BigSocietyApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A budget round's public page when the round has 10,000 projects: GET /budgets/{id}?page=N through HTTP (security
 * filters, the round, a count, one page of 50 projects, Thymeleaf, all of it) against the same three queries run
 * straight on PostgreSQL over JDBC (the baseline), in the same run. Two rounds: one voting (projects by id) and one
 * with results (funded first, then by votes). Not a test: see README.md for how to run it.
 */
public class RoundPageBench {

	static final long VOTING = 900;
	static final long RESULTS = 901;

	public static void main(String[] args) throws Exception {
		int projects = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		int requests = args.length > 1 ? Integer.parseInt(args[1]) : 300;
		ConfigurableApplicationContext app = new SpringApplicationBuilder(BigSocietyApplication.class).run(
				"--server.port=0", "--bigsociety.embedded.data-dir=target/bench-budgets/postgres",
				"--bigsociety.embedded.clean=true", "--logging.level.root=WARN", "--spring.main.banner-mode=off");
		try {
			int port = app.getEnvironment().getProperty("local.server.port", Integer.class);
			DataSource data = app.getBean(DataSource.class);
			seed(data, VOTING, "VOTE", projects);
			seed(data, RESULTS, "RESULTS", projects);
			System.out.printf(Locale.ROOT, "projects per round: %d, requests: %d per round (after 50 warm-up), "
					+ "50 projects a page, pages drawn at random%n", projects, requests);
			HttpClient http = HttpClient.newHttpClient();
			for (long round : new long[] { VOTING, RESULTS }) {
				List<Long> overHttp = new ArrayList<>();
				List<Long> overJdbc = new ArrayList<>();
				Random random = new Random(round);
				int pages = (projects + 49) / 50;
				try (Connection connection = data.getConnection()) {
					for (int i = -50; i < requests; i++) {
						int page = 1 + random.nextInt(pages);
						long start = System.nanoTime();
						sql(connection, round, round == RESULTS, page);
						long jdbc = System.nanoTime() - start;
						String url = "http://localhost:" + port + "/budgets/" + round + "?page=" + page;
						start = System.nanoTime();
						HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
								HttpResponse.BodyHandlers.ofString());
						long web = System.nanoTime() - start;
						if (response.statusCode() != 200 || !response.body().contains("Bench project")) {
							throw new IllegalStateException(url + " answered " + response.statusCode());
						}
						if (i >= 0) {
							overJdbc.add(jdbc);
							overHttp.add(web);
						}
					}
				}
				String what = round == VOTING ? "voting round" : "round with results";
				report(what + ": SQL over JDBC (baseline)", overJdbc, overJdbc);
				report(what + ": page over HTTP", overHttp, overJdbc);
			}
		}
		finally {
			app.close();
		}
	}

	/** The page's three queries, as BudgetStore runs them: the round, the count, one page of projects. */
	static void sql(Connection connection, long round, boolean results, int page) throws Exception {
		try (PreparedStatement select = connection.prepareStatement(
				"SELECT id, area_id, title, description, budget_pence, rule, ballot_kind, min_projects, max_projects, "
						+ "minimum_age, phase, vote_closes_at, tallied_at, ballot_count, ballot_hash, endowment_raise "
						+ "FROM participation.budget_round WHERE id = ?")) {
			select.setLong(1, round);
			drain(select);
		}
		try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM participation.budget_project "
				+ "WHERE round_id = ? AND feasibility = 'FEASIBLE'")) {
			count.setLong(1, round);
			drain(count);
		}
		try (PreparedStatement list = connection.prepareStatement("SELECT id, round_id, title, summary, cost_pence, "
				+ "feasibility, feasibility_note, verdict, selected_order, votes, delivery_status "
				+ "FROM participation.budget_project WHERE round_id = ? AND feasibility = 'FEASIBLE' ORDER BY "
				+ (results ? "selected_order NULLS LAST, votes DESC NULLS LAST, id" : "id") + " LIMIT 50 OFFSET ?")) {
			list.setLong(1, round);
			list.setInt(2, (page - 1) * 50);
			drain(list);
		}
	}

	static void drain(PreparedStatement statement) throws Exception {
		try (ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				rows.getObject(1);
			}
		}
	}

	static void seed(DataSource data, long round, String phase, int projects) throws Exception {
		try (Connection connection = data.getConnection()) {
			try (PreparedStatement insert = connection.prepareStatement("""
					INSERT INTO participation.budget_round (id, area_id, title, description, budget_pence, rule,
					    ballot_kind, min_projects, max_projects, minimum_age, phase, vote_closes_at, created_at,
					    tallied_at, ballot_count, ballot_hash, endowment_raise)
					SELECT ?, id, 'Bench round ' || ?, 'Many projects', 100000000, 'equal-shares', 'APPROVAL', 1, 5, 16,
					    ?, now() + interval '30 days', now(), CASE WHEN ? = 'RESULTS' THEN now() END,
					    CASE WHEN ? = 'RESULTS' THEN 5000 END, CASE WHEN ? = 'RESULTS' THEN repeat('ab', 32) END,
					    CASE WHEN ? = 'RESULTS' THEN 0 END
					FROM place.areas WHERE gss_code = 'E09000012'""")) {
				insert.setLong(1, round);
				insert.setLong(2, round);
				for (int i = 3; i <= 7; i++) {
					insert.setString(i, phase);
				}
				insert.executeUpdate();
			}
			try (PreparedStatement insert = connection.prepareStatement("""
					INSERT INTO participation.budget_project (round_id, title, summary, cost_pence, feasibility,
					    created_at, verdict, selected_order, votes)
					SELECT ?, 'Bench project ' || n, 'A project to improve the area, number ' || n || '.',
					    100000 + (n * 7919) % 5000000, 'FEASIBLE', now(),
					    CASE WHEN ? THEN CASE WHEN n <= 40 THEN 'FUNDED' ELSE 'SHARES_RAN_OUT' END END,
					    CASE WHEN ? AND n <= 40 THEN n END,
					    CASE WHEN ? THEN (n * 104729) % 3000 END
					FROM generate_series(1, ?) AS n""")) {
				boolean results = "RESULTS".equals(phase);
				insert.setLong(1, round);
				insert.setBoolean(2, results);
				insert.setBoolean(3, results);
				insert.setBoolean(4, results);
				insert.setInt(5, projects);
				insert.executeUpdate();
			}
			try (PreparedStatement analyze = connection.prepareStatement("ANALYZE participation.budget_project")) {
				analyze.execute();
			}
		}
	}

	static void report(String what, List<Long> nanos, List<Long> baseline) {
		System.out.printf(Locale.ROOT, "%-52s p50 %7.2f ms   p95 %7.2f ms   (x%.1f / x%.1f the baseline)%n", what,
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
