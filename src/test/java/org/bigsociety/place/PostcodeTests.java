package org.bigsociety.place;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PostcodeTests {

	@Test
	void normalisesCaseAndAddsTheSpace() {
		assertThat(Postcode.parse("sw1a1aa").value()).isEqualTo("SW1A 1AA");
	}

	@Test
	void normalisesStraySpaces() {
		assertThat(Postcode.parse(" e8  1dy ").value()).isEqualTo("E8 1DY");
	}

	@Test
	void givesTheOutwardCodeAndTheCompactForm() {
		Postcode postcode = Postcode.parse("n16 7rg");
		assertThat(postcode.outward()).isEqualTo("N16");
		assertThat(postcode.compact()).isEqualTo("N167RG");
	}

	@ParameterizedTest
	@ValueSource(strings = { "HELLO", "12345", "SW1A 1AAA", "E8 1DYE8 1DY", "E8 1CY", "8E 1DY" })
	void refusesWhatIsNotShapedLikeAPostcode(String raw) {
		assertThatIllegalArgumentException().isThrownBy(() -> Postcode.parse(raw))
			.withMessage("Enter a real postcode, like E8 1DY");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   " })
	void refusesBlank(String raw) {
		assertThatIllegalArgumentException().isThrownBy(() -> Postcode.parse(raw)).withMessage("Enter a postcode");
	}

	@Test
	void refusesNothing() {
		assertThatIllegalArgumentException().isThrownBy(() -> Postcode.parse(null)).withMessage("Enter a postcode");
	}

	@Property
	void normalisingIsIdempotent(@ForAll("written") String written) {
		Postcode once = Postcode.parse(written);
		assertThat(Postcode.parse(once.value())).isEqualTo(once);
		assertThat(Postcode.parse(once.compact())).isEqualTo(once);
		assertThat(once.value()).matches("[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2}");
	}

	/** Valid postcodes as people type them: any case, with no space, one space or several. */
	@Provide
	Arbitrary<String> written() {
		Arbitrary<String> area = Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(2);
		Arbitrary<String> district = Arbitraries.integers().between(0, 99).map(String::valueOf);
		Arbitrary<String> sector = Arbitraries.integers().between(0, 9).map(String::valueOf);
		Arbitrary<String> unit = Arbitraries.of("ABDEFGHJLNPQRSTUWXYZ".split("")).list().ofSize(2)
			.map(letters -> String.join("", letters));
		Arbitrary<String> spaces = Arbitraries.of("", " ", "  ", "\t");
		Arbitrary<Boolean> lower = Arbitraries.of(true, false);
		return Combinators.combine(area, district, sector, unit, spaces, lower)
			.as((a, d, s, u, gap, low) -> {
				String postcode = a + d + gap + s + u;
				return low ? postcode.toLowerCase() : postcode;
			});
	}
}
