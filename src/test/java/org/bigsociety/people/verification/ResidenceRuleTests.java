package org.bigsociety.people.verification;

import org.bigsociety.IntegrationTest;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.VerificationLevel;
import org.bigsociety.people.account.AccountErasure;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.bigsociety.place.Postcode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigsociety.people.verification.VerificationFixtures.person;
import static org.bigsociety.people.verification.VerificationFixtures.uniqueEmail;

/** The rule behind {@code People.residence}: the strongest verification of the account's current postcode. */
@IntegrationTest
class ResidenceRuleTests {

	@Autowired
	People people;

	@Autowired
	ResidenceVerifications verifications;

	@Autowired
	AccountErasure erasure;

	@Autowired
	Places places;

	@Autowired
	JdbcClient jdbc;

	long e81dy;

	long n168gg;

	@BeforeEach
	void areas() {
		e81dy = places.locate(Postcode.parse("E8 1DY")).orElseThrow().smallest().id().value();
		n168gg = places.locate(Postcode.parse("N16 8GG")).orElseThrow().smallest().id().value();
	}

	private VerificationLevel level(PersonId person) {
		return people.residence(person).orElseThrow().level();
	}

	@Test
	void aPlacedPostcodeNobodyCheckedIsSelfDeclared() {
		PersonId person = person(jdbc, uniqueEmail(), "E8 1DY", e81dy);
		assertThat(level(person)).isEqualTo(VerificationLevel.SELF_DECLARED);
	}

	@Test
	void aPostcodeWeCannotPlaceIsNoneEvenIfOnceVerified() {
		PersonId person = person(jdbc, uniqueEmail(), "ZZ9 9ZZ", null);
		verifications.recordLetter(person, "ZZ9 9ZZ", 0);
		assertThat(level(person)).isEqualTo(VerificationLevel.NONE);
		assertThat(people.residence(person).orElseThrow().area()).isNull();
	}

	@Test
	void theStrongestVerificationOfTheCurrentPostcodeWins() {
		PersonId person = person(jdbc, uniqueEmail(), "E8 1DY", e81dy);
		PersonId officer = person(jdbc, uniqueEmail(), "E8 1DY", e81dy);
		verifications.recordLetter(person, "E8 1DY", 0);
		assertThat(level(person)).isEqualTo(VerificationLevel.VERIFIED_BY_LETTER);
		verifications.recordOfficer(person, "E8 1DY", officer, Evidence.COUNCIL_TAX_BILL, null);
		verifications.recordLetter(person, "E8 1DY", 0);
		assertThat(level(person)).isEqualTo(VerificationLevel.VERIFIED_BY_OFFICER);
	}

	@Test
	void movingHouseDropsBackToSelfDeclaredUntilTheNewAddressIsVerified() {
		PersonId person = person(jdbc, uniqueEmail(), "E8 1DY", e81dy);
		verifications.recordLetter(person, "E8 1DY", 0);
		VerificationFixtures.moveTo(jdbc, person, "N16 8GG", n168gg);
		assertThat(level(person)).isEqualTo(VerificationLevel.SELF_DECLARED);
		verifications.recordLetter(person, "N16 8GG", 0);
		assertThat(level(person)).isEqualTo(VerificationLevel.VERIFIED_BY_LETTER);
	}

	@Test
	void verificationsAreKeptAsAHistoryNewestFirst() {
		PersonId person = person(jdbc, uniqueEmail(), "E8 1DY", e81dy);
		PersonId officer = person(jdbc, uniqueEmail(), "E8 1DY", e81dy);
		verifications.recordLetter(person, "E8 1DY", 0);
		verifications.recordOfficer(person, "E8 1DY", officer, Evidence.TENANCY_AGREEMENT, "seen at the library");
		assertThat(verifications.of(person)).extracting(ResidenceVerifications.Verification::level)
			.containsExactly(VerificationLevel.VERIFIED_BY_OFFICER, VerificationLevel.VERIFIED_BY_LETTER);
	}

	@Test
	void aPersonsDataExportIncludesTheirVerifications() {
		PersonId person = person(jdbc, uniqueEmail(), "E8 1DY", e81dy);
		PersonId officer = person(jdbc, uniqueEmail(), "E8 1DY", e81dy);
		verifications.recordOfficer(person, "E8 1DY", officer, Evidence.BENEFIT_LETTER, "officer's own note");
		assertThat(erasure.export(person).get("residenceVerifications")).asString()
			.contains("VERIFIED_BY_OFFICER", "E8 1DY", "BENEFIT_LETTER", "officer's own note");
	}

	@Test
	void deletingTheAccountErasesItsVerificationsAndLetters() {
		PersonId person = person(jdbc, uniqueEmail(), "E8 1DY", e81dy);
		verifications.recordLetter(person, "E8 1DY", 0);
		jdbc.sql("""
				INSERT INTO people.verification_letter (person_id, address, postcode, area_id, requested_at, expires_at)
				VALUES (:person, '1 Test Street', 'E8 1DY', :area, now(), now() + interval '30 days')""")
			.param("person", person.value())
			.param("area", e81dy)
			.update();
		erasure.delete(person);
		assertThat(people.residence(person)).isEmpty();
		assertThat(count("people.residence_verification", person)).isZero();
		assertThat(count("people.verification_letter", person)).isZero();
	}

	private long count(String table, PersonId person) {
		return jdbc.sql("SELECT count(*) FROM " + table + " WHERE person_id = :person")
			.param("person", person.value())
			.query(Long.class)
			.single();
	}
}
