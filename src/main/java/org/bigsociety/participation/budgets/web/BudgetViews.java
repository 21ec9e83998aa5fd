package org.bigsociety.participation.budgets.web;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.bigsociety.participation.budgets.BudgetRounds;
import org.bigsociety.participation.budgets.DeliveryUpdate;
import org.bigsociety.participation.budgets.Project;
import org.bigsociety.participation.budgets.Round;
import org.bigsociety.participation.budgets.tally.Verdict;
import org.bigsociety.place.Area;

/** View models for the budget pages: what a template shows, already formatted. */
final class BudgetViews {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("h:mma 'on' d MMMM yyyy", Locale.UK);

	private BudgetViews() {
	}

	record RoundSummary(long id, String title, String area, String budget, String phase) {
	}

	record RoundView(long id, String title, String description, String area, String budget, String budgetTyped,
			String phase, String rule, String ballotKind, int minProjects, int maxProjects, int minimumAge,
			String closes, boolean votingOpen, boolean tallied, Integer ballots, String ballotHash, String spent,
			boolean approval) {
	}

	record ProjectView(long id, String title, String summary, String cost, String costTyped, String feasibility,
			String feasibilityNote, String verdict, Integer selectedOrder, Long votes, String deliveryStatus,
			List<UpdateView> updates, boolean funded, boolean onTheBallot) {
	}

	record UpdateView(String status, String note, String postedAt) {
	}

	static RoundSummary summary(Round round, BudgetRounds rounds) {
		return new RoundSummary(round.id(), round.title(), areaName(round, rounds), Money.pounds(round.budgetPence()),
				round.phase().name());
	}

	static RoundView round(Round round, long spent, BudgetRounds rounds) {
		Instant now = rounds.now();
		return new RoundView(round.id(), round.title(), round.description(), areaName(round, rounds),
				Money.pounds(round.budgetPence()), Money.typed(round.budgetPence()), round.phase().name(),
				round.rule().id(), round.ballotKind().name(), round.minProjects(), round.maxProjects(),
				round.minimumAge(), closing(round.voteClosesAt()), round.votingOpen(now),
				round.phase().tallied(), round.ballotCount(), round.ballotHash(), Money.pounds(spent),
				round.ballotKind() == org.bigsociety.participation.budgets.BallotKind.APPROVAL);
	}

	/** A page of projects, already in the order to show, each with its delivery updates. */
	static List<ProjectView> page(List<Project> projects, List<DeliveryUpdate> updates) {
		Map<Long, List<UpdateView>> byProject = updates.stream()
			.collect(Collectors.groupingBy(DeliveryUpdate::projectId, Collectors.mapping(
					u -> new UpdateView(u.status().name(), u.note(), DAY.format(u.postedAt().atZone(LONDON))),
					Collectors.toList())));
		return projects.stream().map(p -> project(p, byProject.getOrDefault(p.id(), List.of()))).toList();
	}

	/** Projects for the public page: once tallied, funded first in the order chosen, then by votes. */
	static List<ProjectView> projects(Round round, List<Project> projects, List<DeliveryUpdate> updates,
			boolean includeUnfeasible) {
		Map<Long, List<UpdateView>> byProject = updates.stream()
			.collect(Collectors.groupingBy(DeliveryUpdate::projectId, Collectors.mapping(
					u -> new UpdateView(u.status().name(), u.note(), DAY.format(u.postedAt().atZone(LONDON))),
					Collectors.toList())));
		List<Project> shown = new ArrayList<>(projects.stream()
			.filter(p -> includeUnfeasible || p.onTheBallot())
			.toList());
		if (round.phase().tallied()) {
			shown.sort(Comparator
				.comparing((Project p) -> p.selectedOrder() == null ? Integer.MAX_VALUE : p.selectedOrder())
				.thenComparing(p -> p.votes() == null ? 0L : -p.votes())
				.thenComparing(Project::id));
		}
		return shown.stream().map(p -> project(p, byProject.getOrDefault(p.id(), List.of()))).toList();
	}

	static ProjectView project(Project p, List<UpdateView> updates) {
		return new ProjectView(p.id(), p.title(), p.summary(), Money.pounds(p.costPence()), Money.typed(p.costPence()),
				p.feasibility().name(), p.feasibilityNote(), p.verdict() == null ? null : p.verdict().name(),
				p.selectedOrder(), p.votes(), p.deliveryStatus().name(), updates, p.verdict() == Verdict.FUNDED,
				p.onTheBallot());
	}

	private static String areaName(Round round, BudgetRounds rounds) {
		return rounds.area(round.area()).map(Area::name).orElse("");
	}

	/** When voting closes; a vote that closes at midnight reads as 11:59pm on the last day, as people expect. */
	static String closing(Instant at) {
		ZonedDateTime local = at.atZone(LONDON);
		return MOMENT.format(local.toLocalTime().equals(LocalTime.MIDNIGHT) ? local.minusMinutes(1) : local)
			.replace("AM", "am").replace("PM", "pm");
	}
}
