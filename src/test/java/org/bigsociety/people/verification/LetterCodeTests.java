package org.bigsociety.people.verification;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LetterCodeTests {

	@Property(tries = 200)
	void aPrintedCodeReadsBackHoweverItIsTyped(@ForAll @LongRange(min = 1, max = Long.MAX_VALUE / 2) long letter) {
		LetterCode code = LetterCode.random();
		String printed = code.printed();
		assertThat(printed).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
		String typed = " " + printed.toLowerCase().replace("-", " ") + "\t";
		LetterCode read = LetterCode.parseOrNull(typed);
		assertThat(read).isEqualTo(code);
		assertThat(read.matches(letter, code.hashFor(letter))).isTrue();
	}

	@Property(tries = 200)
	void aCodeMatchesOnlyItsOwnLetter(@ForAll @LongRange(min = 1, max = 1_000_000) long letter) {
		LetterCode code = LetterCode.random();
		assertThat(code.matches(letter + 1, code.hashFor(letter))).isFalse();
		assertThat(LetterCode.random().matches(letter, code.hashFor(letter))).isFalse();
	}

	@Test
	void theHashNeverContainsTheCode() {
		LetterCode code = LetterCode.random();
		assertThat(code.hashFor(7)).hasSize(64).doesNotContain(code.value());
		assertThat(code.toString()).doesNotContain(code.value());
	}

	@Test
	void refusesWhatCannotBeACode() {
		assertThat(LetterCode.parseOrNull(null)).isNull();
		assertThat(LetterCode.parseOrNull("")).isNull();
		assertThat(LetterCode.parseOrNull("ABCD-EFGH-JKM")).as("too short").isNull();
		assertThat(LetterCode.parseOrNull("ABCD-EFGH-JKMNP")).as("too long").isNull();
		assertThat(LetterCode.parseOrNull("ABCD-EFGH-JK0N")).as("a look-alike").isNull();
		assertThat(LetterCode.parseOrNull("x".repeat(10_000))).isNull();
		assertThat(LetterCode.random().matches(1, null)).isFalse();
		assertThatThrownBy(() -> new LetterCode("abcdefghjkmn")).isInstanceOf(IllegalArgumentException.class);
	}
}
