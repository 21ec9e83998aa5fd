package org.bigsociety.participation.consultations;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.bigsociety.IntegrationTest;
import org.bigsociety.TestClock;
import org.bigsociety.people.AccountDeleted;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.Area;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.bigsociety.platform.RateLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.bigsociety.participation.consultations.ConsultationFixtures.mailsTo;
import static org.bigsociety.participation.consultations.ConsultationFixtures.person;
import static org.bigsociety.participation.consultations.ConsultationFixtures.resident;

/**
 * "You said, we did" by mail: the author of an answered comment or proposal (and a proposal's supporters) hear the
 * answer once it is committed; a changed answer says so; a refused or rolled-back answer mails nobody. Mail is sent
 * after the commit on another thread, so a test waits for the mail it expects; to show that something sent nothing,
 * it then answers something else for the same person and waits for that mail alone.
 */
@IntegrationTest
class AnswerMailTests {

	private static final Duration DEADLINE = Duration.ofSeconds(20);

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
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

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

	private long comment(long consultation, PersonId author, int paragraph, String words) {
		assertThat(consultations.contribute(author, consultation, paragraph, ContributionKind.COMMENT, words))
			.isEmpty();
		return consultations.contributions(consultation, paragraph).stream()
			.filter(c -> c.text().equals(words))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private List<String> awaitMails(PersonId person, int count) {
		return await().atMost(DEADLINE).until(() -> mailsTo(jdbc, person), mails -> mails.size() >= count);
	}

	private String title(long consultation) {
		return consultations.visible(consultation, null).title();
	}

	@Test
	void answeringACommentMailsItsAuthorTheAnswerTheReasonAndALinkToIt() {
		long id = ConsultationFixtures.open(consultations, officer, today, 10);
		PersonId resident = resident(jdbc, hackney.id().value());
		long comment = comment(id, resident, 2, "Please say which streets.");

		assertThat(consultations.answer(officer, id, comment, "ACCEPTED_IN_PART", "We will list them in an annex."))
			.isEmpty();

		List<String> mails = awaitMails(resident, 1);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0))
			.startsWith("The council has answered your comment: " + title(id))
			.contains("paragraph 2 of the consultation “" + title(id) + "”")
			.contains("“The second paragraph says another.”")
			.contains("“Please say which streets.”")
			.contains("The council’s answer: Accepted in part")
			.contains("We will list them in an annex.")
			.contains("http://localhost:8080/consultations/" + id + "/paragraphs/2#contribution-" + comment);
	}

	@Test
	void answeringAProposalMailsItsAuthorAndItsSupporters() {
		long id = ConsultationFixtures.open(consultations, officer, today, 10);
		PersonId author = resident(jdbc, hackney.id().value());
		PersonId supporter = resident(jdbc, hackney.id().value());
		PersonId bystander = resident(jdbc, hackney.id().value());
		assertThat(consultations.contribute(author, id, 3, ContributionKind.PROPOSAL, "The third paragraph, better."))
			.isEmpty();
		long proposal = consultations.contributions(id, 3).get(0).id();
		assertThat(consultations.support(supporter, id, proposal, true)).isEmpty();
		long other = comment(id, bystander, 1, "Unrelated.");

		assertThat(consultations.answer(officer, id, proposal, "NOT_ACCEPTED", "The words are fixed by law.")).isEmpty();

		assertThat(awaitMails(author, 1).get(0))
			.startsWith("The council has answered your proposed change: " + title(id))
			.contains("You proposed:\n“The third paragraph, better.”")
			.contains("The council’s answer: Not accepted")
			.contains("The words are fixed by law.")
			.contains("/consultations/" + id + "/paragraphs/3#contribution-" + proposal);
		assertThat(awaitMails(supporter, 1).get(0))
			.startsWith("The council has answered a proposal you support: " + title(id))
			.contains("The proposal:\n“The third paragraph, better.”")
			.contains("The council’s answer: Not accepted");
		// someone who only commented elsewhere hears about their own comment, not this proposal
		assertThat(consultations.answer(officer, id, other, "ACCEPTED", "Noted.")).isEmpty();
		assertThat(awaitMails(bystander, 1)).singleElement().asString().doesNotContain("better");
	}

	@Test
	void aRefusedAnswerMailsNobody() {
		long id = ConsultationFixtures.open(consultations, officer, today, 10);
		PersonId resident = resident(jdbc, hackney.id().value());
		long refused = comment(id, resident, 1, "First point.");
		long later = comment(id, resident, 2, "Second point.");
		PersonId wardOfficer = person(jdbc, places.children(hackney.id()).get(0).id().value(), true, "OFFICER");

		assertThatThrownBy(() -> consultations.answer(resident, id, refused, "ACCEPTED", "Yes"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> consultations.answer(wardOfficer, id, refused, "ACCEPTED", "Yes"))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(consultations.answer(officer, id, refused, "MAYBE", "Yes")).containsKey("answer");
		assertThat(consultations.answer(officer, id, refused, "ACCEPTED", "  ")).containsKey("reason");
		assertThat(consultations.answer(officer, id, refused, "ACCEPTED", "x".repeat(2001))).containsKey("reason");
		// an answer whose transaction fails is not mailed either
		transactions.executeWithoutResult(tx -> {
			assertThat(consultations.answer(officer, id, refused, "ACCEPTED", "Rolled back")).isEmpty();
			tx.setRollbackOnly();
		});
		assertThat(consultations.contribution(id, refused).orElseThrow().answered()).isFalse();

		assertThat(consultations.answer(officer, id, later, "ACCEPTED", "Answered.")).isEmpty();
		List<String> mails = awaitMails(resident, 1);
		assertThat(mails).singleElement().asString().contains("“Second point.”").doesNotContain("First point.");
	}

	@Test
	void changingAnAnswerSendsAShortChangedAnswerMailAndTheSameAnswerAgainSendsNothing() {
		long id = ConsultationFixtures.open(consultations, officer, today, 10);
		PersonId resident = resident(jdbc, hackney.id().value());
		long comment = comment(id, resident, 1, "More trees.");
		long sentinel = comment(id, resident, 2, "More benches.");

		assertThat(consultations.answer(officer, id, comment, "ACCEPTED", "We will plant ten.")).isEmpty();
		awaitMails(resident, 1);
		assertThat(consultations.answer(officer, id, comment, "ACCEPTED_IN_PART", "We will plant five.")).isEmpty();
		List<String> mails = awaitMails(resident, 2);
		assertThat(mails.get(1))
			.startsWith("The council has changed its answer to your comment: " + title(id))
			.contains("“More trees.”")
			.contains("The answer is now: Accepted in part")
			.contains("We will plant five.")
			.contains("/consultations/" + id + "/paragraphs/1#contribution-" + comment);

		assertThat(consultations.answer(officer, id, comment, "ACCEPTED_IN_PART", " We will plant five. ")).isEmpty();
		assertThat(consultations.answer(officer, id, sentinel, "NOT_ACCEPTED", "No room.")).isEmpty();
		mails = awaitMails(resident, 3);
		assertThat(mails).hasSize(3);
		assertThat(mails.get(2)).contains("“More benches.”");
	}

	@Test
	void theAuthorOfADeletedAccountIsNotMailed() {
		long id = ConsultationFixtures.open(consultations, officer, today, 10);
		PersonId leaving = resident(jdbc, hackney.id().value());
		PersonId staying = resident(jdbc, hackney.id().value());
		String leavingEmail = ConsultationFixtures.emailOf(jdbc, leaving);
		long gone = comment(id, leaving, 1, "Words that stay.");
		long kept = comment(id, staying, 1, "Words of a neighbour.");
		jdbc.sql("UPDATE people.account SET deleted_at = now(), email = :tomb WHERE id = :id")
			.param("tomb", "deleted-" + leaving.value() + "@deleted.invalid")
			.param("id", leaving.value())
			.update();
		transactions.executeWithoutResult(tx -> events.publishEvent(new AccountDeleted(leaving)));
		await().atMost(DEADLINE).until(() -> consultations.contribution(id, gone).orElseThrow().author() == null);

		assertThat(consultations.answer(officer, id, gone, "ACCEPTED", "Thank you.")).isEmpty();
		assertThat(consultations.answer(officer, id, kept, "ACCEPTED", "Thank you too.")).isEmpty();
		awaitMails(staying, 1);
		assertThat(mailsTo(jdbc, leavingEmail)).isEmpty();
		assertThat(mailsTo(jdbc, leaving)).isEmpty();
	}

	@Test
	void aLongParagraphOrCommentIsQuotedShortAtAWord() {
		assertThat(AnswerMail.quote("  short  ", 10)).isEqualTo("short");
		String quoted = AnswerMail.quote("one two three four five six seven", 20);
		assertThat(quoted).isEqualTo("one two three four…");
		assertThat(AnswerMail.quote("x".repeat(50), 20)).isEqualTo("x".repeat(19) + "…");
	}
}
