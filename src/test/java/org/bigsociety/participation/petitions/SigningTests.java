package org.bigsociety.participation.petitions;

import java.time.Clock;
import java.util.Map;

import org.bigsociety.IntegrationTest;
import org.bigsociety.participation.PetitionId;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.Places;
import org.bigsociety.platform.RateLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SigningTests {

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
	Blocklist blocklist;

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
	void onlyAConfirmedSignatureCounts() throws Exception {
		PetitionId petition = fixtures.openPetition();
		String email = PetitionFixtures.uniqueEmail();

		MvcResult signed = fixtures.sign(petition, email);
		assertThat(signed.getResponse().getRedirectedUrl()).isEqualTo("/petitions/" + petition + "/sign/check-email");
		assertThat(fixtures.signatureRows(petition)).isEqualTo(1);
		assertThat(signatures.count(petition)).isZero();

		mvc.perform(get(fixtures.confirmationLink(email))).andExpect(redirectedUrl("/petitions/" + petition + "/signed"));
		assertThat(signatures.count(petition)).isEqualTo(1);

		petitions.evict(petition);
		var ward = fixtures.wardOf("E8 1DY");
		mvc.perform(get("/petitions/" + petition + ".json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("OPEN"))
			.andExpect(jsonPath("$.signatures").value(1))
			.andExpect(jsonPath("$.signaturesByWard.length()").value(1))
			.andExpect(jsonPath("$.signaturesByWard[0].id").value(ward.id().value()))
			.andExpect(jsonPath("$.signaturesByWard[0].name").value(ward.name()))
			.andExpect(jsonPath("$.signaturesByWard[0].gssCode").value(ward.gssCode().orElseThrow().value()))
			.andExpect(jsonPath("$.signaturesByWard[0].signatures").value(1));
	}

	@Test
	void signingAndConfirmingNeverWriteThePetitionsRow() throws Exception {
		PetitionId petition = fixtures.openPetition();
		String before = petitionRowVersion(petition);

		// Three people sign and confirm, and one more signs without confirming; nothing else runs in between.
		for (String postcode : new String[] { "E8 1DY", "E5 0LL", "N16 0AB" }) {
			fixtures.signAndConfirm(petition, PetitionFixtures.uniqueEmail(), postcode, PetitionFixtures.newAddress());
		}
		fixtures.sign(petition, PetitionFixtures.uniqueEmail());

		assertThat(signatures.count(petition)).isEqualTo(3);
		assertThat(fixtures.signatureRows(petition)).isEqualTo(4);
		// xmin is the transaction that last wrote the row: no signature, and no confirmation, updated it.
		assertThat(petitionRowVersion(petition)).isEqualTo(before);
	}

	private String petitionRowVersion(PetitionId petition) {
		return jdbc.sql("SELECT xmin::text FROM participation.petition WHERE id = :id")
			.param("id", petition.value())
			.query(String.class)
			.single();
	}

	@Test
	void aLinkUsedTwiceCountsOnce() throws Exception {
		PetitionId petition = fixtures.openPetition();
		String email = PetitionFixtures.uniqueEmail();
		fixtures.sign(petition, email);
		String link = fixtures.confirmationLink(email);

		fixtures.confirm(link);
		mvc.perform(get(link)).andExpect(redirectedUrl("/petitions/" + petition + "/signed?again"));
		assertThat(signatures.count(petition)).isEqualTo(1);
	}

	@Test
	void refusesASecondSignatureFromTheSameMailboxHoweverItIsWritten() throws Exception {
		PetitionId petition = fixtures.openPetition();
		String local = "jo.bloggs." + java.util.UUID.randomUUID().toString().substring(0, 8);
		String first = local + "@gmail.com";
		fixtures.signAndConfirm(petition, first, "E8 1DY", PetitionFixtures.newAddress());

		String variant = local.replace(".", "").toUpperCase() + "+petitions@GoogleMail.com";
		MvcResult again = fixtures.sign(petition, variant);

		// The form says the same as for a first signature, so it cannot reveal who signed; the mail tells the owner.
		assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/petitions/" + petition + "/sign/check-email");
		assertThat(fixtures.signatureRows(petition)).isEqualTo(1);
		assertThat(signatures.count(petition)).isEqualTo(1);
		// It goes to the address that signed first: the same mailbox, written as its owner wrote it.
		assertThat(fixtures.latestMailTo(first)).contains("already signed").doesNotContain("/petitions/confirm");
	}

	@Test
	void signingAgainBeforeConfirmingSendsANewLinkAndTheOldOneStopsWorking() throws Exception {
		PetitionId petition = fixtures.openPetition();
		String email = PetitionFixtures.uniqueEmail();
		fixtures.sign(petition, email);
		String first = fixtures.confirmationLink(email);
		fixtures.sign(petition, email.toUpperCase());
		String second = fixtures.confirmationLink(email);

		assertThat(second).isNotEqualTo(first);
		assertThat(fixtures.confirm(first).getResponse().getStatus()).isEqualTo(200); // "this link does not work"
		assertThat(signatures.count(petition)).isZero();
		fixtures.confirm(second);
		assertThat(signatures.count(petition)).isEqualTo(1);
		assertThat(fixtures.signatureRows(petition)).isEqualTo(1);
	}

	@Test
	void aTamperedLinkConfirmsNothing() throws Exception {
		PetitionId petition = fixtures.openPetition();
		String email = PetitionFixtures.uniqueEmail();
		fixtures.sign(petition, email);
		String link = fixtures.confirmationLink(email);
		String tampered = link.substring(0, link.length() - 4) + (link.endsWith("AAAA") ? "BBBB" : "AAAA");

		mvc.perform(get(tampered)).andExpect(status().isOk());
		mvc.perform(get("/petitions/confirm?token=nonsense")).andExpect(status().isOk());
		mvc.perform(get("/petitions/confirm")).andExpect(status().isOk());
		assertThat(signatures.count(petition)).isZero();
	}

	@Test
	void refusesAnIncompleteFormAndChangesNothing() throws Exception {
		PetitionId petition = fixtures.openPetition();
		mvc.perform(post("/petitions/" + petition + "/sign").with(csrf()).with(PetitionFixtures.from(PetitionFixtures.newAddress()))
			.param("name", "")
			.param("email", "not an address")
			.param("postcode", "HELLO"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("errors", hasKey("name")))
			.andExpect(model().attribute("errors", hasKey("email")))
			.andExpect(model().attribute("errors", hasKey("postcode")))
			.andExpect(model().attribute("errors", hasKey("declared")));
		assertThat(fixtures.signatureRows(petition)).isZero();
	}

	@Test
	void refusesBlockedAddressesAndDomainsHoweverTheyAreWritten() throws Exception {
		PetitionId petition = fixtures.openPetition();
		String domain = "flood-" + java.util.UUID.randomUUID().toString().substring(0, 8) + ".example";
		String address = PetitionFixtures.uniqueEmail();
		PersonId moderator = new PersonId(1);
		blocklist.block(moderator, Blocklist.Kind.DOMAIN, "@" + domain.toUpperCase(), "bulk sign-ups");
		blocklist.block(moderator, Blocklist.Kind.ADDRESS, address, "");
		try {
			mvc.perform(post("/petitions/" + petition + "/sign").with(csrf()).with(PetitionFixtures.from(PetitionFixtures.newAddress()))
				.param("name", "Flood").param("email", "anyone+x@" + domain).param("postcode", "E8 1DY")
				.param("declared", "true"))
				.andExpect(status().isOk())
				.andExpect(model().attribute("errors", Map.of("email", "petitions.sign.email.blocked")));
			String[] parts = address.split("@");
			mvc.perform(post("/petitions/" + petition + "/sign").with(csrf()).with(PetitionFixtures.from(PetitionFixtures.newAddress()))
				.param("name", "Flood").param("email", parts[0].toUpperCase() + "+again@" + parts[1])
				.param("postcode", "E8 1DY").param("declared", "true"))
				.andExpect(model().attribute("errors", Map.of("email", "petitions.sign.email.blocked")));
			assertThat(fixtures.signatureRows(petition)).isZero();
		}
		finally {
			blocklist.unblock(Blocklist.Kind.DOMAIN, domain);
			blocklist.unblock(Blocklist.Kind.ADDRESS, new CanonicalEmail(address).value());
		}
	}

	@Test
	void limitsHowOftenOneClientAddressMaySign() throws Exception {
		PetitionId petition = fixtures.openPetition();
		String address = PetitionFixtures.newAddress();
		for (int i = 0; i < 30; i++) {
			assertThat(fixtures.sign(petition, PetitionFixtures.uniqueEmail(), "E8 1DY", address).getResponse()
				.getStatus()).as("signature %d", i + 1).isEqualTo(302);
		}
		mvc.perform(post("/petitions/" + petition + "/sign").with(csrf()).with(PetitionFixtures.from(address))
			.param("name", "One Too Many").param("email", PetitionFixtures.uniqueEmail()).param("postcode", "E8 1DY")
			.param("declared", "true"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		assertThat(fixtures.signatureRows(petition)).isEqualTo(30);

		// Another address is not held back by the first one's use.
		assertThat(fixtures.sign(petition, PetitionFixtures.uniqueEmail()).getResponse().getStatus()).isEqualTo(302);
	}

	@Test
	void aClosedPetitionTakesNoSignaturesAndNoConfirmations() throws Exception {
		PetitionId petition = fixtures.openPetition();
		String email = PetitionFixtures.uniqueEmail();
		fixtures.sign(petition, email);
		String link = fixtures.confirmationLink(email);
		jdbc.sql("UPDATE participation.petition SET closes_at = :at WHERE id = :id")
			.param("at", PetitionStore.timestamp(clock.instant().minusSeconds(60))).param("id", petition.value()).update();
		petitions.evict(petition);

		mvc.perform(post("/petitions/" + petition + "/sign").with(csrf()).with(PetitionFixtures.from(PetitionFixtures.newAddress()))
			.param("name", "Late").param("email", PetitionFixtures.uniqueEmail()).param("postcode", "E8 1DY")
			.param("declared", "true"))
			.andExpect(status().isConflict());
		mvc.perform(get(link)).andExpect(status().isOk());
		assertThat(signatures.count(petition)).isZero();
		assertThat(fixtures.signatureRows(petition)).isEqualTo(1);
	}

	@Test
	void aPetitionNotYetPublicCannotBeSignedWithoutTheSupportLink() throws Exception {
		mvc.perform(get("/petitions/" + PetitionsDemo.AWAITING + "/sign")).andExpect(status().isNotFound());
		mvc.perform(get("/petitions/999999999/sign")).andExpect(status().isNotFound());
	}
}
