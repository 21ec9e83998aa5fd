package org.bigsociety.timebank.ledger;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;
import org.bigsociety.IntegrationTest;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.AreaId;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.bigsociety.platform.RateLimits;
import org.bigsociety.timebank.Minutes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The ledger's HTTP API: who may move and read whose credits, and what each refusal answers. */
@IntegrationTest
class LedgerApiTests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	Ledger ledger;

	@Autowired
	Places places;

	@Autowired
	RateLimits rateLimits;

	@Autowired
	ObjectMapper json;

	Book book;
	Cookie resident;
	Cookie broker;
	PersonId residentId;
	Account residentAccount;
	Account neighbour;

	@BeforeEach
	void aBookInHackneyWithTheDemoResidentAsAMember() throws Exception {
		rateLimits.reset();
		AreaId hackney = places.byGssCode(new GssCode("E09000012")).orElseThrow().id();
		book = ledger.openBook(LedgerFixtures.newBankId(), hackney, LedgerFixtures.LIMITS);
		resident = signIn("resident");
		broker = signIn("broker");
		residentId = me(resident);
		residentAccount = ledger.openAccount(book.bank(), org.bigsociety.timebank.ledger.Holder.person(residentId));
		neighbour = new LedgerFixtures(ledger).member(book);
	}

	@Test
	void postsTheCallersOwnTransferOnceAndReplaysItForTheSameKey() throws Exception {
		String key = UUID.randomUUID().toString();
		String body = body(null, neighbour.id().value(), 30, "Dog walking");

		transfer(resident, key, body).andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "false"))
			.andExpect(jsonPath("$.minutes").value(30))
			.andExpect(jsonPath("$.from").value(residentAccount.id().value()))
			.andExpect(jsonPath("$.recordedBy").value(residentId.value()));
		transfer(resident, key, body).andExpect(status().isOk())
			.andExpect(jsonPath("$.replayed").value(true));

		assertThat(balance(neighbour)).isEqualTo(Minutes.of(60 + 30));
		assertThat(balance(residentAccount)).isEqualTo(Minutes.of(60 - 30));
	}

	@Test
	void refusesAKeyReusedForOtherContentWith422AndChangesNothing() throws Exception {
		String key = UUID.randomUUID().toString();
		transfer(resident, key, body(null, neighbour.id().value(), 30, null)).andExpect(status().isCreated());

		problem(transfer(resident, key, body(null, neighbour.id().value(), 31, null)), 422, "key-reused");

		assertThat(balance(neighbour)).isEqualTo(Minutes.of(90));
	}

	@Test
	void refusesATransferBeyondTheFloorWith409() throws Exception {
		problem(transfer(resident, newKey(), body(null, neighbour.id().value(), 60 + 5 * 60 + 1, null)), 409,
				"beyond-floor").andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("floor")));

		assertThat(balance(residentAccount)).isEqualTo(Minutes.of(60));
	}

	@Test
	void refusesATransferBeyondTheCeilingWith409() throws Exception {
		ledger.grantFromPot(neighbour.id(), Minutes.ofHours(9), LedgerFixtures.recording(residentId));

		problem(transfer(resident, newKey(), body(null, neighbour.id().value(), 1, null)), 409, "beyond-ceiling");

		assertThat(balance(neighbour)).isEqualTo(Minutes.ofHours(10));
	}

	@Test
	void refusesToMoveSomeoneElsesCreditsWith422() throws Exception {
		problem(transfer(resident, newKey(), body(neighbour.id().value(), residentAccount.id().value(), 10, null)), 422,
				"not-yours");

		assertThat(balance(neighbour)).isEqualTo(Minutes.of(60));
	}

	@Test
	void refusesAPayeeWithNoAccountWith422() throws Exception {
		problem(transfer(resident, newKey(), body(null, 999_999_999L, 10, null)), 422, "not-a-member");
	}

	@Test
	void letsABrokerPayFromAMembersAccountOnTheirBehalf() throws Exception {
		transfer(broker, newKey(), body(neighbour.id().value(), residentAccount.id().value(), 15, "Paper time sheet"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.onBehalfOf").value(neighbour.holder().id()));

		assertThat(balance(residentAccount)).isEqualTo(Minutes.of(75));
	}

	@Test
	void paysAMemberOfAnotherTimeBankThroughTheClearingAccounts() throws Exception {
		LedgerFixtures fixtures = new LedgerFixtures(ledger);
		Account elsewhere = fixtures.member(fixtures.book());

		transfer(resident, newKey(), body(null, elsewhere.id().value(), 20, null)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("BETWEEN_BANKS"));

		assertThat(balance(elsewhere)).isEqualTo(Minutes.of(80));
		assertThat(ledger.clearingPositions(book.bank())).singleElement()
			.satisfies(position -> assertThat(position.balance()).isEqualTo(Minutes.of(20)));
	}

	@Test
	void needsAnIdempotencyKey() throws Exception {
		mvc.perform(post("/api/v1/timebanks/{bank}/transfers", book.bank().value()).cookie(resident).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(null, neighbour.id().value(), 10, null)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		problem(transfer(resident, "not a key", body(null, neighbour.id().value(), 10, null)), 400, null);
	}

	@Test
	void asksAnonymousCallersToSignIn() throws Exception {
		mvc.perform(post("/api/v1/timebanks/{bank}/transfers", book.bank().value()).with(csrf())
			.header("Idempotency-Key", newKey())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(null, neighbour.id().value(), 10, null)))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/timebanks/{bank}/accounts/{account}", book.bank().value(), neighbour.id().value()))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void showsABalanceToItsHolderAndBrokersOnly() throws Exception {
		String path = "/api/v1/timebanks/" + book.bank().value() + "/accounts/" + residentAccount.id().value();
		mvc.perform(get(path).cookie(resident)).andExpect(status().isOk())
			.andExpect(jsonPath("$.balanceMinutes").value(60))
			.andExpect(jsonPath("$.balance").value("1 h"));
		mvc.perform(get(path).cookie(broker)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/timebanks/" + book.bank().value() + "/accounts/" + neighbour.id().value())
			.cookie(resident)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/timebanks/" + book.bank().value() + "/account").cookie(resident))
			.andExpect(jsonPath("$.id").value(residentAccount.id().value()));
	}

	@Test
	void showsAStatementWithRunningBalancesMemosAndWhoRecorded() throws Exception {
		transfer(resident, newKey(), body(null, neighbour.id().value(), 25, "Shopping")).andExpect(status().isCreated());

		mvc.perform(get("/api/v1/timebanks/{bank}/accounts/{account}/statement", book.bank().value(),
				residentAccount.id().value()).cookie(resident))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lines.length()").value(2))
			.andExpect(jsonPath("$.lines[0].kind").value("STARTING_GIFT"))
			.andExpect(jsonPath("$.lines[1].minutes").value(-25))
			.andExpect(jsonPath("$.lines[1].balanceAfterMinutes").value(35))
			.andExpect(jsonPath("$.lines[1].memo").value("Shopping"))
			.andExpect(jsonPath("$.lines[1].counterpartyAccount").value(neighbour.id().value()))
			.andExpect(jsonPath("$.lines[1].recordedBy").value(residentId.value()))
			.andExpect(jsonPath("$.closingMinutes").value(35));
	}

	@Test
	void answersAnUnknownTimeBankWith404() throws Exception {
		mvc.perform(get("/api/v1/timebanks/{bank}/accounts/1", 999_999_999L).cookie(resident))
			.andExpect(status().isNotFound());
	}

	private ResultActions transfer(Cookie who, String key, String body) throws Exception {
		return mvc.perform(post("/api/v1/timebanks/{bank}/transfers", book.bank().value()).cookie(who).with(csrf())
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private static ResultActions problem(ResultActions result, int status, String reason) throws Exception {
		result.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		if (reason != null) {
			result.andExpect(jsonPath("$.reason").value(reason));
		}
		return result;
	}

	private static String body(Long from, long to, long minutes, String memo) {
		return "{" + (from == null ? "" : "\"from\":" + from + ",") + "\"to\":" + to + ",\"minutes\":" + minutes
				+ (memo == null ? "" : ",\"memo\":\"" + memo + "\"") + "}";
	}

	private static String newKey() {
		return UUID.randomUUID().toString();
	}

	private Minutes balance(Account account) {
		return ledger.account(account.id()).orElseThrow().balance();
	}

	private Cookie signIn(String who) throws Exception {
		MvcResult result = mvc.perform(post("/sign-in").with(csrf()).with(fromItsOwnAddress())
			.param("email", who + "@demo.bigsociety.org.uk")
			.param("password", "demo-password")).andReturn();
		return result.getResponse().getCookie("SESSION");
	}

	private PersonId me(Cookie session) throws Exception {
		String body = mvc.perform(get("/api/v1/me").cookie(session)).andReturn().getResponse().getContentAsString();
		JsonNode node = json.readTree(body);
		return new PersonId(node.get("id").asLong());
	}

	private static RequestPostProcessor fromItsOwnAddress() {
		int n = ADDRESSES.incrementAndGet();
		return request -> {
			request.setRemoteAddr("10.77." + (n >> 8 & 255) + "." + (n & 255));
			return request;
		};
	}
}
