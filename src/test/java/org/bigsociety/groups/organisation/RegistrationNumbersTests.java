package org.bigsociety.groups.organisation;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.NumericChars;
import org.bigsociety.groups.LegalForm;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Registration numbers are checked for form, and each legal form asks for the numbers it must have. */
class RegistrationNumbersTests {

	@Test
	void acceptsCharityNumbersOfSixToEightDigitsWithAnOptionalLinkedSuffix() {
		assertThat(CharityNumber.parse("1123456").value()).isEqualTo("1123456");
		assertThat(CharityNumber.parse("212345").value()).isEqualTo("212345");
		assertThat(CharityNumber.parse(" 1123 456-1 ").value()).isEqualTo("1123456-1");
		assertThat(CharityNumber.parse("1123456-12").main()).isEqualTo("1123456");
	}

	@Test
	void refusesMalformedCharityNumbers() {
		for (String bad : new String[] { "12345", "123456789", "SC012345", "1123456-", "1123456-0", "112345a", "" }) {
			assertThatIllegalArgumentException().as(bad).isThrownBy(() -> CharityNumber.parse(bad));
		}
	}

	@Test
	void acceptsCompanyNumbersOfEightDigitsOrAKnownPrefixAndSixDigits() {
		assertThat(CompanyNumber.parse("01234567").value()).isEqualTo("01234567");
		assertThat(CompanyNumber.parse("sc123456").value()).isEqualTo("SC123456");
		assertThat(CompanyNumber.parse("NI 012345").value()).isEqualTo("NI012345");
		assertThat(CompanyNumber.parse("OC301234").value()).isEqualTo("OC301234");
		assertThat(CompanyNumber.parse("CE000123").value()).isEqualTo("CE000123");
		assertThat(CompanyNumber.parse("IP028815").value()).isEqualTo("IP028815");
		assertThat(CompanyNumber.parse("RS007123").value()).isEqualTo("RS007123");
		assertThat(CompanyNumber.parse("445790").value()).isEqualTo("00445790");
	}

	@Test
	void refusesMalformedCompanyNumbers() {
		for (String bad : new String[] { "123456789", "XX123456", "SC12345", "S1234567", "SC1234567", "", "ABCDEFGH" }) {
			assertThatIllegalArgumentException().as(bad).isThrownBy(() -> CompanyNumber.parse(bad));
		}
	}

	@Property
	void everyShortRunOfDigitsIsPaddedToAnEightDigitCompanyNumber(
			@ForAll @NumericChars @StringLength(min = 1, max = 8) String digits) {
		CompanyNumber number = CompanyNumber.parse(digits);
		assertThat(number.value()).hasSize(8).endsWith(digits);
	}

	@Property
	void everySocietyNumberWithAnRSuffixReadsBack(@ForAll @IntRange(min = 1, max = 999_999) int n) {
		assertThat(SocietyNumber.parse(n + "r").value()).isEqualTo(n + "R");
		assertThat(SocietyNumber.parse(Integer.toString(n)).registerAddress())
			.isEqualTo("https://mutuals.fca.org.uk/Search/Society/" + n);
	}

	@Test
	void refusesMalformedSocietyNumbers() {
		for (String bad : new String[] { "R", "30187RR", "1234567", "SC30187", "0", "" }) {
			assertThatIllegalArgumentException().as(bad).isThrownBy(() -> SocietyNumber.parse(bad));
		}
	}

	@Test
	void aCharitableIncorporatedOrganisationMustGiveItsCharityNumberAndNoCompanyNumber() {
		Registrations none = Registrations.NONE;
		assertThat(none.problemsFor(LegalForm.CHARITABLE_INCORPORATED_ORGANISATION))
			.containsEntry("charityNumber", "groups.registration.CHARITY_COMMISSION.required");
		Registrations both = new Registrations(CharityNumber.parse("1123456"), CompanyNumber.parse("01234567"), null);
		assertThat(both.problemsFor(LegalForm.CHARITABLE_INCORPORATED_ORGANISATION))
			.containsOnlyKeys("companyNumber");
		assertThat(both.problemsFor(LegalForm.CHARITY)).isEmpty();
	}

	@Test
	void everyCompanyAndSocietyMustGiveItsRegistersNumber() {
		assertThat(Registrations.NONE.problemsFor(LegalForm.COMMUNITY_INTEREST_COMPANY)).containsOnlyKeys("companyNumber");
		assertThat(Registrations.NONE.problemsFor(LegalForm.COMPANY)).containsOnlyKeys("companyNumber");
		assertThat(Registrations.NONE.problemsFor(LegalForm.CO_OPERATIVE_SOCIETY)).containsOnlyKeys("societyNumber");
		assertThat(Registrations.NONE.problemsFor(LegalForm.COMMUNITY_BENEFIT_SOCIETY)).containsOnlyKeys("societyNumber");
	}

	@Test
	void groupsWithoutARegisterNeedNoNumberButCannotClaimOneTheirFormNeverHas() {
		for (LegalForm form : new LegalForm[] { LegalForm.UNINCORPORATED_ASSOCIATION, LegalForm.FAITH_GROUP,
				LegalForm.PUBLIC_BODY, LegalForm.MICRO_BUSINESS, LegalForm.SCHOOL, LegalForm.BUSINESS,
				LegalForm.USER_LED_ORGANISATION, LegalForm.PUBLIC_SERVICE_MUTUAL }) {
			assertThat(Registrations.NONE.problemsFor(form)).as(form.name()).isEmpty();
		}
		assertThat(new Registrations(null, null, SocietyNumber.parse("30187R")).problemsFor(LegalForm.PUBLIC_BODY))
			.containsOnlyKeys("societyNumber");
	}

	@Test
	void slugsComeFromNamesInLowerCaseWords() {
		assertThat(Slug.from("St Mary's Friends (Hackney)").value()).isEqualTo("st-marys-friends-hackney");
		assertThat(Slug.from("Dalston Repair Café CIC").value()).isEqualTo("dalston-repair-cafe-cic");
		assertThat(Slug.from("Food & Friends").value()).isEqualTo("food-and-friends");
		assertThat(Slug.from("!!!").value()).isEqualTo("group");
		assertThat(Slug.from("a".repeat(100)).value()).hasSize(60);
		assertThat(Slug.isWellFormed("No/Slug")).isFalse();
	}
}
