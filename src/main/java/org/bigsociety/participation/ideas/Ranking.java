package org.bigsociety.participation.ideas;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The panel's ranking of a call's ideas, in exact integer arithmetic. A judge's weighted score of an idea is the sum,
 * over the criteria, of score × weight; an idea's standing is the mean of its judges' weighted scores, compared as a
 * fraction by cross-multiplying (no floating point decides anything). Ideas nobody scored come last; equal means are
 * ordered by more judges first, then by the earlier idea. The ranking informs the officer, who decides the shortlist.
 */
public final class Ranking {

	/** One score as a judge gave it. */
	public record Score(long judge, long idea, long criterion, int score) {

		public Score {
			if (score < 0 || score > Criterion.MAX_SCORE) {
				throw new IllegalArgumentException("A score is from 0 to " + Criterion.MAX_SCORE);
			}
		}
	}

	/**
	 * One idea's place: {@code total} weighted points from {@code judges} judges, so a mean of total ÷ judges out of
	 * {@code maximum} (5 × the sum of the weights).
	 */
	public record Place(int rank, long idea, long total, int judges, long maximum) {

		/** The mean to two decimal places, for display only. */
		public BigDecimal mean() {
			return judges == 0 ? BigDecimal.ZERO.setScale(2)
					: BigDecimal.valueOf(total).divide(BigDecimal.valueOf(judges), 2, RoundingMode.HALF_EVEN);
		}
	}

	private Ranking() {
	}

	/**
	 * Ranks the ideas. Only complete score sheets count (a judge who scored an idea against every criterion), which
	 * is how the judging form saves them.
	 */
	public static List<Place> rank(Collection<Long> ideas, List<Criterion> criteria, Collection<Score> scores) {
		Map<Long, Integer> weights = new HashMap<>();
		criteria.forEach(c -> weights.put(c.id(), c.weight()));
		long maximum = (long) Criterion.MAX_SCORE * criteria.stream().mapToLong(Criterion::weight).sum();
		Map<Long, Map<Long, Long>> sheetTotals = new HashMap<>();
		Map<Long, Map<Long, Set<Long>>> sheetCriteria = new HashMap<>();
		for (Score score : scores) {
			Integer weight = weights.get(score.criterion());
			if (weight == null) {
				continue;
			}
			sheetTotals.computeIfAbsent(score.idea(), k -> new HashMap<>())
				.merge(score.judge(), (long) score.score() * weight, Long::sum);
			sheetCriteria.computeIfAbsent(score.idea(), k -> new HashMap<>())
				.computeIfAbsent(score.judge(), k -> new HashSet<>())
				.add(score.criterion());
		}
		record Standing(long idea, long total, int judges) {
		}
		List<Standing> standings = new ArrayList<>();
		for (long idea : ideas) {
			long total = 0;
			int judges = 0;
			for (Map.Entry<Long, Long> sheet : sheetTotals.getOrDefault(idea, Map.of()).entrySet()) {
				if (sheetCriteria.get(idea).get(sheet.getKey()).size() == weights.size()) {
					total += sheet.getValue();
					judges++;
				}
			}
			standings.add(new Standing(idea, total, judges));
		}
		Comparator<Standing> byMean = (a, b) -> {
			if (a.judges() == 0 || b.judges() == 0) {
				return Boolean.compare(a.judges() == 0, b.judges() == 0);
			}
			// a.total / a.judges against b.total / b.judges, higher first, exactly
			return Long.compare(b.total() * a.judges(), a.total() * b.judges());
		};
		standings.sort(byMean.thenComparing(Standing::judges, Comparator.reverseOrder()).thenComparing(Standing::idea));
		List<Place> places = new ArrayList<>();
		for (int i = 0; i < standings.size(); i++) {
			Standing s = standings.get(i);
			places.add(new Place(i + 1, s.idea(), s.total(), s.judges(), maximum));
		}
		return places;
	}
}
