package org.bigsociety.participation.ideas;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RankingTests {

	private static final Criterion IMPACT = new Criterion(10, 1, "Impact", "", 3);
	private static final Criterion NOVELTY = new Criterion(11, 2, "Novelty", "", 1);
	private static final List<Criterion> CRITERIA = List.of(IMPACT, NOVELTY);

	@Test
	void ranksIdeasByTheMeanOfTheJudgesWeightedScores() {
		List<Ranking.Score> scores = List.of(
				// idea 1: judge 1 gives 5×3 + 0×1 = 15, judge 2 gives 3×3 + 3×1 = 12: mean 13.5
				new Ranking.Score(1, 1, 10, 5), new Ranking.Score(1, 1, 11, 0),
				new Ranking.Score(2, 1, 10, 3), new Ranking.Score(2, 1, 11, 3),
				// idea 2: judge 1 gives 4×3 + 4×1 = 16
				new Ranking.Score(1, 2, 10, 4), new Ranking.Score(1, 2, 11, 4));

		List<Ranking.Place> places = Ranking.rank(List.of(1L, 2L, 3L), CRITERIA, scores);

		assertThat(places).extracting(Ranking.Place::idea).containsExactly(2L, 1L, 3L);
		assertThat(places.get(0)).isEqualTo(new Ranking.Place(1, 2, 16, 1, 20));
		assertThat(places.get(1)).isEqualTo(new Ranking.Place(2, 1, 27, 2, 20));
		assertThat(places.get(1).mean()).hasToString("13.50");
		assertThat(places.get(2).judges()).isZero();
	}

	@Test
	void comparesMeansExactlyAndBreaksTiesByMoreJudgesThenTheEarlierIdea() {
		List<Ranking.Score> scores = new ArrayList<>();
		// idea 5: one judge, 2×3 + 1×1 = 7. idea 4: two judges, 7 each: the same mean, more judges.
		// idea 3: one judge, 7: the same mean and judges as idea 5, but earlier.
		scores.addAll(sheet(1, 5, 2, 1));
		scores.addAll(sheet(1, 4, 2, 1));
		scores.addAll(sheet(2, 4, 1, 4));
		scores.addAll(sheet(3, 3, 2, 1));

		assertThat(Ranking.rank(List.of(5L, 4L, 3L), CRITERIA, scores)).extracting(Ranking.Place::idea)
			.containsExactly(4L, 3L, 5L);
	}

	@Test
	void meansOneThirdApartAreNotConfusedByRounding() {
		// idea 1: (1 + 0 + 0) / 3 judges against idea 2: 0 / 1: idea 1 is above, though its mean rounds to 0.33.
		List<Ranking.Score> scores = new ArrayList<>();
		scores.addAll(sheet(1, 1, 0, 1));
		scores.addAll(sheet(2, 1, 0, 0));
		scores.addAll(sheet(3, 1, 0, 0));
		scores.addAll(sheet(1, 2, 0, 0));

		assertThat(Ranking.rank(List.of(2L, 1L), CRITERIA, scores)).extracting(Ranking.Place::idea)
			.containsExactly(1L, 2L);
	}

	@Test
	void anIncompleteScoreSheetDoesNotCount() {
		List<Ranking.Score> scores = List.of(new Ranking.Score(1, 1, 10, 5));

		assertThat(Ranking.rank(List.of(1L), CRITERIA, scores).get(0).judges()).isZero();
	}

	@Test
	void refusesScoresOutsideZeroToFive() {
		assertThatThrownBy(() -> new Ranking.Score(1, 1, 10, 6)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Ranking.Score(1, 1, 10, -1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Criterion(1, 1, "Heavy", "", 11)).isInstanceOf(IllegalArgumentException.class);
	}

	@Property(tries = 200)
	void theRankingDoesNotDependOnTheOrderScoresArriveIn(@ForAll @IntRange(min = 0, max = 5) int a,
			@ForAll @IntRange(min = 0, max = 5) int b, @ForAll @IntRange(min = 0, max = 5) int c,
			@ForAll @IntRange(min = 0, max = 5) int d, @ForAll long seed) {
		List<Ranking.Score> scores = new ArrayList<>();
		scores.addAll(sheet(1, 1, a, b));
		scores.addAll(sheet(2, 1, c, d));
		scores.addAll(sheet(1, 2, b, c));
		scores.addAll(sheet(2, 3, d, a));
		List<Ranking.Place> before = Ranking.rank(List.of(1L, 2L, 3L), CRITERIA, scores);
		Collections.shuffle(scores, new java.util.Random(seed));

		assertThat(Ranking.rank(List.of(1L, 2L, 3L), CRITERIA, scores)).isEqualTo(before);
		assertThat(before).allSatisfy(place -> assertThat(place.total()).isLessThanOrEqualTo(
				(long) place.judges() * place.maximum()));
	}

	private static List<Ranking.Score> sheet(long judge, long idea, int impact, int novelty) {
		return List.of(new Ranking.Score(judge, idea, 10, impact), new Ranking.Score(judge, idea, 11, novelty));
	}
}
