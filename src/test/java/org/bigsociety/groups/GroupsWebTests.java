package org.bigsociety.groups;

import java.util.Optional;

import jakarta.servlet.http.Cookie;

import org.bigsociety.IntegrationTest;
import org.bigsociety.groups.GroupsFixtures.Neighbour;
import org.bigsociety.people.PersonId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigsociety.groups.GroupsFixtures.getAs;
import static org.bigsociety.groups.GroupsFixtures.postAs;
import static org.bigsociety.groups.GroupsFixtures.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The group pages: registering organisations of every form, joining, approving, roles, officers and news. */
@IntegrationTest
class GroupsWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	Organisations organisations;

	GroupsFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new GroupsFixtures(mvc, jdbc, passwords);
	}

	MockHttpServletRequestBuilder registration(Cookie session, String name, String form, String charity,
			String company, String society) {
		return postAs(session, "/groups/new").param("name", name)
			.param("legalForm", form)
			.param("charityNumber", charity)
			.param("companyNumber", company)
			.param("societyNumber", society)
			.param("purpose", "Helping neighbours help each other.")
			.param("postcode", "e8 1dy")
			.param("reach", "LOCAL")
			.param("email", "")
			.param("phone", "")
			.param("website", "");
	}

	/** Registers an organisation as the neighbour and returns its slug. */
	String register(Neighbour by, String name, String form, String charity, String company, String society)
			throws Exception {
		MvcResult result = mvc.perform(registration(by.session(), name, form, charity, company, society)).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(302);
		return result.getResponse().getRedirectedUrl().substring("/groups/".length());
	}

	String page(Cookie session, String path) throws Exception {
		MvcResult result = mvc.perform(session == null ? get(path) : getAs(session, path)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	OrganisationId idOf(String slug) {
		return organisations.bySlug(slug).orElseThrow().id();
	}

	@Test
	void registersACharityWithItsNumberAndMakesTheRegistrantItsAdministrator() throws Exception {
		Neighbour founder = fixtures.neighbour("Ada Founder");
		String name = unique("Downs Park Friends");
		String slug = register(founder, name, "CHARITY", " 1123 456 ", "", "");

		OrganisationSummary group = organisations.bySlug(slug).orElseThrow();
		assertThat(group.legalForm()).isEqualTo(LegalForm.CHARITY);
		assertThat(group.status()).isEqualTo(OrganisationStatus.FORMED);
		assertThat(organisations.isAdministrator(group.id(), founder.id())).isTrue();
		String profile = page(null, "/groups/" + slug);
		assertThat(profile).contains(name, "1123456",
				"https://register-of-charities.charitycommission.gov.uk/charity-search/-/charity-details/1123456");
	}

	@Test
	void refusesACharityWithoutItsNumberAndChangesNothing() throws Exception {
		Neighbour founder = fixtures.neighbour("Bea Founder");
		String name = unique("Numberless Charity");
		MvcResult result = mvc.perform(registration(founder.session(), name, "CHARITY", "", "", "")).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("govuk-error-summary", "href=\"#charityNumber\"",
				"Enter the charity number");
		assertThat(jdbc.sql("SELECT count(*) FROM groups.organisation WHERE name = :name").param("name", name)
			.query(Long.class).single()).isZero();
	}

	@Test
	void refusesNumbersOfTheWrongShapeOrForTheWrongForm() throws Exception {
		Neighbour founder = fixtures.neighbour("Cy Founder");
		String wrongShape = mvc.perform(registration(founder.session(), unique("Shapeless CIC"),
				"COMMUNITY_INTEREST_COMPANY", "", "XX123456", "")).andReturn().getResponse().getContentAsString();
		assertThat(wrongShape).contains("href=\"#companyNumber\"", "Enter a company number of 8 characters");

		String wrongForm = mvc.perform(registration(founder.session(), unique("Club"), "UNINCORPORATED_ASSOCIATION",
				"", "01234567", "")).andReturn().getResponse().getContentAsString();
		assertThat(wrongForm).contains("does not have a company number");
	}

	@Test
	void registersOrganisationsOfEveryLegalFormWithTheNumbersEachNeeds() throws Exception {
		Neighbour founder = fixtures.neighbour("Di Founder");
		for (LegalForm form : LegalForm.values()) {
			boolean charity = form.requiredRegisters().contains(LegalForm.Register.CHARITY_COMMISSION);
			boolean company = form.requiredRegisters().contains(LegalForm.Register.COMPANIES_HOUSE);
			boolean society = form.requiredRegisters().contains(LegalForm.Register.FCA_MUTUALS);
			String slug = register(founder, unique("Every Form " + form.name()), form.name(),
					charity ? "1123456" : "", company ? "SC123456" : "", society ? "30187R" : "");
			assertThat(organisations.bySlug(slug).orElseThrow().legalForm()).isEqualTo(form);
		}
	}

	@Test
	void aJoinRequestWaitsForTheGroupsAdministratorWhoApprovesIt() throws Exception {
		Neighbour admin = fixtures.neighbour("Eve Admin");
		Neighbour joiner = fixtures.neighbour("Fay Joiner");
		Neighbour stranger = fixtures.neighbour("Gus Stranger");
		String slug = register(admin, unique("Cazenove Gardeners"), "UNINCORPORATED_ASSOCIATION", "", "", "");
		OrganisationId id = idOf(slug);

		mvc.perform(postAs(joiner.session(), "/groups/" + slug + "/join").param("message", "I grow tomatoes"));
		assertThat(organisations.isMember(id, joiner.id())).isFalse();
		assertThat(page(joiner.session(), "/groups/" + slug)).contains("You have asked to join");
		String manage = page(admin.session(), "/groups/" + slug + "/manage");
		assertThat(manage).contains("Fay Joiner", "I grow tomatoes");
		long request = jdbc.sql("SELECT id FROM groups.join_request WHERE organisation_id = :id AND person_id = :person")
			.param("id", id.value()).param("person", joiner.id().value()).query(Long.class).single();

		int strangerTries = mvc.perform(postAs(stranger.session(),
				"/groups/" + slug + "/manage/requests/" + request + "/approve")).andReturn().getResponse().getStatus();
		assertThat(strangerTries).isEqualTo(403);
		assertThat(organisations.isMember(id, joiner.id())).isFalse();

		mvc.perform(postAs(admin.session(), "/groups/" + slug + "/manage/requests/" + request + "/approve"));
		assertThat(organisations.isMember(id, joiner.id())).isTrue();
		assertThat(organisations.isAdministrator(id, joiner.id())).isFalse();
		assertThat(latestSubjectTo(joiner.id())).contains("You are now a member");
	}

	@Test
	void anAdministratorMakesAMemberChairAndTheChairAppearsOnThePublicPage() throws Exception {
		Neighbour admin = fixtures.neighbour("Hal Admin");
		Neighbour member = fixtures.neighbour("Ida Chair");
		String slug = register(admin, unique("Lea Bridge Rowers"), "UNINCORPORATED_ASSOCIATION", "", "", "");
		join(slug, admin, member);

		mvc.perform(postAs(admin.session(), "/groups/" + slug + "/manage/members/" + member.id().value())
			.param("role", "MEMBER").param("office", "CHAIR"));

		assertThat(organisations.isAdministrator(idOf(slug), member.id())).as("officers act for the group").isTrue();
		String publicPage = page(null, "/groups/" + slug);
		assertThat(publicPage).contains("Officers", "Chair", "Ida Chair");
	}

	@Test
	void theOnlyAdministratorCannotStepDownOrLeave() throws Exception {
		Neighbour admin = fixtures.neighbour("Jo Only");
		String slug = register(admin, unique("Lonely Club"), "UNINCORPORATED_ASSOCIATION", "", "", "");

		mvc.perform(postAs(admin.session(), "/groups/" + slug + "/manage/members/" + admin.id().value())
			.param("role", "MEMBER").param("office", ""));
		mvc.perform(postAs(admin.session(), "/groups/" + slug + "/leave"));

		assertThat(organisations.isAdministrator(idOf(slug), admin.id())).isTrue();
		assertThat(organisations.isMember(idOf(slug), admin.id())).isTrue();
	}

	@Test
	void onlyFellowMembersSeeTheMemberList() throws Exception {
		Neighbour admin = fixtures.neighbour("Kit Admin");
		Neighbour member = fixtures.neighbour("Lou Quietmember");
		String slug = register(admin, unique("Quiet Faith Circle"), "FAITH_GROUP", "", "", "");
		join(slug, admin, member);

		assertThat(page(null, "/groups/" + slug)).doesNotContain("Lou Quietmember").contains("Members");
		assertThat(page(fixtures.neighbour("Max Outsider").session(), "/groups/" + slug))
			.doesNotContain("Lou Quietmember");
		assertThat(page(member.session(), "/groups/" + slug)).contains("Lou Quietmember");
	}

	@Test
	void newsPostedByAnAdministratorAppearsOnTheProfileAndAnEmptyUpdateIsRefused() throws Exception {
		Neighbour admin = fixtures.neighbour("Ned Admin");
		String slug = register(admin, unique("Millfields Litter Pickers"), "UNINCORPORATED_ASSOCIATION", "", "", "");

		String refused = mvc.perform(postAs(admin.session(), "/groups/" + slug + "/manage/news").param("title", "")
			.param("body", "")).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("govuk-error-summary", "Enter a title for the update");

		mvc.perform(postAs(admin.session(), "/groups/" + slug + "/manage/news").param("title", "Pick on Sunday")
			.param("body", "Meet at the gate at 10."));
		assertThat(page(null, "/groups/" + slug)).contains("Pick on Sunday", "Meet at the gate at 10.");
	}

	@Test
	void theDemoGroupAdministratorManagesTheirGroupButAResidentMayNot() throws Exception {
		String slug = "mapledene-road-residents-association";
		Cookie groupAdmin = fixtures.demo("groupadmin");
		Cookie resident = fixtures.demo("resident");

		assertThat(mvc.perform(getAs(groupAdmin, "/groups/" + slug + "/manage")).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		assertThat(mvc.perform(getAs(resident, "/groups/" + slug + "/manage")).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		assertThat(mvc.perform(postAs(resident, "/groups/" + slug + "/manage/profile").param("name", "Taken over"))
			.andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(organisations.bySlug(slug).orElseThrow().name()).isEqualTo("Mapledene Road Residents' Association");
	}

	@Test
	void anAdministratorChangesTheProfileAndAnUnknownPostcodeIsRefused() throws Exception {
		Neighbour admin = fixtures.neighbour("Ola Admin");
		String slug = register(admin, unique("Rename Me"), "UNINCORPORATED_ASSOCIATION", "", "", "");
		String refused = mvc.perform(postAs(admin.session(), "/groups/" + slug + "/manage/profile")
			.param("name", "Renamed").param("legalForm", "UNINCORPORATED_ASSOCIATION").param("purpose", "Still here")
			.param("postcode", "ZZ9 9ZZ").param("reach", "LOCAL")).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("We could not find that postcode");

		mvc.perform(postAs(admin.session(), "/groups/" + slug + "/manage/profile")
			.param("name", "Renamed Club").param("legalForm", "UNINCORPORATED_ASSOCIATION").param("purpose", "Still here")
			.param("postcode", "E5 8GB").param("reach", "BOROUGH"));
		OrganisationSummary group = organisations.bySlug(slug).orElseThrow();
		assertThat(group.name()).isEqualTo("Renamed Club");
		assertThat(page(null, "/groups/" + slug)).contains("Renamed Club", "Hackney");
	}

	@Test
	void theListFindsGroupsByWordsAndLegalForm() throws Exception {
		Neighbour admin = fixtures.neighbour("Pip Admin");
		String word = "Zebracrossing" + System.nanoTime();
		register(admin, word + " Society", "UNINCORPORATED_ASSOCIATION", "", "", "");

		assertThat(page(null, "/groups?q=" + word.toLowerCase())).contains(word + " Society");
		assertThat(page(null, "/groups?q=" + word + "&form=CHARITY")).doesNotContain(word + " Society");
		assertThat(page(null, "/groups?form=nonsense&status=whatever&page=-3")).contains("Local groups");
	}

	private void join(String slug, Neighbour admin, Neighbour member) throws Exception {
		mvc.perform(postAs(member.session(), "/groups/" + slug + "/join"));
		long request = jdbc.sql("""
				SELECT r.id FROM groups.join_request r JOIN groups.organisation o ON o.id = r.organisation_id
				WHERE o.slug = :slug AND r.person_id = :person""")
			.param("slug", slug).param("person", member.id().value()).query(Long.class).single();
		mvc.perform(postAs(admin.session(), "/groups/" + slug + "/manage/requests/" + request + "/approve"));
	}

	private String latestSubjectTo(PersonId person) {
		Optional<String> email = jdbc.sql("SELECT email FROM people.account WHERE id = :id").param("id", person.value())
			.query(String.class).optional();
		return jdbc.sql("SELECT subject FROM platform.outbox WHERE recipient = :to ORDER BY id DESC LIMIT 1")
			.param("to", email.orElseThrow()).query(String.class).single();
	}
}
