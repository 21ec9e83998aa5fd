package org.bigsociety.participation.referendums;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PassRuleTests {

	@Test
	void simpleMajorityNeedsMoreThanHalf() {
		PassRule rule = PassRule.SIMPLE_MAJORITY;
		assertThat(rule.passes(51, 49, 100, 1000)).isTrue();
		assertThat(rule.passes(50, 50, 100, 1000)).as("a tie is not a majority").isFalse();
		assertThat(rule.passes(1, 0, 1, 1000)).isTrue();
		assertThat(rule.passes(0, 0, 0, 1000)).as("no votes never pass").isFalse();
	}

	@Test
	void supermajorityPassesAtExactlyItsShare() {
		PassRule rule = new PassRule(75, 0);
		assertThat(rule.passes(75, 25, 100, 100)).as("exactly 75 %").isTrue();
		assertThat(rule.passes(3, 1, 4, 4)).as("exactly 75 % of 4").isTrue();
		assertThat(rule.passes(74, 26, 100, 100)).isFalse();
		assertThat(rule.passes(749_999, 250_001, 1_000_000, 1_000_000)).as("just under, in big numbers").isFalse();
		assertThat(rule.passes(750_000, 250_000, 1_000_000, 1_000_000)).isTrue();
	}

	@Test
	void twoThirdsIsExactInIntegerArithmetic() {
		PassRule rule = new PassRule(67, 0);
		assertThat(rule.passes(2, 1, 3, 3)).as("66.7 % is less than 67 %").isFalse();
		assertThat(rule.passes(67, 33, 100, 100)).isTrue();
	}

	@Test
	void minimumTurnoutIsReachedAtExactlyItsShare() {
		PassRule rule = new PassRule(50, 30);
		assertThat(rule.passes(200, 100, 300, 1000)).as("exactly 30 % turnout").isTrue();
		assertThat(rule.passes(200, 99, 299, 1000)).as("29.9 % turnout").isFalse();
		assertThat(rule.passes(1, 0, 1, 0)).as("an empty roll never reaches a turnout").isFalse();
		assertThat(new PassRule(75, 0).turnoutReached(0, 0)).as("no minimum").isTrue();
	}

	@Test
	void refusesImpossibleRules() {
		assertThatThrownBy(() -> new PassRule(49, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new PassRule(101, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new PassRule(50, -1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new PassRule(50, 101)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> PassRule.SIMPLE_MAJORITY.passes(-1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
	}

	@Property
	void agreesWithExactFractions(@ForAll @IntRange(min = 0, max = 100_000) int yes,
			@ForAll @IntRange(min = 0, max = 100_000) int no, @ForAll @IntRange(min = 51, max = 100) int percent) {
		boolean expected = yes + no > 0 && new java.math.BigDecimal(yes).multiply(java.math.BigDecimal.valueOf(100))
			.compareTo(new java.math.BigDecimal(yes + no).multiply(java.math.BigDecimal.valueOf(percent))) >= 0;
		assertThat(new PassRule(percent, 0).passes(yes, no, yes + no, yes + no)).isEqualTo(expected);
	}

	@Property
	void moreYesNeverTurnsAPassIntoAFail(@ForAll @IntRange(min = 0, max = 10_000) int yes,
			@ForAll @IntRange(min = 0, max = 10_000) int no, @ForAll @IntRange(min = 50, max = 100) int percent) {
		PassRule rule = new PassRule(percent, 0);
		if (rule.passes(yes, no, yes + no, yes + no)) {
			assertThat(rule.passes(yes + 1, no, yes + no + 1, yes + no + 1)).isTrue();
		}
	}
}
