package org.bigsociety.action;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.bigsociety.IntegrationTest;
import org.bigsociety.TestClock;
import org.bigsociety.action.events.Events;
import org.bigsociety.action.events.SignUp;
import org.bigsociety.action.events.SignUps;
import org.bigsociety.action.events.Typed;
import org.bigsociety.action.organisers.Training;
import org.bigsociety.action.volunteering.Application;
import org.bigsociety.action.volunteering.Applications;
import org.bigsociety.action.volunteering.Employers;
import org.bigsociety.action.volunteering.Opportunities;
import org.bigsociety.people.AccountDeleted;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A deleted account leaves no name in the action module, and its places pass to whoever was waiting. */
@IntegrationTest
class ErasureTests {

	@Autowired
	Events events;

	@Autowired
	SignUps signUps;

	@Autowired
	Opportunities opportunities;

	@Autowired
	Applications applications;

	@Autowired
	Employers employers;

	@Autowired
	Training training;

	@Autowired
	People people;

	@Autowired
	Places places;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aDeletedAccountsPlacesPassOnAndItsApplicationsHoursAndTrainingLoseTheirName() {
		ActionFixtures fixtures = new ActionFixtures(events, people, places, jdbc, clock);
		List<PersonId> residents = fixtures.residents(400);
		// Made-up residents from the end of the list, which the demo and other tests leave alone.
		PersonId leaving = residents.get(residents.size() - 1);
		PersonId waiting = residents.get(residents.size() - 2);
		EventId event = fixtures.event().capacity(1).startsIn(Duration.ofDays(2)).scheduled();
		signUps.signUp(event, leaving);
		signUps.signUp(event, waiting);
		long opportunity = opportunities.post(fixtures.demo("organiser"),
				VolunteeringTests.proposal("", ActionFixtures.unique("Pantry"), "2")).id();
		applications.apply(opportunity, Long.toString(opportunities.get(opportunity).roles().get(0).id()), leaving,
				"Call me on 07700 900123");
		long employer = employers.register(fixtures.demo("officer"), ActionFixtures.unique("Erasure Ltd"), "PRIVATE").id();
		employers.join(leaving, employer);
		employers.insertHours(employer, leaving, places.byGssCode(ActionFixtures.HACKNEY).orElseThrow().id(),
				org.bigsociety.action.volunteering.Cause.FOOD, 90, LocalDate.ofInstant(clock.instant(), Typed.LONDON));
		training.save(leaving, org.bigsociety.action.organisers.TrainingModule.LISTENING, LocalDate.of(2024, 5, 1));

		transactions.executeWithoutResult(status -> publisher.publishEvent(new AccountDeleted(leaving)));

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(signUps.placeOf(event, waiting)).hasValueSatisfying(
					place -> assertThat(place.status()).isEqualTo(SignUp.Status.BOOKED));
			assertThat(signUps.placeOf(event, leaving)).isEmpty();
			assertThat(applications.of(leaving)).isEmpty();
			assertThat(applications.to(opportunity)).singleElement().satisfies(a -> {
				assertThat(a.person()).isNull();
				assertThat(a.message()).isEmpty();
				assertThat(a.status()).isEqualTo(Application.Status.WITHDRAWN);
			});
			assertThat(employers.of(leaving)).isEmpty();
			assertThat(employers.byCause(employer)).extracting(Employers.Total::minutes).containsExactly(90L);
			assertThat(training.of(leaving)).isEmpty();
		});
	}
}
