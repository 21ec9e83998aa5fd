package org.bigsociety.participation.budgets;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bigsociety.participation.budgets.tally.Rule;
import org.bigsociety.participation.budgets.tally.Verdict;
import org.bigsociety.place.AreaId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Budget rounds, projects and ballots in schema {@code participation}, in plain SQL. */
@Component
class BudgetStore {

	private static final String ROUND_COLUMNS = """
			id, area_id, title, description, budget_pence, rule, ballot_kind, min_projects, max_projects, minimum_age,
			phase, vote_closes_at, tallied_at, ballot_count, ballot_hash, endowment_raise""";

	private static final String PROJECT_COLUMNS = """
			id, round_id, title, summary, cost_pence, feasibility, feasibility_note, verdict, selected_order, votes,
			delivery_status""";

	private final JdbcClient jdbc;

	BudgetStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record NewRound(Long fixedId, AreaId area, String title, String description, long budgetPence, Rule rule,
			BallotKind ballotKind, int minProjects, int maxProjects, int minimumAge, Phase phase,
			Instant voteClosesAt, Long createdBy, Instant createdAt) {
	}

	long insert(NewRound round) {
		return jdbc.sql("""
				INSERT INTO participation.budget_round (id, area_id, title, description, budget_pence, rule,
				    ballot_kind, min_projects, max_projects, minimum_age, phase, vote_closes_at, created_by, created_at)
				VALUES (COALESCE(CAST(:id AS BIGINT), nextval(pg_get_serial_sequence('participation.budget_round', 'id'))), :area,
				    :title, :description, :budget, :rule, :kind, :min, :max, :age, :phase, :closes, :by, :at)
				RETURNING id""")
			.param("id", round.fixedId())
			.param("area", round.area().value())
			.param("title", round.title())
			.param("description", round.description())
			.param("budget", round.budgetPence())
			.param("rule", round.rule().id())
			.param("kind", round.ballotKind().name())
			.param("min", round.minProjects())
			.param("max", round.maxProjects())
			.param("age", round.minimumAge())
			.param("phase", round.phase().name())
			.param("closes", utc(round.voteClosesAt()))
			.param("by", round.createdBy())
			.param("at", utc(round.createdAt()))
			.query(Long.class)
			.single();
	}

	Optional<Round> round(long id) {
		return jdbc.sql("SELECT " + ROUND_COLUMNS + " FROM participation.budget_round WHERE id = :id")
			.param("id", id)
			.query(BudgetStore::round)
			.optional();
	}

	/** For update: holds the round's row until the transaction ends, so phase changes and tallies never race. */
	Optional<Round> lock(long id) {
		return jdbc.sql("SELECT " + ROUND_COLUMNS + " FROM participation.budget_round WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(BudgetStore::round)
			.optional();
	}

	List<Round> rounds(int limit) {
		return jdbc.sql("SELECT " + ROUND_COLUMNS + " FROM participation.budget_round ORDER BY id DESC LIMIT :limit")
			.param("limit", limit)
			.query(BudgetStore::round)
			.list();
	}

	void phase(long id, Phase phase) {
		jdbc.sql("UPDATE participation.budget_round SET phase = :phase WHERE id = :id")
			.param("phase", phase.name())
			.param("id", id)
			.update();
	}

	void tallied(long id, Instant at, int ballots, String hash, long endowmentRaise) {
		jdbc.sql("""
				UPDATE participation.budget_round
				SET phase = 'RESULTS', tallied_at = :at, ballot_count = :ballots, ballot_hash = :hash,
				    endowment_raise = :raise
				WHERE id = :id""")
			.param("at", utc(at))
			.param("ballots", ballots)
			.param("hash", hash)
			.param("raise", endowmentRaise)
			.param("id", id)
			.update();
	}

	long insertProject(long roundId, String title, String summary, long costPence, Feasibility feasibility,
			Long proposedBy, Instant at) {
		return insertProject(null, roundId, title, summary, costPence, feasibility, proposedBy, at);
	}

	/** @param fixedId an id below 1000 for the demo's projects, or null for the next */
	long insertProject(Long fixedId, long roundId, String title, String summary, long costPence,
			Feasibility feasibility, Long proposedBy, Instant at) {
		return jdbc.sql("""
				INSERT INTO participation.budget_project (id, round_id, title, summary, cost_pence, feasibility,
				    proposed_by, created_at)
				VALUES (COALESCE(CAST(:id AS BIGINT), nextval(pg_get_serial_sequence('participation.budget_project', 'id'))),
				    :round, :title, :summary, :cost, :feasibility, :by, :at)
				RETURNING id""")
			.param("id", fixedId)
			.param("round", roundId)
			.param("title", title)
			.param("summary", summary)
			.param("cost", costPence)
			.param("feasibility", feasibility.name())
			.param("by", proposedBy)
			.param("at", utc(at))
			.query(Long.class)
			.single();
	}

	List<Project> projects(long roundId) {
		return jdbc.sql("SELECT " + PROJECT_COLUMNS + " FROM participation.budget_project WHERE round_id = :round "
				+ "ORDER BY id")
			.param("round", roundId)
			.query(BudgetStore::project)
			.list();
	}

	/**
	 * One page of a round's projects: all of them before the vote (when feasibility is being decided), only those on
	 * the ballot from the vote on; once tallied, funded first in the order chosen, then by votes.
	 */
	List<Project> projectPage(long roundId, Phase phase, int offset, int limit) {
		String filter = phase.compareTo(Phase.VOTE) >= 0 ? " AND feasibility = 'FEASIBLE'" : "";
		String order = phase.tallied() ? " ORDER BY selected_order NULLS LAST, votes DESC NULLS LAST, id" : " ORDER BY id";
		return jdbc.sql("SELECT " + PROJECT_COLUMNS + " FROM participation.budget_project WHERE round_id = :round"
				+ filter + order + " LIMIT :limit OFFSET :offset")
			.param("round", roundId)
			.param("limit", limit)
			.param("offset", offset)
			.query(BudgetStore::project)
			.list();
	}

	int projectCount(long roundId, Phase phase) {
		String filter = phase.compareTo(Phase.VOTE) >= 0 ? " AND feasibility = 'FEASIBLE'" : "";
		return jdbc.sql("SELECT count(*) FROM participation.budget_project WHERE round_id = :round" + filter)
			.param("round", roundId)
			.query(Integer.class)
			.single();
	}

	long spent(long roundId) {
		return jdbc.sql("SELECT COALESCE(sum(cost_pence), 0) FROM participation.budget_project "
				+ "WHERE round_id = :round AND verdict = 'FUNDED'")
			.param("round", roundId)
			.query(Long.class)
			.single();
	}

	Optional<Project> project(long roundId, long projectId) {
		return jdbc.sql("SELECT " + PROJECT_COLUMNS + " FROM participation.budget_project "
				+ "WHERE round_id = :round AND id = :id")
			.param("round", roundId)
			.param("id", projectId)
			.query(BudgetStore::project)
			.optional();
	}

	void review(long projectId, long costPence, Feasibility feasibility, String note) {
		jdbc.sql("""
				UPDATE participation.budget_project SET cost_pence = :cost, feasibility = :feasibility,
				    feasibility_note = :note
				WHERE id = :id""")
			.param("cost", costPence)
			.param("feasibility", feasibility.name())
			.param("note", note)
			.param("id", projectId)
			.update();
	}

	void verdict(long projectId, Verdict verdict, Integer order, long votes) {
		jdbc.sql("""
				UPDATE participation.budget_project SET verdict = :verdict, selected_order = :order, votes = :votes
				WHERE id = :id""")
			.param("verdict", verdict.name())
			.param("order", order)
			.param("votes", votes)
			.param("id", projectId)
			.update();
	}

	/** The person's ballot: the projects it chose, or empty if they have not voted. */
	Optional<List<Long>> ballot(long roundId, long voterId) {
		List<Long> ballot = jdbc.sql("SELECT id FROM participation.budget_ballot WHERE round_id = :round "
				+ "AND voter_id = :voter")
			.param("round", roundId)
			.param("voter", voterId)
			.query(Long.class)
			.list();
		if (ballot.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(jdbc.sql("SELECT project_id FROM participation.budget_ballot_choice WHERE ballot_id = :id "
				+ "ORDER BY project_id")
			.param("id", ballot.get(0))
			.query(Long.class)
			.list());
	}

	/** Casts or replaces the person's ballot, in one statement each, safe against a double submit. */
	void castBallot(long roundId, long voterId, List<Long> projects, Instant at) {
		long ballotId = jdbc.sql("""
				INSERT INTO participation.budget_ballot (round_id, voter_id, cast_at, changed_at)
				VALUES (:round, :voter, :at, :at)
				ON CONFLICT (round_id, voter_id) DO UPDATE SET changed_at = EXCLUDED.changed_at
				RETURNING id""")
			.param("round", roundId)
			.param("voter", voterId)
			.param("at", utc(at))
			.query(Long.class)
			.single();
		jdbc.sql("DELETE FROM participation.budget_ballot_choice WHERE ballot_id = :id").param("id", ballotId).update();
		for (long project : projects) {
			jdbc.sql("INSERT INTO participation.budget_ballot_choice (ballot_id, project_id) VALUES (:id, :project)")
				.param("id", ballotId)
				.param("project", project)
				.update();
		}
	}

	/** Every online ballot's choices, by ballot (voters left out). */
	List<long[]> onlineBallots(long roundId) {
		Map<Long, List<Long>> byBallot = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT b.id, c.project_id
				FROM participation.budget_ballot b
				LEFT JOIN participation.budget_ballot_choice c ON c.ballot_id = b.id
				WHERE b.round_id = :round
				ORDER BY b.id, c.project_id""")
			.param("round", roundId)
			.query((rs, n) -> {
				List<Long> choices = byBallot.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>());
				long project = rs.getLong(2);
				if (!rs.wasNull()) {
					choices.add(project);
				}
				return null;
			})
			.list();
		List<long[]> ballots = new ArrayList<>(byBallot.size());
		byBallot.values().forEach(list -> ballots.add(list.stream().mapToLong(Long::longValue).toArray()));
		return ballots;
	}

	int onlineBallotCount(long roundId) {
		return jdbc.sql("SELECT count(*) FROM participation.budget_ballot WHERE round_id = :round")
			.param("round", roundId)
			.query(Integer.class)
			.single();
	}

	/** Adds an officer's entry of a paper; false if that officer already typed in that paper. */
	boolean enterPaper(long roundId, String paper, long officerId, String projects, Instant at) {
		return jdbc.sql("""
				INSERT INTO participation.budget_paper_entry (round_id, paper, officer_id, projects, entered_at)
				VALUES (:round, :paper, :officer, :projects, :at)
				ON CONFLICT DO NOTHING""")
			.param("round", roundId)
			.param("paper", paper)
			.param("officer", officerId)
			.param("projects", projects)
			.param("at", utc(at))
			.update() == 1;
	}

	List<PaperBallot> papers(long roundId) {
		Map<String, List<String>> entries = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT paper, projects FROM participation.budget_paper_entry WHERE round_id = :round
				ORDER BY paper, entered_at, officer_id""")
			.param("round", roundId)
			.query((rs, n) -> entries.computeIfAbsent(rs.getString(1), p -> new ArrayList<>()).add(rs.getString(2)))
			.list();
		List<PaperBallot> papers = new ArrayList<>(entries.size());
		entries.forEach((paper, list) -> papers.add(PaperBallot.of(paper, list)));
		return papers;
	}

	void deliveryUpdate(long projectId, DeliveryStatus status, String note, Instant at) {
		jdbc.sql("""
				INSERT INTO participation.budget_delivery_update (project_id, status, note, posted_at)
				VALUES (:project, :status, :note, :at)""")
			.param("project", projectId)
			.param("status", status.name())
			.param("note", note)
			.param("at", utc(at))
			.update();
		jdbc.sql("UPDATE participation.budget_project SET delivery_status = :status WHERE id = :project")
			.param("status", status.name())
			.param("project", projectId)
			.update();
	}

	List<DeliveryUpdate> deliveryUpdates(long roundId) {
		return jdbc.sql("""
				SELECT u.project_id, u.status, u.note, u.posted_at
				FROM participation.budget_delivery_update u
				JOIN participation.budget_project p ON p.id = u.project_id
				WHERE p.round_id = :round
				ORDER BY u.id DESC""")
			.param("round", roundId)
			.query((rs, n) -> new DeliveryUpdate(rs.getLong(1), DeliveryStatus.valueOf(rs.getString(2)),
					rs.getString(3), instant(rs, 4)))
			.list();
	}

	List<DeliveryUpdate> deliveryUpdates(List<Long> projectIds) {
		if (projectIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT project_id, status, note, posted_at FROM participation.budget_delivery_update
				WHERE project_id IN (:projects)
				ORDER BY id DESC""")
			.param("projects", projectIds)
			.query((rs, n) -> new DeliveryUpdate(rs.getLong(1), DeliveryStatus.valueOf(rs.getString(2)),
					rs.getString(3), instant(rs, 4)))
			.list();
	}

	/** Keeps the person's ballots (they still count) and proposals, without the link to them. */
	void forget(long personId) {
		jdbc.sql("UPDATE participation.budget_ballot SET voter_id = NULL WHERE voter_id = :person")
			.param("person", personId)
			.update();
		jdbc.sql("UPDATE participation.budget_project SET proposed_by = NULL WHERE proposed_by = :person")
			.param("person", personId)
			.update();
		jdbc.sql("UPDATE participation.budget_round SET created_by = NULL WHERE created_by = :person")
			.param("person", personId)
			.update();
	}

	private static Round round(ResultSet rs, int n) throws SQLException {
		return new Round(rs.getLong("id"), new AreaId(rs.getLong("area_id")), rs.getString("title"),
				rs.getString("description"), rs.getLong("budget_pence"), Rule.byId(rs.getString("rule")).orElseThrow(),
				BallotKind.valueOf(rs.getString("ballot_kind")), rs.getInt("min_projects"), rs.getInt("max_projects"),
				rs.getInt("minimum_age"), Phase.valueOf(rs.getString("phase")), instant(rs, "vote_closes_at"),
				instant(rs, "tallied_at"), (Integer) rs.getObject("ballot_count"), rs.getString("ballot_hash"),
				(Long) rs.getObject("endowment_raise"));
	}

	private static Project project(ResultSet rs, int n) throws SQLException {
		String verdict = rs.getString("verdict");
		return new Project(rs.getLong("id"), rs.getLong("round_id"), rs.getString("title"), rs.getString("summary"),
				rs.getLong("cost_pence"), Feasibility.valueOf(rs.getString("feasibility")),
				rs.getString("feasibility_note"), verdict == null ? null : Verdict.valueOf(verdict),
				(Integer) rs.getObject("selected_order"), (Long) rs.getObject("votes"),
				DeliveryStatus.valueOf(rs.getString("delivery_status")));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

	private static OffsetDateTime utc(Instant at) {
		return at == null ? null : at.atOffset(ZoneOffset.UTC);
	}
}
