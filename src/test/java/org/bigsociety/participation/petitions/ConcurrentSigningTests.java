package org.bigsociety.participation.petitions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bigsociety.IntegrationTest;
import org.bigsociety.participation.PetitionId;
import org.bigsociety.place.Places;
import org.bigsociety.platform.RateLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Many people sign one petition at once, each several times in different spellings of their address, then follow
 * every link they were sent (stale ones included), several times over: the count is exactly the number of people.
 */
@IntegrationTest
class ConcurrentSigningTests {

	static final int SIGNERS = 200;
	static final int CLIENTS = 16;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PetitionStore store;

	@Autowired
	PetitionMail mail;

	@Autowired
	Places places;

	@Autowired
	Clock clock;

	@Autowired
	Signatures signatures;

	@Autowired
	Petitions petitions;

	@Autowired
	RateLimits limits;

	PetitionFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new PetitionFixtures(mvc, jdbc, store, mail, places, clock);
	}

	@AfterEach
	void tearDown() {
		limits.reset();
	}

	@Test
	void manyClientsSigningAtOnceGiveAnExactCountAndNoDuplicates() throws Exception {
		PetitionId petition = fixtures.openPetition();
		String run = UUID.randomUUID().toString().substring(0, 8);
		String[] postcodes = { "E8 1DY", "E5 0LL", "E9 6AA", "N16 0AB" };
		List<Callable<Integer>> posts = new ArrayList<>();
		for (int i = 0; i < SIGNERS; i++) {
			String local = "surge." + run + "." + i;
			String postcode = postcodes[i % postcodes.length];
			// Each person signs two to four times, from different clients, writing their address differently.
			List<String> spellings = new ArrayList<>(List.of(local + "@gmail.com",
					local.toUpperCase().replace(".", "") + "+again@googlemail.com"));
			if (i % 10 == 0) {
				spellings.add(local.replace(".", "") + "@GMAIL.COM.");
				spellings.add(" " + local + "+third@gmail.com ");
			}
			for (String spelling : spellings) {
				String address = PetitionFixtures.newAddress();
				posts.add(() -> fixtures.sign(petition, spelling, postcode, address).getResponse().getStatus());
			}
		}
		Collections.shuffle(posts, new Random(42));

		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		try {
			for (Future<Integer> answer : clients.invokeAll(posts)) {
				assertThat(answer.get()).isEqualTo(302);
			}
			assertThat(fixtures.signatureRows(petition)).isEqualTo(SIGNERS);
			assertThat(signatures.count(petition)).isZero();

			List<String> links = linksSentFor(petition);
			assertThat(links).hasSizeGreaterThanOrEqualTo(SIGNERS);
			List<Callable<Integer>> confirmations = new ArrayList<>();
			for (int round = 0; round < 2; round++) {
				for (String link : links) {
					confirmations.add(() -> mvc.perform(get(link)).andReturn().getResponse().getStatus());
				}
			}
			Collections.shuffle(confirmations, new Random(7));
			for (Future<Integer> answer : clients.invokeAll(confirmations)) {
				assertThat(answer.get()).isIn(200, 302);
			}
		}
		finally {
			clients.shutdownNow();
		}

		assertThat(signatures.count(petition)).isEqualTo(SIGNERS);
		assertThat(fixtures.signatureRows(petition)).isEqualTo(SIGNERS);
		assertThat(signatures.countByWard(petition).values().stream().mapToLong(Long::longValue).sum())
			.isEqualTo(SIGNERS);
		petitions.evict(petition);
		assertThat(petitions.standing(petition).orElseThrow().signatures()).isEqualTo(SIGNERS);
	}

	/** Every confirmation link mailed to this run's signers, once the queue has drained. */
	private List<String> linksSentFor(PetitionId petition) throws InterruptedException {
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
		while (jdbc.sql("SELECT count(*) FROM participation.petition_mail WHERE petition_id = :id")
			.param("id", petition.value()).query(Long.class).single() > 0) {
			assertThat(System.nanoTime()).as("mail queue drained").isLessThan(deadline);
			if (mail.sendBatch() == 0) {
				Thread.sleep(20);
			}
		}
		return jdbc.sql("""
				SELECT body FROM platform.outbox WHERE recipient IN
				    (SELECT email FROM participation.petition_signature WHERE petition_id = :id)""")
			.param("id", petition.value())
			.query(String.class)
			.list()
			.stream()
			.map(body -> {
				int start = body.indexOf("/petitions/confirm?token=");
				int end = start;
				while (end < body.length() && !Character.isWhitespace(body.charAt(end))) {
					end++;
				}
				return body.substring(start, end);
			})
			.toList();
	}
}
