package org.bigsociety.participation.budgets.tally;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A participatory budgeting election as a pabulib {@code .pb} file holds it: the META key/value pairs, the PROJECTS
 * table and the VOTES table, each column kept as written so a file reads and writes back unchanged in meaning. Read one
 * with {@link PabulibReader}, write one with {@link PabulibWriter}, tally one through {@link #election()}.
 */
public final class PabulibInstance {

	public static final String PROJECT_ID = "project_id";
	public static final String COST = "cost";
	public static final String VOTER_ID = "voter_id";
	public static final String VOTE = "vote";
	public static final String POINTS = "points";

	/**
	 * A row of PROJECTS.
	 *
	 * @param fields every column's text, in the order of {@link #projectColumns()}
	 */
	public record Project(String id, long cost, List<String> fields) {

		public Project {
			if (id == null || id.isBlank()) {
				throw new IllegalArgumentException("A project needs an id");
			}
			if (cost < 0) {
				throw new IllegalArgumentException("Project " + id + " has a negative cost");
			}
			fields = List.copyOf(fields);
		}

		/** The value of a column, or empty text if the file has no such column. */
		public String field(List<String> columns, String column) {
			int index = columns.indexOf(column);
			return index < 0 ? "" : fields.get(index);
		}
	}

	/**
	 * A row of VOTES.
	 *
	 * @param projects the ids the ballot lists, in its order (a ranking for ordinal ballots)
	 * @param points the points given to each listed project for cumulative ballots, otherwise empty
	 * @param fields every column's text, in the order of {@link #voteColumns()}; the vote and points columns are
	 * written from {@code projects} and {@code points}
	 */
	public record Vote(String voterId, List<String> projects, List<Long> points, List<String> fields) {

		public Vote {
			if (voterId == null || voterId.isBlank()) {
				throw new IllegalArgumentException("A vote needs a voter id");
			}
			projects = List.copyOf(projects);
			points = List.copyOf(points);
			fields = Collections.unmodifiableList(new ArrayList<>(fields));
		}
	}

	private final Map<String, String> meta;
	private final List<String> projectColumns;
	private final List<Project> projects;
	private final List<String> voteColumns;
	private final List<Vote> votes;
	private final VoteType voteType;
	private final long budget;

	public PabulibInstance(Map<String, String> meta, List<String> projectColumns, List<Project> projects,
			List<String> voteColumns, List<Vote> votes) {
		this.meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
		this.projectColumns = List.copyOf(projectColumns);
		this.projects = List.copyOf(projects);
		this.voteColumns = List.copyOf(voteColumns);
		this.votes = List.copyOf(votes);
		this.voteType = VoteType.fromPabulib(meta.getOrDefault("vote_type", ""))
			.orElseThrow(() -> new IllegalArgumentException("META needs a vote_type: approval, cumulative or ordinal"));
		this.budget = wholeNumber(meta.get("budget"))
			.orElseThrow(() -> new IllegalArgumentException("META needs a budget: a whole number, 0 or more"));
		check();
	}

	private void check() {
		requireColumns(projectColumns, PROJECT_ID, COST);
		requireColumns(voteColumns, VOTER_ID, VOTE);
		if (voteType == VoteType.CUMULATIVE) {
			requireColumns(voteColumns, POINTS);
		}
		Set<String> ids = new HashSet<>();
		for (Project project : projects) {
			if (!ids.add(project.id())) {
				throw new IllegalArgumentException("Project " + project.id() + " is listed twice");
			}
			if (project.fields().size() != projectColumns.size()) {
				throw new IllegalArgumentException("Project " + project.id() + " has the wrong number of fields");
			}
		}
		Set<String> voters = new HashSet<>();
		for (Vote vote : votes) {
			if (!voters.add(vote.voterId())) {
				throw new IllegalArgumentException("Voter " + vote.voterId() + " has two ballots");
			}
			if (vote.fields().size() != voteColumns.size()) {
				throw new IllegalArgumentException("Voter " + vote.voterId() + " has the wrong number of fields");
			}
			Set<String> listed = new HashSet<>();
			for (String id : vote.projects()) {
				if (!ids.contains(id)) {
					throw new IllegalArgumentException("Voter " + vote.voterId() + " votes for unknown project " + id);
				}
				if (!listed.add(id)) {
					throw new IllegalArgumentException("Voter " + vote.voterId() + " lists project " + id + " twice");
				}
			}
			if (voteType == VoteType.CUMULATIVE && vote.points().size() != vote.projects().size()) {
				throw new IllegalArgumentException("Voter " + vote.voterId() + " needs one number of points per project");
			}
			if (vote.points().stream().anyMatch(p -> p < 0)) {
				throw new IllegalArgumentException("Voter " + vote.voterId() + " gives negative points");
			}
		}
	}

	private static void requireColumns(List<String> columns, String... required) {
		for (String column : required) {
			if (!columns.contains(column)) {
				throw new IllegalArgumentException("A column " + column + " is needed");
			}
		}
		if (new HashSet<>(columns).size() != columns.size()) {
			throw new IllegalArgumentException("A column name is repeated");
		}
	}

	/** A whole number, 0 or more, as pabulib writes amounts: {@code 1000} or {@code 1000.0}. */
	static java.util.Optional<Long> wholeNumber(String text) {
		if (text == null) {
			return java.util.Optional.empty();
		}
		String trimmed = text.trim();
		if (!trimmed.matches("[0-9]{1,18}(\\.0+)?")) {
			return java.util.Optional.empty();
		}
		int dot = trimmed.indexOf('.');
		return java.util.Optional.of(Long.parseLong(dot < 0 ? trimmed : trimmed.substring(0, dot)));
	}

	public Map<String, String> meta() {
		return meta;
	}

	public List<String> projectColumns() {
		return projectColumns;
	}

	public List<Project> projects() {
		return projects;
	}

	public List<String> voteColumns() {
		return voteColumns;
	}

	public List<Vote> votes() {
		return votes;
	}

	public VoteType voteType() {
		return voteType;
	}

	public long budget() {
		return budget;
	}

	/** The election the rules tally: projects in file order, one ballot per vote. */
	public Election election() {
		Map<String, Integer> index = new HashMap<>();
		List<Election.Project> candidates = new ArrayList<>(projects.size());
		for (Project project : projects) {
			index.put(project.id(), candidates.size());
			candidates.add(new Election.Project(project.id(), project.cost()));
		}
		boolean cumulative = voteType == VoteType.CUMULATIVE;
		List<Election.Ballot> ballots = new ArrayList<>(votes.size());
		for (Vote vote : votes) {
			int[] chosen = new int[vote.projects().size()];
			long[] points = cumulative ? new long[chosen.length] : null;
			for (int i = 0; i < chosen.length; i++) {
				chosen[i] = index.get(vote.projects().get(i));
				if (cumulative) {
					points[i] = vote.points().get(i);
				}
			}
			ballots.add(new Election.Ballot(chosen, points));
		}
		return new Election(budget, candidates, ballots, cumulative);
	}
}
