package org.bigsociety.people.verification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.bigsociety.IntegrationTest;
import org.bigsociety.TestClock;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.VerificationLevel;
import org.bigsociety.place.Places;
import org.bigsociety.place.Postcode;
import org.bigsociety.platform.RateLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigsociety.people.verification.VerificationFixtures.person;
import static org.bigsociety.people.verification.VerificationFixtures.uniqueEmail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Verification by letter and by an officer, through the pages, as residents and officers use them. */
@IntegrationTest
class VerificationPagesTests {

	private static final Pattern LETTER_LABEL = Pattern.compile("Letter (\\d+) to ");
	private static final Pattern CODE = Pattern.compile("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	People people;

	@Autowired
	Places places;

	@Autowired
	TestClock clock;

	@Autowired
	RateLimits limits;

	long e81dy;

	long n168gg;

	@BeforeEach
	void areas() {
		e81dy = places.locate(Postcode.parse("E8 1DY")).orElseThrow().smallest().id().value();
		n168gg = places.locate(Postcode.parse("N16 8GG")).orElseThrow().smallest().id().value();
		assertThat(e81dy).as("the two postcodes are in different wards").isNotEqualTo(n168gg);
	}

	@AfterEach
	void realTime() {
		clock.reset();
		limits.reset();
	}

	private static RequestPostProcessor fromNewAddress() {
		int n = ADDRESSES.incrementAndGet();
		return request -> {
			request.setRemoteAddr("10.77." + (n >> 8 & 255) + "." + (n & 255));
			return request;
		};
	}

	private Cookie signIn(String email) throws Exception {
		MvcResult result = mvc.perform(post("/sign-in").with(csrf()).with(fromNewAddress())
			.param("email", email)
			.param("password", "demo-password")).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as("sign-in of " + email).isEqualTo("/account");
		return result.getResponse().getCookie("SESSION");
	}

	private String page(Cookie session, String path) throws Exception {
		MvcResult result = mvc.perform(get(path).cookie(session)).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private MvcResult askForLetter(Cookie session, String postcode) throws Exception {
		return mvc.perform(post("/account/verify/letter").with(csrf()).cookie(session)
			.param("address", "Flat 2\n10 Test Street")
			.param("postcode", postcode)).andReturn();
	}

	private MvcResult typeCode(Cookie session, String code) throws Exception {
		return mvc.perform(post("/account/verify/code").with(csrf()).cookie(session).param("code", code)).andReturn();
	}

	private long openLetter(PersonId person) {
		return jdbc.sql("""
				SELECT id FROM people.verification_letter WHERE person_id = :person AND used_at IS NULL
				AND voided_at IS NULL""")
			.param("person", person.value())
			.query(Long.class)
			.single();
	}

	/** Prints the letter as the officer and reads its code off the printed page. */
	private String printedCode(Cookie officer, long letter) throws Exception {
		MvcResult printed = mvc.perform(post("/verification/letters/print").with(csrf()).cookie(officer)
			.param("letter", Long.toString(letter))).andReturn();
		assertThat(printed.getResponse().getStatus()).isEqualTo(200);
		assertThat(printed.getResponse().getHeader("Cache-Control")).contains("no-store");
		String html = printed.getResponse().getContentAsString();
		assertThat(html).contains("Reference " + letter).contains("10 Test Street").contains("Print this letter now");
		Matcher code = CODE.matcher(html);
		assertThat(code.find()).as("a code on the printed letter").isTrue();
		return code.group();
	}

	private VerificationLevel level(PersonId person) {
		return people.residence(person).orElseThrow().level();
	}

	@Test
	void aResidentVerifiesByTheCodeFromTheLetterAnOfficerPrinted() throws Exception {
		String email = uniqueEmail();
		PersonId resident = person(jdbc, email, "E8 1DY", e81dy);
		Cookie session = signIn(email);
		assertThat(page(session, "/account/verify")).contains("You told us").contains("Send me a letter");

		assertThat(askForLetter(session, "E8 1DY").getResponse().getRedirectedUrl()).isEqualTo("/account/verify");
		long letter = openLetter(resident);
		assertThat(page(session, "/account/verify")).contains("has not been posted yet");
		assertThat(typeCode(session, "ABCD-EFGH-JKMN").getResponse().getContentAsString())
			.contains("Your letter has not been posted yet");

		Cookie officer = signIn("officer@demo.bigsociety.org.uk");
		assertThat(page(officer, "/verification/letters")).contains("Letter " + letter + " to E8 1DY");
		String code = printedCode(officer, letter);
		assertThat(page(officer, "/verification/letters")).doesNotContain(code);
		String stored = jdbc.sql("SELECT code_hash FROM people.verification_letter WHERE id = :id")
			.param("id", letter).query(String.class).single();
		assertThat(stored).doesNotContain(code.replace("-", "")).hasSize(64);

		String wrong = typeCode(session, "2222-2222-2222").getResponse().getContentAsString();
		assertThat(wrong).contains("That code is wrong. You have 4 tries left");
		assertThat(level(resident)).isEqualTo(VerificationLevel.SELF_DECLARED);

		MvcResult right = typeCode(session, " " + code.toLowerCase().replace("-", " ") + " ");
		assertThat(right.getResponse().getRedirectedUrl()).isEqualTo("/account/verify");
		assertThat(level(resident)).isEqualTo(VerificationLevel.VERIFIED_BY_LETTER);
		assertThat(page(session, "/account/verify")).contains("Confirmed by letter").doesNotContain("Send me a letter");
		assertThat(typeCode(session, code).getResponse().getContentAsString()).contains("You have no letter on its way");
		assertThat(jdbc.sql("SELECT address FROM people.verification_letter WHERE id = :id").param("id", letter)
			.query(String.class).optional()).as("the address is forgotten once the letter is used").isEmpty();
	}

	@Test
	void somethingThatCannotBeACodeCostsNoTryAndChangesNothing() throws Exception {
		String email = uniqueEmail();
		PersonId resident = person(jdbc, email, "E8 1DY", e81dy);
		Cookie session = signIn(email);
		askForLetter(session, "E8 1DY");
		long letter = openLetter(resident);
		printedCode(signIn("officer@demo.bigsociety.org.uk"), letter);
		assertThat(typeCode(session, "").getResponse().getContentAsString()).contains("Enter the code from your letter");
		assertThat(typeCode(session, "x".repeat(5000)).getResponse().getContentAsString())
			.contains("Enter the code exactly as printed");
		assertThat(typeCode(session, "OOOO-IIII-LLLL").getResponse().getContentAsString())
			.contains("Enter the code exactly as printed");
		assertThat(jdbc.sql("SELECT attempts FROM people.verification_letter WHERE id = :id").param("id", letter)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void fiveWrongCodesVoidTheLetter() throws Exception {
		String email = uniqueEmail();
		PersonId resident = person(jdbc, email, "E8 1DY", e81dy);
		Cookie session = signIn(email);
		askForLetter(session, "E8 1DY");
		long letter = openLetter(resident);
		String code = printedCode(signIn("officer@demo.bigsociety.org.uk"), letter);
		String wrong = code.startsWith("2") ? "3333-3333-3333" : "2222-2222-2222";
		for (int i = 0; i < 4; i++) {
			assertThat(typeCode(session, wrong).getResponse().getContentAsString()).contains("That code is wrong");
		}
		assertThat(typeCode(session, wrong).getResponse().getContentAsString()).contains("you have no tries left");
		assertThat(typeCode(session, code).getResponse().getContentAsString()).contains("You have no letter on its way");
		assertThat(level(resident)).isEqualTo(VerificationLevel.SELF_DECLARED);
	}

	@Test
	void anExpiredLetterNoLongerVerifies() throws Exception {
		String email = uniqueEmail();
		PersonId resident = person(jdbc, email, "E8 1DY", e81dy);
		Cookie session = signIn(email);
		askForLetter(session, "E8 1DY");
		String code = printedCode(signIn("officer@demo.bigsociety.org.uk"), openLetter(resident));
		clock.advance(Duration.ofDays(31));
		assertThat(typeCode(session, code).getResponse().getContentAsString()).contains("That letter has expired");
		assertThat(level(resident)).isEqualTo(VerificationLevel.SELF_DECLARED);
		assertThat(askForLetter(session, "E8 1DY").getResponse().getRedirectedUrl()).as("a new letter may be asked for")
			.isEqualTo("/account/verify");
	}

	@Test
	void aLetterVerifiesOnlyThePostcodeItWasSentTo() throws Exception {
		String email = uniqueEmail();
		PersonId resident = person(jdbc, email, "E8 1DY", e81dy);
		Cookie session = signIn(email);
		askForLetter(session, "E8 1DY");
		String code = printedCode(signIn("officer@demo.bigsociety.org.uk"), openLetter(resident));
		VerificationFixtures.moveTo(jdbc, resident, "N16 8GG", n168gg);
		assertThat(typeCode(session, code).getResponse().getContentAsString()).contains("Your postcode changed");
		assertThat(level(resident)).isEqualTo(VerificationLevel.SELF_DECLARED);
	}

	@Test
	void oneLetterAtATimeAndOnlyToThePostcodeThePageShowed() throws Exception {
		String email = uniqueEmail();
		PersonId resident = person(jdbc, email, "E8 1DY", e81dy);
		Cookie session = signIn(email);
		assertThat(askForLetter(session, "N16 8GG").getResponse().getContentAsString())
			.contains("Your postcode has changed since this page was shown");
		MvcResult blank = mvc.perform(post("/account/verify/letter").with(csrf()).cookie(session)
			.param("address", "  ").param("postcode", "E8 1DY")).andReturn();
		assertThat(blank.getResponse().getContentAsString()).contains("Enter your address, without the postcode");
		MvcResult huge = mvc.perform(post("/account/verify/letter").with(csrf()).cookie(session)
			.param("address", "a".repeat(100_000)).param("postcode", "E8 1DY")).andReturn();
		assertThat(huge.getResponse().getContentAsString()).contains("at most 4 lines and 200 characters");
		assertThat(jdbc.sql("SELECT count(*) FROM people.verification_letter WHERE person_id = :p")
			.param("p", resident.value()).query(Long.class).single()).isZero();

		askForLetter(session, "E8 1DY");
		assertThat(askForLetter(session, "E8 1DY").getResponse().getStatus()).isEqualTo(200);
		assertThat(jdbc.sql("SELECT count(*) FROM people.verification_letter WHERE person_id = :p")
			.param("p", resident.value()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void anOfficerSeesAndPrintsOnlyTheLettersOfTheirArea() throws Exception {
		String email = uniqueEmail();
		PersonId resident = person(jdbc, email, "E8 1DY", e81dy);
		askForLetter(signIn(email), "E8 1DY");
		long letter = openLetter(resident);
		String officerEmail = uniqueEmail();
		PersonId wardOfficer = person(jdbc, officerEmail, "N16 8GG", n168gg);
		VerificationFixtures.grantOfficer(jdbc, wardOfficer, n168gg);
		Cookie officer = signIn(officerEmail);
		assertThat(page(officer, "/verification/letters")).doesNotContain("Letter " + letter + " ");
		MvcResult print = mvc.perform(post("/verification/letters/print").with(csrf()).cookie(officer)
			.param("letter", Long.toString(letter))).andReturn();
		assertThat(print.getResponse().getContentAsString()).contains("Choose at least one letter")
			.doesNotContain("10 Test Street");
		assertThat(mvc.perform(post("/verification/letters/print").with(csrf()).cookie(officer)
			.param("letter", "not-a-number")).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(jdbc.sql("SELECT printed_at IS NULL FROM people.verification_letter WHERE id = :id")
			.param("id", letter).query(Boolean.class).single()).isTrue();
	}

	@Test
	void anOfficerRecordsEvidenceSeenForAnAccountFoundByItsExactAddress() throws Exception {
		String email = uniqueEmail();
		PersonId resident = person(jdbc, email, "E8 1DY", e81dy);
		Cookie officer = signIn("officer@demo.bigsociety.org.uk");
		String found = mvc.perform(post("/verification/check").with(csrf()).cookie(officer)
			.param("email", " " + email.toUpperCase() + " ")).andReturn().getResponse().getContentAsString();
		assertThat(found).contains("Verify Tester").contains("E8 1DY").contains("Record the verification");

		String missing = mvc.perform(post("/verification/check/record").with(csrf()).cookie(officer)
			.param("person", Long.toString(resident.value())).param("note", "n".repeat(600))).andReturn().getResponse()
			.getContentAsString();
		assertThat(missing).contains("Choose the kind of document you saw").contains("at most 500 characters");
		assertThat(level(resident)).isEqualTo(VerificationLevel.SELF_DECLARED);

		MvcResult recorded = mvc.perform(post("/verification/check/record").with(csrf()).cookie(officer)
			.param("person", Long.toString(resident.value())).param("evidence", "COUNCIL_TAX_BILL")
			.param("note", "Seen at the Town Hall")).andReturn();
		assertThat(recorded.getResponse().getRedirectedUrl()).isEqualTo("/verification/check");
		assertThat(level(resident)).isEqualTo(VerificationLevel.VERIFIED_BY_OFFICER);
		assertThat(jdbc.sql("""
				SELECT evidence FROM people.residence_verification WHERE person_id = :p AND level = 'VERIFIED_BY_OFFICER'""")
			.param("p", resident.value()).query(String.class).single()).isEqualTo("COUNCIL_TAX_BILL");
	}

	@Test
	void anOfficerCannotFindOrVerifyAnAccountOutsideTheirArea() throws Exception {
		String email = uniqueEmail();
		PersonId resident = person(jdbc, email, "E8 1DY", e81dy);
		String officerEmail = uniqueEmail();
		PersonId wardOfficer = person(jdbc, officerEmail, "N16 8GG", n168gg);
		VerificationFixtures.grantOfficer(jdbc, wardOfficer, n168gg);
		Cookie officer = signIn(officerEmail);
		String lookup = mvc.perform(post("/verification/check").with(csrf()).cookie(officer).param("email", email))
			.andReturn().getResponse().getContentAsString();
		assertThat(lookup).contains("outside your area").doesNotContain("Verify Tester");
		String record = mvc.perform(post("/verification/check/record").with(csrf()).cookie(officer)
			.param("person", Long.toString(resident.value())).param("evidence", "UTILITY_BILL")).andReturn()
			.getResponse().getContentAsString();
		assertThat(record).contains("outside your area").doesNotContain("Verify Tester");
		assertThat(level(resident)).isEqualTo(VerificationLevel.SELF_DECLARED);
	}

	@Test
	void onlyOfficersAndAdministratorsAreShownTheOfficersPagesOnTheirAccount() throws Exception {
		assertThat(page(signIn("officer@demo.bigsociety.org.uk"), "/account"))
			.contains("href=\"/verification/letters\"", "href=\"/verification/check\"", "href=\"/account/verify\"");
		assertThat(page(signIn("admin@demo.bigsociety.org.uk"), "/account")).contains("href=\"/verification/letters\"");
		assertThat(page(signIn("resident@demo.bigsociety.org.uk"), "/account")).contains("href=\"/account/verify\"")
			.doesNotContain("/verification/");
	}

	@Autowired
	ResidenceVerifications verifications;

	@Test
	void noLetterForAnUnplacedPostcodeOrAnAddressAlreadyVerified() throws Exception {
		String unplaced = uniqueEmail();
		person(jdbc, unplaced, "ZZ9 9ZZ", null);
		Cookie session = signIn(unplaced);
		assertThat(page(session, "/account/verify")).contains("Not known").contains("Add your postcode to your profile")
			.doesNotContain("Send me a letter");
		assertThat(askForLetter(session, "ZZ9 9ZZ").getResponse().getContentAsString())
			.contains("Add a postcode we can place").contains("href=\"#address\"").contains("id=\"address\"");

		String verified = uniqueEmail();
		PersonId person = person(jdbc, verified, "E8 1DY", e81dy);
		verifications.recordLetter(person, "E8 1DY", 0);
		Cookie again = signIn(verified);
		assertThat(askForLetter(again, "E8 1DY").getResponse().getContentAsString())
			.contains("Your address is already confirmed").contains("id=\"address\"");
		assertThat(jdbc.sql("SELECT count(*) FROM people.verification_letter WHERE person_id = :p")
			.param("p", person.value()).query(Long.class).single()).isZero();
	}

	@Test
	void anOfficerLookupNeedsAnExactRealAddress() throws Exception {
		Cookie officer = signIn("officer@demo.bigsociety.org.uk");
		assertThat(mvc.perform(post("/verification/check").with(csrf()).cookie(officer).param("email", ""))
			.andReturn().getResponse().getContentAsString()).contains("Enter the email address of their account");
		assertThat(mvc.perform(post("/verification/check").with(csrf()).cookie(officer).param("email", "not an address"))
			.andReturn().getResponse().getContentAsString()).contains("Enter a real email address");
		assertThat(mvc.perform(post("/verification/check").with(csrf()).cookie(officer).param("email", "%@example.org"))
			.andReturn().getResponse().getContentAsString()).contains("No account uses that email address");
		String unplaced = uniqueEmail();
		person(jdbc, unplaced, "ZZ9 9ZZ", null);
		assertThat(mvc.perform(post("/verification/check").with(csrf()).cookie(officer).param("email", unplaced))
			.andReturn().getResponse().getContentAsString()).contains("That account has no postcode we can place");
		assertThat(mvc.perform(post("/verification/check/record").with(csrf()).cookie(officer).param("person", "abc"))
			.andReturn().getResponse().getStatus()).isEqualTo(200);
	}

	@Autowired
	VerificationLetters letters;

	/** The letter ids an officer's letters page lists, in order. */
	private static List<Long> listed(String html) {
		List<Long> ids = new ArrayList<>();
		Matcher label = LETTER_LABEL.matcher(html);
		while (label.find()) {
			ids.add(Long.parseLong(label.group(1)));
		}
		return ids;
	}

	@Test
	void anOfficerPagesThroughTheOpenLettersOldestFirstWithTheirCount() throws Exception {
		// An area id no place, demo or other test has: this officer's list holds exactly this test's letters.
		long area = 8_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
		int count = VerificationLetters.PAGE_SIZE + 5;
		List<Long> asked = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			PersonId resident = person(jdbc, uniqueEmail(), "E8 1DY", area);
			assertThat(letters.request(resident, "10 Test Street", "E8 1DY")).isEmpty();
			asked.add(openLetter(resident));
			if (i % 2 == 1) {
				clock.advance(Duration.ofMinutes(1)); // letters asked for in pairs at one instant: ties go by id
			}
		}
		String officerEmail = uniqueEmail();
		PersonId officer = person(jdbc, officerEmail, "E8 1DY", area);
		VerificationFixtures.grantOfficer(jdbc, officer, area);
		Cookie session = signIn(officerEmail);

		String first = page(session, "/verification/letters");
		assertThat(first).contains(count + " letters are open in your area").contains("Page 1 of 2")
			.contains("href=\"/verification/letters?page=2\"").doesNotContain("rel=\"prev\"");
		assertThat(listed(first)).containsExactlyElementsOf(asked.subList(0, VerificationLetters.PAGE_SIZE));
		String second = page(session, "/verification/letters?page=2");
		assertThat(second).contains(count + " letters are open in your area").contains("Page 2 of 2")
			.contains("href=\"/verification/letters?page=1\"").doesNotContain("rel=\"next\"");
		assertThat(listed(second)).containsExactlyElementsOf(asked.subList(VerificationLetters.PAGE_SIZE, count));

		for (String bad : List.of("0", "-1", "abc", "", "1.5", "%00")) {
			assertThat(listed(page(session, "/verification/letters?page=" + bad))).as("page " + bad)
				.isEqualTo(listed(first));
		}
		for (String beyond : List.of("3", "2147483648", "9".repeat(40))) {
			assertThat(listed(page(session, "/verification/letters?page=" + beyond))).as("page " + beyond)
				.isEqualTo(listed(second));
		}

		// The print form works on the page it was on: choosing nothing shows that page again with the error...
		String none = mvc.perform(post("/verification/letters/print").with(csrf()).cookie(session).param("page", "2"))
			.andReturn().getResponse().getContentAsString();
		assertThat(none).contains("Choose at least one letter").contains("name=\"page\" value=\"2\"");
		assertThat(listed(none)).isEqualTo(listed(second));
		// ...and a letter chosen on page 2 prints, then moves after the letters not printed yet.
		long chosen = asked.get(VerificationLetters.PAGE_SIZE);
		printedCode(session, chosen);
		List<Long> after = listed(page(session, "/verification/letters?page=2"));
		assertThat(after).endsWith(chosen).doesNotHaveDuplicates().hasSize(count - VerificationLetters.PAGE_SIZE);
	}
}
