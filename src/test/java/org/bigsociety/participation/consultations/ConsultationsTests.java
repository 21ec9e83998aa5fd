package org.bigsociety.participation.consultations;

import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.bigsociety.IntegrationTest;
import org.bigsociety.TestClock;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.Area;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.bigsociety.platform.RateLimited;
import org.bigsociety.platform.RateLimits;
import org.bigsociety.record.PublicRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.bigsociety.participation.consultations.ConsultationFixtures.person;
import static org.bigsociety.participation.consultations.ConsultationFixtures.resident;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ConsultationsTests {

	@Autowired
	Consultations consultations;

	@Autowired
	Places places;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	RateLimits rateLimits;

	@Autowired
	PublicRecord record;

	@Autowired
	MockMvc mvc;

	Area hackney;

	PersonId officer;

	LocalDate today;

	@BeforeEach
	void setUp() {
		rateLimits.reset();
		hackney = places.byGssCode(new GssCode("E09000012")).orElseThrow();
		officer = person(jdbc, hackney.id().value(), true, "OFFICER");
		today = LocalDate.ofInstant(clock.instant(), Consultations.LONDON);
	}

	@AfterEach
	void tearDown() {
		clock.reset();
		rateLimits.reset();
	}

	@Test
	void anOfficerDraftsPreviewsAndPublishesAndDraftsStayHiddenFromThePublic() throws Exception {
		Consultations.Saved saved = consultations.draft(officer, new Consultations.Details(" E09000012 ",
				"Draft libraries plan", "", ConsultationFixtures.DRAFT, today.plusDays(1), today.plusDays(30)));
		assertThat(saved.errors()).isEmpty();
		long id = saved.id();

		assertThatThrownBy(() -> consultations.visible(id, null)).isInstanceOf(Consultations.NoSuchConsultation.class);
		assertThatThrownBy(() -> consultations.visible(id, resident(jdbc, hackney.id().value())))
			.isInstanceOf(Consultations.NoSuchConsultation.class);
		mvc.perform(get("/consultations/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/consultations")).andExpect(content().string(not(containsString("Draft libraries plan"))));
		assertThat(consultations.document(consultations.visible(id, officer)).paragraphs()).hasSize(3);

		assertThat(consultations.edit(officer, id, new Consultations.Details("E09000012", "Draft libraries plan 2",
				"", ConsultationFixtures.DRAFT + "\nA fourth paragraph.", today.plusDays(1), today.plusDays(30))))
			.isEmpty();
		assertThat(consultations.publish(officer, id)).isEmpty();
		assertThat(consultations.publish(officer, id)).containsEntry("publish", "consultations.error.published");
		assertThat(consultations.edit(officer, id, new Consultations.Details("E09000012", "Changed", "",
				ConsultationFixtures.DRAFT, today.plusDays(1), today.plusDays(30))))
			.containsEntry("title", "consultations.error.published");

		Consultation published = consultations.visible(id, null);
		assertThat(published.title()).isEqualTo("Draft libraries plan 2");
		assertThat(consultations.document(published).paragraphs()).extracting(Draft.Paragraph::text)
			.hasSize(4)
			.endsWith("The third paragraph is alone here.", "A fourth paragraph.");
		assertThat(published.notYetOpen(clock.instant())).isTrue();
		mvc.perform(get("/consultations/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The second paragraph says another.")))
			.andExpect(content().string(containsString("/consultations/" + id + "/paragraphs/2")));
	}

	@Test
	void refusesADraftWithProblemsAndSaysWhichFields() {
		PersonId resident = resident(jdbc, hackney.id().value());
		Map<String, String> errors = consultations.draft(resident, new Consultations.Details("E09000012", " ",
				"x".repeat(2001), "No heading", today.plusDays(5), today.plusDays(1))).errors();
		assertThat(errors).containsEntry("areaCode", "consultations.error.notYourArea")
			.containsEntry("title", "consultations.error.title")
			.containsEntry("summary", "consultations.error.summary")
			.containsEntry("draft", "consultations.error.draft.noHeading")
			.containsEntry("closesDay", "consultations.error.closesBeforeOpens");
		assertThat(consultations.draft(officer, new Consultations.Details("NOT A CODE", "t", "",
				ConsultationFixtures.DRAFT, null, today.minusDays(1))).errors())
			.containsEntry("areaCode", "consultations.error.area")
			.containsEntry("opensDay", "consultations.error.opens")
			.containsEntry("closesDay", "consultations.error.closesPast");
	}

	@Test
	void residentsCommentAndProposeOnAParagraphWhileItIsOpen() {
		long id = ConsultationFixtures.open(consultations, officer, today, 10);
		PersonId resident = resident(jdbc, hackney.id().value());

		assertThat(consultations.contribute(resident, id, 2, ContributionKind.COMMENT, "  I agree.  ")).isEmpty();
		assertThat(consultations.contribute(resident, id, 2, ContributionKind.PROPOSAL,
				"The second paragraph says something better.")).isEmpty();

		assertThat(consultations.counts(id).get(2)).containsExactly(1, 1);
		List<Contribution> said = consultations.contributions(id, 2);
		assertThat(said).extracting(Contribution::text)
			.containsExactly("I agree.", "The second paragraph says something better.");
		assertThat(said).extracting(Contribution::author).containsOnly(resident);
	}

	@Test
	void refusesBlankHugeAndUnchangedWordsAndChangesNothing() {
		long id = ConsultationFixtures.open(consultations, officer, today, 10);
		PersonId resident = resident(jdbc, hackney.id().value());

		assertThat(consultations.contribute(resident, id, 1, ContributionKind.COMMENT, " \n "))
			.containsEntry("text", "consultations.error.comment.blank");
		assertThat(consultations.contribute(resident, id, 1, ContributionKind.COMMENT, null))
			.containsEntry("text", "consultations.error.comment.blank");
		assertThat(consultations.contribute(resident, id, 1, ContributionKind.COMMENT, "x".repeat(2001)))
			.containsEntry("text", "consultations.error.comment.tooLong");
		assertThat(consultations.contribute(resident, id, 1, ContributionKind.PROPOSAL, "x".repeat(5001)))
			.containsEntry("text", "consultations.error.proposal.tooLong");
		assertThat(consultations.contribute(resident, id, 1, ContributionKind.PROPOSAL,
				"The first   paragraph says one thing.\n"))
			.containsEntry("text", "consultations.error.proposal.unchanged");
		assertThat(consultations.contributions(id)).isEmpty();
	}

	@Test
	void onlyConfirmedResidentsOfTheAreaMayTakePartAndOnlyWhileOpen() {
		long id = ConsultationFixtures.open(consultations, officer, today, 3);
		PersonId unconfirmed = person(jdbc, hackney.id().value(), false, null);
		PersonId nowhere = person(jdbc, null, true, null);
		Area elsewhere = places.byGssCode(new GssCode("E09000001")).orElse(null);

		assertThat(consultations.contribute(unconfirmed, id, 1, ContributionKind.COMMENT, "Hello"))
			.containsEntry("text", "consultations.why.email");
		assertThat(consultations.contribute(nowhere, id, 1, ContributionKind.COMMENT, "Hello"))
			.containsEntry("text", "consultations.why.residence");
		if (elsewhere != null) {
			assertThat(consultations.contribute(resident(jdbc, elsewhere.id().value()), id, 1,
					ContributionKind.COMMENT, "Hello")).containsEntry("text", "consultations.why.residence");
		}
		// A ward inside Hackney is inside the consultation's area.
		Area ward = places.children(hackney.id()).get(0);
		assertThat(consultations.contribute(resident(jdbc, ward.id().value()), id, 1, ContributionKind.COMMENT,
				"From a ward")).isEmpty();

		clock.advance(Duration.ofDays(5));
		PersonId resident = resident(jdbc, hackney.id().value());
		assertThat(consultations.contribute(resident, id, 1, ContributionKind.COMMENT, "Too late"))
			.containsEntry("text", "consultations.why.closed");
		assertThat(consultations.contributions(id)).extracting(Contribution::text).containsExactly("From a ward");
	}

	@Test
	void refusesSomeoneElsesIdsAndParagraphsThatDoNotExist() {
		long one = ConsultationFixtures.open(consultations, officer, today, 10);
		long other = ConsultationFixtures.open(consultations, officer, today, 10);
		PersonId author = resident(jdbc, hackney.id().value());
		PersonId resident = resident(jdbc, hackney.id().value());
		consultations.contribute(author, other, 1, ContributionKind.PROPOSAL, "Other words entirely.");
		long proposal = consultations.contributions(other).get(0).id();

		assertThatThrownBy(() -> consultations.support(resident, one, proposal, true))
			.isInstanceOf(Consultations.NoSuchConsultation.class);
		assertThatThrownBy(() -> consultations.answer(officer, one, proposal, "ACCEPTED", "Yes"))
			.isInstanceOf(Consultations.NoSuchConsultation.class);
		assertThatThrownBy(() -> consultations.contribute(resident, one, 99, ContributionKind.COMMENT, "Hi"))
			.isInstanceOf(Consultations.NoSuchConsultation.class);
		assertThat(consultations.contributions(other).get(0).supports()).isZero();
		assertThat(consultations.contributions(other).get(0).answered()).isFalse();
	}

	@Test
	void supportsCountOncePerPersonAndCanBeWithdrawn() {
		long id = ConsultationFixtures.open(consultations, officer, today, 10);
		PersonId author = resident(jdbc, hackney.id().value());
		PersonId supporter = resident(jdbc, hackney.id().value());
		consultations.contribute(author, id, 1, ContributionKind.PROPOSAL, "Better words for paragraph one.");
		consultations.contribute(author, id, 1, ContributionKind.COMMENT, "A comment.");
		long proposal = consultations.contributions(id, 1).get(0).id();
		long comment = consultations.contributions(id, 1).get(1).id();

		assertThat(consultations.support(supporter, id, proposal, true)).isEmpty();
		assertThat(consultations.support(supporter, id, proposal, true)).isEmpty();
		assertThat(consultations.contributions(id, 1).get(0).supports()).isEqualTo(1);
		assertThat(consultations.supportedBy(supporter, id)).containsExactly(proposal);

		assertThat(consultations.support(author, id, proposal, true))
			.containsEntry("support", "consultations.error.support.own");
		assertThat(consultations.support(supporter, id, comment, true))
			.containsEntry("support", "consultations.error.support.notProposal");

		assertThat(consultations.support(supporter, id, proposal, false)).isEmpty();
		assertThat(consultations.contributions(id, 1).get(0).supports()).isZero();
	}

	@Test
	void postingIsRateLimitedPerPerson() {
		long id = ConsultationFixtures.open(consultations, officer, today, 10);
		PersonId resident = resident(jdbc, hackney.id().value());
		for (int i = 0; i < 10; i++) {
			assertThat(consultations.contribute(resident, id, 1, ContributionKind.COMMENT, "Comment " + i)).isEmpty();
		}
		assertThatThrownBy(() -> consultations.contribute(resident, id, 1, ContributionKind.COMMENT, "One more"))
			.isInstanceOf(RateLimited.class);
		assertThat(consultations.contributions(id)).hasSize(10);
	}

	@Test
	void onlyOfficersForTheAreaAnswerAndEveryAnswerNeedsAReason() {
		long id = ConsultationFixtures.open(consultations, officer, today, 10);
		PersonId resident = resident(jdbc, hackney.id().value());
		consultations.contribute(resident, id, 3, ContributionKind.COMMENT, "Please say more.");
		long comment = consultations.contributions(id).get(0).id();
		PersonId wardOfficer = person(jdbc, places.children(hackney.id()).get(0).id().value(), true, "OFFICER");

		assertThatThrownBy(() -> consultations.answer(resident, id, comment, "ACCEPTED", "Yes"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> consultations.answer(wardOfficer, id, comment, "ACCEPTED", "Yes"))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(consultations.queue(officer)).extracting(Contribution::id).contains(comment);

		assertThat(consultations.answer(officer, id, comment, "MAYBE", " "))
			.containsEntry("answer", "consultations.error.answer.choose")
			.containsEntry("reason", "consultations.error.reason.blank");
		assertThat(consultations.answer(officer, id, comment, "ACCEPTED", "x".repeat(2001)))
			.containsEntry("reason", "consultations.error.reason.tooLong");
		assertThat(consultations.contributions(id).get(0).answered()).isFalse();

		assertThat(consultations.answer(officer, id, comment, "ACCEPTED_IN_PART", "We will say more in section 2."))
			.isEmpty();
		Contribution answered = consultations.contributions(id).get(0);
		assertThat(answered.answer()).isEqualTo(Answer.ACCEPTED_IN_PART);
		assertThat(answered.answerReason()).isEqualTo("We will say more in section 2.");
		assertThat(consultations.queue(officer)).extracting(Contribution::id).doesNotContain(comment);
	}

	@Test
	void afterClosingTheResultsShowEverythingTheCsvIsSafeAndTheOutcomeIsRecordedOnce() throws Exception {
		long id = ConsultationFixtures.open(consultations, officer, today, 0);
		PersonId resident = resident(jdbc, hackney.id().value());
		PersonId supporter = resident(jdbc, hackney.id().value());
		consultations.contribute(resident, id, 1, ContributionKind.COMMENT, "=HYPERLINK(\"http://evil\")");
		consultations.contribute(resident, id, 2, ContributionKind.PROPOSAL, "The second paragraph says more.");
		long proposal = consultations.contributions(id, 2).get(0).id();
		consultations.support(supporter, id, proposal, true);
		consultations.answer(officer, id, proposal, "ACCEPTED", "We have changed it.");
		assertThat(consultations.recordOutcome(officer, id)).containsEntry("outcome",
				"consultations.error.outcome.open");

		clock.advance(Duration.ofDays(2));
		mvc.perform(get("/consultations/" + id + "/results"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("We have changed it.")))
			.andExpect(content().string(containsString("1 person supports this")))
			.andExpect(content().string(containsString("<ins>")))
			.andExpect(content().string(containsString("HYPERLINK")));

		StringWriter csv = new StringWriter();
		consultations.csv(consultations.visible(id, null), "A former resident", csv);
		String[] lines = csv.toString().split("\r\n");
		assertThat(lines[0]).isEqualTo("consultation_id,item_id,kind,section,section_heading,paragraph,"
				+ "paragraph_text,author,posted_at,text,supports,answer,answer_reason,answered_at");
		assertThat(lines).hasSize(3);
		assertThat(lines[1]).contains("\"comment\"", "\"'=HYPERLINK(\"\"http://evil\"\")\"", "\"First section\"");
		assertThat(lines[2]).contains("\"proposal\"", "\"1\"", "\"accepted\"", "\"We have changed it.\"");
		mvc.perform(get("/consultations/" + id + "/results.csv"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(content().string(containsString("'=HYPERLINK")));

		PersonId someResident = resident(jdbc, hackney.id().value());
		assertThatThrownBy(() -> consultations.recordOutcome(someResident, id))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(consultations.recordOutcome(officer, id)).isEmpty();
		assertThat(consultations.recordOutcome(officer, id)).containsEntry("outcome",
				"consultations.error.outcome.recorded");
		assertThat(consultations.answer(officer, id, proposal, "NOT_ACCEPTED", "Changed our mind"))
			.containsEntry("answer", "consultations.error.answer.recorded");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
				record.byReference("consultation/" + id + "/concluded")).hasValueSatisfying(entry -> assertThat(
						entry.summary()).contains("1 comments and 1 proposed changes on 3 paragraphs")
							.contains("/consultations/" + id + "/results")));
	}

	@Test
	void theDemoHasAnOpenConsultationAClosedOneWithResultsAndADraft() throws Exception {
		mvc.perform(get("/consultations"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Draft Hackney Parks and Green Spaces Strategy")))
			.andExpect(content().string(containsString("Draft Hackney Street Trees Plan")))
			.andExpect(content().string(not(containsString("Draft Hackney Markets Strategy"))));
		mvc.perform(get("/consultations/1/paragraphs/4"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("We will plant 5,000 new trees")))
			.andExpect(content().string(containsString("<del>")))
			.andExpect(content().string(containsString("The council did not accept this")))
			.andExpect(content().string(containsString("Sign in to comment")));
		mvc.perform(get("/consultations/2/results"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The outcome is on the public record.")));
		mvc.perform(get("/consultations/3")).andExpect(status().isNotFound());
		mvc.perform(get("/consultations/99999/paragraphs/1")).andExpect(status().isNotFound());
		mvc.perform(get("/consultations/1/paragraphs/999")).andExpect(status().isNotFound());
		mvc.perform(get("/consultations/abc")).andExpect(status().isNotFound());
	}

	@Test
	void aSignedInResidentIsToldWhatIsWrongAndThenCommentsThroughThePage() throws Exception {
		Cookie session = signIn("resident@demo.bigsociety.org.uk");
		mvc.perform(post("/consultations/1/paragraphs/6/comments").with(csrf()).cookie(session).param("text", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("href=\"#comment\"")))
			.andExpect(content().string(containsString("Enter your comment")));
		String words = "Shade by the swings, please " + System.nanoTime();
		mvc.perform(post("/consultations/1/paragraphs/6/comments").with(csrf()).cookie(session).param("text", words))
			.andExpect(redirectedUrl("/consultations/1/paragraphs/6#comments"));
		mvc.perform(get("/consultations/1/paragraphs/6").cookie(session))
			.andExpect(content().string(containsString(words)));
		mvc.perform(post("/consultations/1/contributions/2/support").with(csrf()).cookie(session).param("action", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose whether to support the proposal")));
	}

	@Test
	void anOfficerDraftsThroughThePagesIsToldWhatIsWrongThenPreviewsAndPublishes() throws Exception {
		Cookie session = signIn("officer@demo.bigsociety.org.uk");
		String title = "Draft play streets plan " + System.nanoTime();
		LocalDate closes = today.plusDays(20);
		mvc.perform(post("/consultations/new").with(csrf()).cookie(session)
			.param("areaCode", "E09000012")
			.param("title", title)
			.param("opensDay", "abc")
			.param("opensMonth", "13")
			.param("opensYear", "2026")
			.param("closesDay", Integer.toString(closes.getDayOfMonth()))
			.param("closesMonth", Integer.toString(closes.getMonthValue()))
			.param("closesYear", Integer.toString(closes.getYear()))
			.param("draft", "No heading here"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#opensDay\"")))
			.andExpect(content().string(containsString("Enter the opening date as a real date")))
			.andExpect(content().string(containsString("Start the draft with a section heading")));
		assertThat(consultations.draftsFor(officer)).extracting(Consultation::title).doesNotContain(title);

		MvcResult saved = mvc.perform(post("/consultations/new").with(csrf()).cookie(session)
			.param("areaCode", "E09000012")
			.param("title", title)
			.param("summary", "Tell us which streets")
			.param("opensDay", Integer.toString(today.getDayOfMonth()))
			.param("opensMonth", Integer.toString(today.getMonthValue()))
			.param("opensYear", Integer.toString(today.getYear()))
			.param("closesDay", Integer.toString(closes.getDayOfMonth()))
			.param("closesMonth", Integer.toString(closes.getMonthValue()))
			.param("closesYear", Integer.toString(closes.getYear()))
			.param("draft", ConsultationFixtures.DRAFT))
			.andReturn();
		String preview = saved.getResponse().getRedirectedUrl();
		assertThat(preview).matches("/consultations/\\d+/preview");
		String id = preview.split("/")[2];
		mvc.perform(get(preview).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The third paragraph is alone here.")))
			.andExpect(content().string(containsString("Publish the consultation")));
		mvc.perform(get("/consultations/" + id)).andExpect(status().isNotFound());

		mvc.perform(post("/consultations/" + id + "/publish").with(csrf()).cookie(session))
			.andExpect(redirectedUrl("/consultations/" + id));
		mvc.perform(get("/consultations/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("Comment on paragraph 3 or propose a change (no comments, "
					+ "no proposed changes)")));
	}

	private Cookie signIn(String email) throws Exception {
		MvcResult result = mvc.perform(post("/sign-in").with(csrf())
			.with(request -> {
				request.setRemoteAddr("10.77.0." + (1 + (int) (System.nanoTime() % 200)));
				return request;
			})
			.param("email", email)
			.param("password", "demo-password")).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/account");
		return result.getResponse().getCookie("SESSION");
	}
}
