package org.bigsociety.timebank.ledger;

import java.time.Duration;
import java.util.List;

import org.bigsociety.IntegrationTest;
import org.bigsociety.groups.OrganisationId;
import org.bigsociety.people.PersonId;
import org.bigsociety.timebank.GroupActivityAttended;
import org.bigsociety.timebank.Minutes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.bigsociety.timebank.ledger.LedgerFixtures.newPerson;

/** A confirmed group activity credits its attendees once, from the organisation or the pot, or waits for a broker. */
@IntegrationTest
class GroupActivitiesTests {

	private static final Duration DEADLINE = Duration.ofSeconds(20);

	@Autowired
	Ledger ledger;

	@Autowired
	GroupActivities activities;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void creditsEveryAttendeeWithAnAccountFromTheOrganisationOncePerReference() {
		LedgerFixtures fixtures = new LedgerFixtures(ledger);
		Book book = fixtures.book();
		OrganisationId group = new OrganisationId(LedgerFixtures.nextId());
		Account organisation = ledger.openAccount(book.bank(), Holder.organisation(group));
		Account ann = fixtures.member(book);
		Account bob = fixtures.member(book);
		PersonId visitor = newPerson();
		GroupActivityAttended litterPick = new GroupActivityAttended(book.bank(), "event/" + LedgerFixtures.nextId(),
				"Litter pick, London Fields", group, List.of(person(ann), person(bob), visitor), 90, newPerson());

		publish(litterPick);
		await().atMost(DEADLINE).until(() -> balance(ann).equals(Minutes.of(60 + 90)));
		publish(litterPick);
		await().atMost(DEADLINE).until(() -> ledger.transfersFor(litterPick.reference()).size() == 2);

		assertThat(activities.credit(litterPick)).isEmpty();
		assertThat(balance(bob)).isEqualTo(Minutes.of(150));
		assertThat(balance(organisation)).isEqualTo(Minutes.of(-180));
		assertThat(ledger.transfersFor(litterPick.reference())).allSatisfy(transfer -> {
			assertThat(transfer.kind()).isEqualTo(Transfer.Kind.GROUP_CREDIT);
			assertThat(transfer.memo()).isEqualTo("Litter pick, London Fields");
			assertThat(transfer.recordedBy()).isEqualTo(litterPick.confirmedBy());
		});
	}

	@Test
	void paysFromTheCommunityPotWhenTheOrganisationHasNoAccount() {
		LedgerFixtures fixtures = new LedgerFixtures(ledger);
		Book book = fixtures.book();
		Account ann = fixtures.member(book);
		Minutes potBefore = balance(ledger.account(book.pot()).orElseThrow());

		Batch batch = activities.credit(new GroupActivityAttended(book.bank(), "event/" + LedgerFixtures.nextId(),
				"Street lunch", new OrganisationId(LedgerFixtures.nextId()), List.of(person(ann)), 120, newPerson()))
			.orElseThrow();

		assertThat(batch.payer()).isEqualTo(book.pot());
		assertThat(balance(ledger.account(book.pot()).orElseThrow())).isEqualTo(potBefore.minus(Minutes.of(120)));
	}

	@Test
	void keepsAnActivityThePayerCannotAffordForABrokerWhoPostsItLater() {
		LedgerFixtures fixtures = new LedgerFixtures(ledger);
		Book book = fixtures.book();
		OrganisationId group = new OrganisationId(LedgerFixtures.nextId());
		Account organisation = ledger.openAccount(book.bank(), Holder.organisation(group));
		Account ann = fixtures.member(book);
		Account bob = fixtures.member(book);
		GroupActivityAttended bigDay = new GroupActivityAttended(book.bank(), "event/" + LedgerFixtures.nextId(),
				"Park clean-up", group, List.of(person(ann), person(bob)), 3 * 60, newPerson());

		publish(bigDay);
		await().atMost(DEADLINE).until(() -> !activities.unposted(book.bank()).isEmpty());

		UnpostedActivity kept = activities.unposted(book.bank()).get(0);
		assertThat(kept.reason()).isEqualTo(Refusal.Reason.BEYOND_FLOOR);
		assertThat(kept.attendees()).containsExactly(person(ann), person(bob));
		assertThat(balance(ann)).isEqualTo(Minutes.of(60));
		assertThat(balance(organisation)).isEqualTo(Minutes.ZERO);

		PersonId broker = newPerson();
		assertThatThrownBy(() -> activities.retry(kept.id(), broker)).isInstanceOf(Refusal.class);
		ledger.transfer(new TransferRequest(book.pot(), organisation.id(), Minutes.ofHours(2),
				LedgerFixtures.recording(broker)));
		Batch posted = activities.retry(kept.id(), broker).orElseThrow();

		assertThat(posted.total()).isEqualTo(Minutes.ofHours(6));
		assertThat(posted.transfers()).allSatisfy(transfer -> assertThat(transfer.recordedBy()).isEqualTo(broker));
		assertThat(activities.unposted(book.bank())).isEmpty();
		assertThat(balance(organisation)).isEqualTo(Minutes.ofHours(-4));
	}

	@Test
	void keepsAnActivityForATimeBankWithNoBook() {
		GroupActivityAttended orphan = new GroupActivityAttended(LedgerFixtures.newBankId(), "event/1", "Quiz night",
				null, List.of(newPerson()), 60, newPerson());

		assertThat(activities.credit(orphan)).isEmpty();

		assertThat(activities.unposted(orphan.timeBank())).singleElement()
			.satisfies(kept -> assertThat(kept.reason()).isEqualTo(Refusal.Reason.UNKNOWN_BOOK));
	}

	private void publish(GroupActivityAttended activity) {
		transactions.executeWithoutResult(status -> events.publishEvent(activity));
	}

	private Minutes balance(Account account) {
		return ledger.account(account.id()).orElseThrow().balance();
	}

	private static PersonId person(Account account) {
		return new PersonId(account.holder().id());
	}
}
