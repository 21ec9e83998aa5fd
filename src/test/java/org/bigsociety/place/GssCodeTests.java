package org.bigsociety.place;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GssCodeTests {

	@Test
	void acceptsAnOfficialCodeInAnyCase() {
		assertThat(new GssCode(" e09000012 ").value()).isEqualTo("E09000012");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "E0900001", "E090000123", "X09000012", "Hackney", "E0900001A" })
	void refusesWhatIsNotALetterAndEightDigits(String raw) {
		assertThatIllegalArgumentException().isThrownBy(() -> new GssCode(raw));
	}

	@Test
	void refusesNothing() {
		assertThatIllegalArgumentException().isThrownBy(() -> new GssCode(null)).withMessage("Enter a GSS code");
	}
}
