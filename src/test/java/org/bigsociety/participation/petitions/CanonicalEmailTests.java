package org.bigsociety.participation.petitions;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CanonicalEmailTests {

	@ParameterizedTest
	@CsvSource({
			"Jo.Bloggs@Example.ORG, jo.bloggs@example.org",
			"  jo@example.org  , jo@example.org",
			"jo+petitions@example.org, jo@example.org",
			"jo+a+b@example.org, jo@example.org",
			"Jo.Bloggs+petitions@GoogleMail.com, jobloggs@gmail.com",
			"j.o.b.l.o.g.g.s@gmail.com, jobloggs@gmail.com",
			"jo.bloggs@googlemail.com, jobloggs@gmail.com",
			"jo@example.org., jo@example.org",
			"jo-bloggs-petitions@yahoo.co.uk, jo@yahoo.co.uk",
			"jo@pm.me, jo@protonmail.com",
			"jo@proton.me, jo@protonmail.com",
			"jo@bücher.example, jo@xn--bcher-kva.example" })
	void reducesEveryWayOfWritingAMailboxToOneForm(String typed, String canonical) {
		assertThat(new CanonicalEmail(typed).value()).isEqualTo(canonical);
	}

	@Test
	void keepsDotsAndHyphensWhereTheDomainTreatsThemAsPartOfTheName() {
		assertThat(new CanonicalEmail("jo.bloggs@example.org")).isNotEqualTo(new CanonicalEmail("jobloggs@example.org"));
		assertThat(new CanonicalEmail("jo-bloggs@example.org").value()).isEqualTo("jo-bloggs@example.org");
	}

	@Test
	void givesTheDomainAModeratorBlocks() {
		assertThat(new CanonicalEmail("Jo@GoogleMail.com").domain()).isEqualTo("gmail.com");
		assertThat(CanonicalEmail.canonicalDomain(" @Example.ORG. ")).isEqualTo("example.org");
	}

	@ParameterizedTest
	@ValueSource(strings = { "jo", "jo@", "@example.org", "jo@example", "jo@@example.org", "jo bloggs@example.org",
			"jo@example..org", "+tag@example.org", "jo@.example.org" })
	void refusesWhatIsNotShapedLikeAnAddress(String typed) {
		assertThatIllegalArgumentException().isThrownBy(() -> new CanonicalEmail(typed))
			.withMessage(CanonicalEmail.INVALID);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   " })
	void refusesBlank(String typed) {
		assertThatIllegalArgumentException().isThrownBy(() -> new CanonicalEmail(typed))
			.withMessage(CanonicalEmail.MISSING);
	}

	@Test
	void refusesNothing() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CanonicalEmail(null))
			.withMessage(CanonicalEmail.MISSING);
	}

	@Test
	void refusesAnAddressLongerThanMailAllows() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CanonicalEmail("a".repeat(250) + "@example.org"))
			.withMessage(CanonicalEmail.INVALID);
	}

	@Property
	void canonicalisingIsIdempotent(@ForAll("addresses") String typed) {
		CanonicalEmail once = new CanonicalEmail(typed);
		assertThat(new CanonicalEmail(once.value())).isEqualTo(once);
	}

	@Property
	void caseTagsAndSurroundingSpaceNeverMakeADifferentSigner(@ForAll("addresses") String typed,
			@ForAll("tags") String tag, @ForAll boolean upper) {
		int at = typed.lastIndexOf('@');
		String variant = " " + typed.substring(0, at) + "+" + tag + typed.substring(at) + " ";
		variant = upper ? variant.toUpperCase(java.util.Locale.ROOT) : variant;
		assertThat(new CanonicalEmail(variant)).isEqualTo(new CanonicalEmail(typed));
	}

	@Property
	void gmailDotsAndTheGooglemailAliasNeverMakeADifferentSigner(@ForAll("localParts") String local,
			@ForAll("dotPositions") java.util.List<Integer> dots, @ForAll boolean googlemail) {
		StringBuilder dotted = new StringBuilder(local);
		dots.stream().map(position -> Math.min(position, dotted.length() - 1)).distinct()
			.sorted(java.util.Comparator.reverseOrder())
			.forEach(position -> dotted.insert(position + 1, '.'));
		String domain = googlemail ? "googlemail.com" : "Gmail.com";
		assertThat(new CanonicalEmail(dotted + "@" + domain)).isEqualTo(new CanonicalEmail(local + "@gmail.com"));
	}

	@Property
	void theCanonicalFormIsAlwaysLowerCaseWithoutTags(@ForAll("addresses") String typed) {
		String value = new CanonicalEmail(typed).value();
		assertThat(value).isEqualTo(value.toLowerCase(java.util.Locale.ROOT)).doesNotContain("+").contains("@");
	}

	@Provide
	Arbitrary<String> localParts() {
		return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789").ofMinLength(1).ofMaxLength(20);
	}

	@Provide
	Arbitrary<java.util.List<Integer>> dotPositions() {
		return Arbitraries.integers().between(0, 19).list().ofMaxSize(4);
	}

	@Provide
	Arbitrary<String> tags() {
		return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-.").ofMinLength(0).ofMaxLength(12);
	}

	@Provide
	Arbitrary<String> addresses() {
		Arbitrary<String> local = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
			.ofMinLength(1).ofMaxLength(30)
			.filter(s -> Character.isLetterOrDigit(s.charAt(0)));
		Arbitrary<String> domain = Arbitraries.of("example.org", "Example.ORG", "gmail.com", "googlemail.com",
				"hackney.gov.uk", "yahoo.co.uk", "pm.me", "outlook.com");
		return Combinators.combine(local, domain).as((l, d) -> l + "@" + d);
	}
}
