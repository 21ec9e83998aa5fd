package org.bigsociety.participation.forums;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bigsociety.IntegrationTest;
import org.bigsociety.TestClock;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.Area;
import org.bigsociety.place.Places;
import org.bigsociety.platform.RateLimited;
import org.bigsociety.platform.RateLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may post where, the limits on posts, paging, and how posts are shown. */
@IntegrationTest
class ForumPostingTests {

	@Autowired
	Forums forums;

	@Autowired
	ForumModeration moderation;

	@Autowired
	ForumStore store;

	@Autowired
	Places places;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RateLimits limits;

	@Autowired
	TestClock clock;

	@Autowired
	MockMvc mvc;

	ForumFixtures fixtures;

	@BeforeEach
	@AfterEach
	void fresh() {
		limits.reset();
		fixtures = new ForumFixtures(jdbc, places, forums);
	}

	@Test
	void residentStartsAThreadAndOthersReplyInOrder() {
		Area ward = fixtures.wards().get(0);
		PersonId author = fixtures.resident(ward);
		PersonId neighbour = fixtures.resident(ward);
		Forum forum = fixtures.forum(ward);
		long thread = fixtures.thread(author, forum, ForumFixtures.unique("Allotments"));
		ForumThread started = forums.thread(thread, null);
		assertThat(forums.reply(neighbour, started, "Count me in").errors()).isEmpty();
		assertThat(forums.reply(author, forums.thread(thread, null), "Thanks").errors()).isEmpty();

		List<Post> posts = forums.posts(forums.thread(thread, null), 0, null).posts();
		assertThat(posts).extracting(Post::body).containsExactly(
				"First post of " + started.title(), "Count me in", "Thanks");
		assertThat(forums.thread(thread, null).replies()).isEqualTo(2);
	}

	@Test
	void aResidentOfTheCouncilAreaPostsInItsForumButNotInAnotherWards() {
		List<Area> wards = fixtures.wards();
		PersonId inFirstWard = fixtures.resident(wards.get(0));
		assertThat(forums.standing(inFirstWard, forums.area(ForumFixtures.HACKNEY), null).mayPost()).isTrue();
		Forums.Outcome elsewhere = forums.startThread(inFirstWard, fixtures.forum(wards.get(1)), "Hello", "Hi");
		assertThat(elsewhere.errors()).containsEntry("body", "forums.refusal.NOT_RESIDENT");
	}

	@Test
	void refusesPostingWithoutSignIn() throws Exception {
		assertThat(forums.standing(null, forums.area(ForumFixtures.HACKNEY), null).refusal()).isEqualTo(Refusal.SIGN_IN);
		mvc.perform(post("/forums/areas/E09000012/new").with(csrf()).param("title", "Hello").param("body", "Hi"))
			.andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void refusesAnAccountWhoseEmailIsNotConfirmed() {
		Area ward = fixtures.wards().get(0);
		PersonId unconfirmed = fixtures.person(ward.id(), false, null);
		Forums.Outcome outcome = forums.startThread(unconfirmed, fixtures.forum(ward), "Hello", "Hi");
		assertThat(outcome.errors()).containsEntry("body", "forums.refusal.CONFIRM_EMAIL");
	}

	@Test
	void refusesSomeoneWithNoResidenceInTheArea() {
		PersonId nowhere = fixtures.person(null, true, null);
		Forums.Outcome outcome = forums.startThread(nowhere, forums.area(ForumFixtures.HACKNEY), "Hello", "Hi");
		assertThat(outcome.errors()).containsEntry("body", "forums.refusal.NOT_RESIDENT");
	}

	@Test
	void refusesNonMembersInAGroupsForumButNotItsMembers() {
		Forum group = forums.group(ForumFixtures.GROUP);
		PersonId outsider = fixtures.resident(fixtures.hackney());
		assertThat(forums.startThread(outsider, group, "Hello", "Hi").errors())
			.containsEntry("body", "forums.refusal.NOT_MEMBER");
		PersonId admin = fixtures.demo("groupadmin");
		assertThat(forums.standing(admin, group, null).mayPost()).isTrue();
	}

	@Test
	void refusesASuspendedPersonAndSaysWhyAndUntilWhen() {
		Area ward = fixtures.wards().get(0);
		PersonId moderator = fixtures.person(ward.id(), true, "MODERATOR");
		PersonId author = fixtures.resident(ward);
		Forum forum = fixtures.forum(ward);
		long thread = fixtures.thread(author, forum, ForumFixtures.unique("Noise"));
		long post = forums.posts(forums.thread(thread, null), 0, null).posts().get(0).id();

		assertThat(moderation.suspend(moderator, post, "WEEK", "Shouting at neighbours")).isEmpty();

		Forums.Standing standing = forums.standing(author, fixtures.forum(ward), null);
		assertThat(standing.refusal()).isEqualTo(Refusal.SUSPENDED);
		assertThat(standing.suspensionReason()).isEqualTo("Shouting at neighbours");
		assertThat(standing.suspendedUntil()).isCloseTo(clock.instant().plus(Duration.ofDays(7)),
				org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MILLIS));
		assertThat(forums.reply(author, forums.thread(thread, null), "Sorry").errors())
			.containsEntry("body", "forums.refusal.SUSPENDED");

		clock.advance(Duration.ofDays(8));
		try {
			assertThat(forums.standing(author, fixtures.forum(ward), null).mayPost()).isTrue();
		}
		finally {
			clock.advance(Duration.ofDays(-8));
		}
	}

	@Test
	void refusesRepliesToALockedThread() {
		Area ward = fixtures.wards().get(0);
		PersonId moderator = fixtures.person(ward.id(), true, "MODERATOR");
		PersonId author = fixtures.resident(ward);
		long thread = fixtures.thread(author, fixtures.forum(ward), ForumFixtures.unique("Parking"));
		assertThat(moderation.lock(moderator, forums.thread(thread, null), true)).isTrue();
		assertThat(forums.reply(author, forums.thread(thread, null), "More").errors())
			.containsEntry("body", "forums.refusal.LOCKED");
	}

	@Test
	void limitsLinksMoreTightlyForNewAccounts() {
		Area ward = fixtures.wards().get(0);
		PersonId established = fixtures.resident(ward);
		PersonId newcomer = fixtures.resident(ward);
		store.registered(newcomer, clock.instant().minus(Duration.ofDays(1)));
		Forum forum = fixtures.forum(ward);
		String twoLinks = "See https://example.org/a and http://example.org/b.";
		assertThat(forums.startThread(newcomer, forum, "Links", twoLinks).errors())
			.containsEntry("body", "forums.error.tooManyLinks.new");
		assertThat(forums.startThread(newcomer, forum, "Link", "See https://example.org/a").errors()).isEmpty();
		assertThat(forums.startThread(established, forum, "Links", twoLinks).errors()).isEmpty();
		String sixLinks = "https://a.example https://b.example https://c.example https://d.example https://e.example https://f.example";
		assertThat(forums.startThread(established, forum, "Links", sixLinks).errors())
			.containsEntry("body", "forums.error.tooManyLinks.established");
	}

	@Test
	void limitsHowFastOnePersonPosts() {
		Area ward = fixtures.wards().get(0);
		PersonId person = fixtures.resident(ward);
		Forum forum = fixtures.forum(ward);
		long thread = fixtures.thread(person, forum, ForumFixtures.unique("Quick"));
		for (int i = 0; i < 5; i++) {
			assertThat(forums.reply(person, forums.thread(thread, null), "Reply " + i).errors()).isEmpty();
		}
		long before = forums.thread(thread, null).posts();
		assertThatThrownBy(() -> forums.reply(person, forums.thread(thread, null), "One too many"))
			.isInstanceOf(RateLimited.class);
		assertThat(forums.thread(thread, null).posts()).isEqualTo(before);
	}

	@Test
	void refusesBlankAndHugePostsAndTitles() {
		Area ward = fixtures.wards().get(0);
		PersonId person = fixtures.resident(ward);
		Forum forum = fixtures.forum(ward);
		assertThat(forums.startThread(person, forum, "  ", "  \n ").errors())
			.containsEntry("title", "forums.error.titleBlank").containsEntry("body", "forums.error.bodyBlank");
		assertThat(forums.startThread(person, forum, "x".repeat(121), "y".repeat(5001)).errors())
			.containsEntry("title", "forums.error.titleLong").containsEntry("body", "forums.error.bodyLong");
	}

	@Test
	void showsAScriptAsTextAndLinksSafely() throws Exception {
		Area ward = fixtures.wards().get(0);
		PersonId person = fixtures.resident(ward);
		String title = ForumFixtures.unique("<b>Bold</b>");
		Forums.Outcome outcome = forums.startThread(person, fixtures.forum(ward), title,
				"<script>alert('x')</script>\nSecond line https://example.org/page?a=1&b=2.");
		assertThat(outcome.errors()).isEmpty();
		String page = mvc.perform(get("/forums/threads/" + outcome.threadId())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;alert(")
			.doesNotContain("<b>Bold</b>").contains("&lt;b&gt;Bold&lt;/b&gt;")
			.contains("<br>Second line ")
			.contains("rel=\"nofollow ugc noopener\" href=\"https://example.org/page?a=1&amp;b=2\"");
	}

	@Test
	void pagesThreadsNewestActivityFirstWithoutRepeats() {
		Area ward = fixtures.wards().get(1);
		Forum forum = fixtures.forum(ward);
		Set<Long> mine = new HashSet<>();
		for (int i = 0; i < Forums.THREADS_PER_PAGE + 3; i++) {
			limits.reset();
			clock.advance(Duration.ofSeconds(1));
			mine.add(fixtures.thread(fixtures.resident(ward), forum, "Paging " + i));
		}
		Forum current = fixtures.forum(ward);
		Forums.ThreadPage first = forums.threads(current, null);
		assertThat(first.threads()).hasSize(Forums.THREADS_PER_PAGE);
		assertThat(first.threads().get(0).lastActivityAt()).isAfterOrEqualTo(first.threads().get(1).lastActivityAt());
		assertThat(first.next()).isNotNull();
		Forums.ThreadPage second = forums.threads(current, first.next());
		Set<Long> seen = new HashSet<>();
		first.threads().forEach(t -> assertThat(seen.add(t.id())).isTrue());
		second.threads().forEach(t -> assertThat(seen.add(t.id())).isTrue());
		assertThat(seen).containsAll(mine);
		// a reply moves its thread to the top
		long oldest = first.threads().get(Forums.THREADS_PER_PAGE - 1).id();
		clock.advance(Duration.ofSeconds(1));
		assertThat(forums.reply(fixtures.resident(ward), forums.thread(oldest, null), "Bump").errors()).isEmpty();
		assertThat(forums.threads(current, null).threads().get(0).id()).isEqualTo(oldest);
	}

	@Test
	void aBadPageMarkerShowsTheFirstPageAndUnknownAddressesAreNotFound() throws Exception {
		mvc.perform(get("/forums/areas/E09000012").param("from", "nonsense")).andExpect(status().isOk());
		mvc.perform(get("/forums/areas/E09000012").param("from", "9223372036854775807-1")).andExpect(status().isOk());
		mvc.perform(get("/forums/threads/1").param("after", "abc")).andExpect(status().is4xxClientError());
		mvc.perform(get("/forums/areas/XX")).andExpect(status().isNotFound());
		mvc.perform(get("/forums/groups/no-such-group")).andExpect(status().isNotFound());
		mvc.perform(get("/forums/threads/999999999")).andExpect(status().isNotFound());
		mvc.perform(get("/forums").param("postcode", "not a postcode")).andExpect(status().isOk());
	}

	@Test
	void aPostcodeLeadsToTheForumsOfItsAreas() throws Exception {
		String list = mvc.perform(get("/forums").param("postcode", "e8 1dy")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(list).contains("href=\"/forums/areas/E09000012\"");
		String near = mvc.perform(get("/near/E81DY")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(near).contains("Talk with your neighbours").contains("href=\"/forums/areas/E09000012\"");
	}
}
