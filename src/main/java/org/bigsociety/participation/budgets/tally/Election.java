package org.bigsociety.participation.budgets.tally;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the rules tally: a budget, projects with costs, and ballots. An approval ballot supports each project it lists
 * (worth the project's cost to the voter under Equal Shares' cost utilities); a cumulative ballot gives each listed
 * project some points (worth those points).
 *
 * @param cumulative whether ballots carry points
 */
public record Election(long budget, List<Project> projects, List<Ballot> ballots, boolean cumulative) {

	/** A project: an id (ties are broken by id in text order) and a whole cost in currency units. */
	public record Project(String id, long cost) {

		public Project {
			if (id == null || id.isEmpty()) {
				throw new IllegalArgumentException("A project needs an id");
			}
			if (cost < 0) {
				throw new IllegalArgumentException("Project " + id + " has a negative cost");
			}
		}
	}

	/**
	 * One voter's ballot.
	 *
	 * @param projects indexes into {@link Election#projects()}, each at most once
	 * @param points the points per listed project for cumulative ballots, null for approval
	 */
	public record Ballot(int[] projects, long[] points) {
	}

	public Election {
		if (budget < 0) {
			throw new IllegalArgumentException("The budget cannot be negative");
		}
		projects = List.copyOf(projects);
		ballots = List.copyOf(ballots);
		Set<String> ids = new HashSet<>();
		for (Project project : projects) {
			if (!ids.add(project.id())) {
				throw new IllegalArgumentException("Project " + project.id() + " is listed twice");
			}
		}
		for (Ballot ballot : ballots) {
			check(ballot, projects.size(), cumulative);
		}
	}

	private static void check(Ballot ballot, int projectCount, boolean cumulative) {
		if (ballot.projects() == null) {
			throw new IllegalArgumentException("A ballot needs its list of projects, even if empty");
		}
		if (cumulative != (ballot.points() != null)) {
			throw new IllegalArgumentException(cumulative ? "Every ballot needs points" : "Approval ballots have no points");
		}
		if (cumulative && ballot.points().length != ballot.projects().length) {
			throw new IllegalArgumentException("A ballot needs one number of points per project");
		}
		Set<Integer> seen = new HashSet<>();
		for (int i = 0; i < ballot.projects().length; i++) {
			int project = ballot.projects()[i];
			if (project < 0 || project >= projectCount) {
				throw new IllegalArgumentException("A ballot names a project that is not in the election");
			}
			if (!seen.add(project)) {
				throw new IllegalArgumentException("A ballot names a project twice");
			}
			if (cumulative && ballot.points()[i] < 0) {
				throw new IllegalArgumentException("Points cannot be negative");
			}
		}
	}

	/** Each project's votes: the number of ballots listing it, or for cumulative ballots the points it was given. */
	public long[] votes() {
		long[] votes = new long[projects.size()];
		for (Ballot ballot : ballots) {
			for (int i = 0; i < ballot.projects().length; i++) {
				votes[ballot.projects()[i]] += cumulative ? ballot.points()[i] : 1;
			}
		}
		return votes;
	}
}
