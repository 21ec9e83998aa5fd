package org.bigsociety.participation.forums;

import java.time.Duration;
import java.util.List;

import org.bigsociety.IntegrationTest;
import org.bigsociety.TestClock;
import org.bigsociety.people.AccountDeleted;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.Area;
import org.bigsociety.place.Places;
import org.bigsociety.platform.RateLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Reports, hiding, pre-moderation, suspensions and settings, by the right moderators only; and erasure. */
@IntegrationTest
class ForumModerationTests {

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

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	ForumFixtures fixtures;

	@BeforeEach
	@AfterEach
	void fresh() {
		limits.reset();
		fixtures = new ForumFixtures(jdbc, places, forums);
	}

	private long firstPost(long thread) {
		return forums.posts(forums.thread(thread, null), 0, null).posts().get(0).id();
	}

	@Test
	void aReportedPostReachesTheQueueAndHidingItShowsTheReasonInItsPlace() throws Exception {
		Area ward = fixtures.wards().get(0);
		PersonId moderator = fixtures.person(ward.id(), true, "MODERATOR");
		PersonId author = fixtures.resident(ward);
		PersonId reader = fixtures.resident(ward);
		String title = ForumFixtures.unique("Rude");
		long thread = fixtures.thread(author, fixtures.forum(ward), title);
		long post = firstPost(thread);

		assertThat(forums.report(reader, forums.post(post, reader), "  ")).containsEntry("reason",
				"forums.error.reasonBlank");
		assertThat(forums.report(reader, forums.post(post, reader), "Insulting")).isEmpty();
		assertThat(forums.report(reader, forums.post(post, reader), "Again")).isEmpty();
		Forum forum = fixtures.forum(ward);
		assertThat(moderation.queue(moderator, forum).reports()).filteredOn(r -> r.postId() == post)
			.extracting(Report::reason).containsExactly("Insulting");

		assertThat(moderation.act(moderator, post, "HIDE", "")).containsEntry("reason", "forums.error.hideReason");
		assertThat(moderation.act(moderator, post, "HIDE", "Personal attack")).isEmpty();
		assertThat(moderation.queue(moderator, forum).reports()).noneMatch(r -> r.postId() == post);
		String page = mvc.perform(get("/forums/threads/" + thread)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("A moderator hid this post: Personal attack").doesNotContain("First post of")
			.contains("Title hidden by a moderator").doesNotContain(title);
		assertThat(forums.thread(thread, null).titleHidden()).isTrue();

		assertThat(moderation.act(moderator, post, "HIDE", "Twice")).containsEntry("action",
				"forums.error.stateChanged");
		assertThat(moderation.act(moderator, post, "RESTORE", "")).isEmpty();
		assertThat(store.post(post).orElseThrow().state()).isEqualTo(PostState.PUBLISHED);
		assertThat(forums.thread(thread, null).titleHidden()).isFalse();
		assertThat(moderation.queue(moderator, forum).log()).extracting(LogEntry::action)
			.startsWith("RESTORE", "HIDE");
		assertThat(moderation.queue(moderator, forum).log().get(0).moderator()).isEqualTo(moderator);
	}

	@Test
	void aModeratorForAnotherAreaOrAGroupAdministratorCannotModerateAnAreasForum() {
		List<Area> wards = fixtures.wards();
		PersonId author = fixtures.resident(wards.get(0));
		long thread = fixtures.thread(author, fixtures.forum(wards.get(0)), ForumFixtures.unique("Scope"));
		long post = firstPost(thread);
		PersonId otherWardModerator = fixtures.person(wards.get(1).id(), true, "MODERATOR");
		PersonId groupAdmin = fixtures.demo("groupadmin");
		for (PersonId outsider : List.of(otherWardModerator, groupAdmin, author)) {
			assertThatThrownBy(() -> moderation.act(outsider, post, "HIDE", "No"))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> moderation.suspend(outsider, post, "DAY", "No"))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> moderation.lock(outsider, forums.thread(thread, null), true))
				.isInstanceOf(AccessDeniedException.class);
		}
		assertThat(store.post(post).orElseThrow().state()).isEqualTo(PostState.PUBLISHED);
		// a moderator for the borough moderates its wards
		PersonId boroughModerator = fixtures.person(fixtures.hackney().id(), true, "MODERATOR");
		assertThat(moderation.act(boroughModerator, post, "DISMISS", "")).containsEntry("action",
				"forums.error.stateChanged");
	}

	@Test
	void aGroupsAdministratorsModerateItsForumAndChooseWhoReadsIt() throws Exception {
		Forum group = forums.group(ForumFixtures.GROUP);
		PersonId groupAdmin = fixtures.demo("groupadmin");
		PersonId areaModerator = fixtures.demo("moderator");
		assertThatThrownBy(() -> moderation.queue(areaModerator, group)).isInstanceOf(AccessDeniedException.class);
		assertThat(moderation.queue(groupAdmin, group)).isNotNull();

		assertThat(moderation.settings(groupAdmin, group, true, "0", "0")).isEmpty();
		try {
			mvc.perform(get("/forums/groups/" + ForumFixtures.GROUP)).andExpect(status().isNotFound());
			mvc.perform(get("/forums/threads/4")).andExpect(status().isNotFound());
			assertThat(forums.readable(forums.group(ForumFixtures.GROUP), groupAdmin)).isNotNull();
		}
		finally {
			assertThat(moderation.settings(groupAdmin, forums.group(ForumFixtures.GROUP), false, "0", "0")).isEmpty();
		}
		mvc.perform(get("/forums/groups/" + ForumFixtures.GROUP)).andExpect(status().isOk());
		assertThat(moderation.settings(groupAdmin, group, false, "many", "-1"))
			.containsKeys("premoderatePosts", "premoderateDays");
	}

	@Test
	void newAccountsFirstPostsWaitForAModerator() {
		Area ward = fixtures.wards().get(1);
		PersonId moderator = fixtures.person(ward.id(), true, "MODERATOR");
		PersonId newcomer = fixtures.resident(ward);
		store.registered(newcomer, clock.instant().minus(Duration.ofDays(2)));
		PersonId established = fixtures.resident(ward);
		PersonId reader = fixtures.resident(ward);
		assertThat(moderation.settings(moderator, fixtures.forum(ward), null, "2", "7")).isEmpty();
		try {
			Forum forum = fixtures.forum(ward);
			Forums.Outcome first = forums.startThread(newcomer, forum, ForumFixtures.unique("New here"), "Hello all");
			assertThat(first.pending()).isTrue();
			// others see neither the thread nor the post; the author sees it waiting
			assertThatThrownBy(() -> forums.thread(first.threadId(), reader)).isInstanceOf(Forums.NotFound.class);
			assertThat(forums.posts(forums.thread(first.threadId(), newcomer), 0, newcomer).posts())
				.extracting(Post::state).containsExactly(PostState.PENDING);
			assertThat(moderation.queue(moderator, forum).pending()).extracting(Post::id).contains(first.postId());
			assertThat(forums.threads(forum, null).threads()).noneMatch(t -> t.id() == first.threadId());

			assertThat(moderation.act(moderator, first.postId(), "APPROVE", "")).isEmpty();
			assertThat(forums.thread(first.threadId(), reader).visible()).isTrue();
			assertThat(forums.threads(forum, null).threads()).anyMatch(t -> t.id() == first.threadId());

			Forums.Outcome second = forums.reply(newcomer, forums.thread(first.threadId(), null), "Second post");
			assertThat(second.pending()).isTrue();
			assertThat(moderation.act(moderator, second.postId(), "REJECT", "Off topic")).isEmpty();
			Forums.Outcome third = forums.reply(newcomer, forums.thread(first.threadId(), null), "Third post");
			assertThat(third.pending()).isTrue();
			assertThat(moderation.act(moderator, third.postId(), "APPROVE", "")).isEmpty();
			// two let through: no more waiting
			assertThat(forums.reply(newcomer, forums.thread(first.threadId(), null), "Free now").pending()).isFalse();
			// established accounts never wait
			assertThat(forums.reply(established, forums.thread(first.threadId(), null), "Welcome").pending())
				.isFalse();
			assertThat(forums.posts(forums.thread(first.threadId(), null), 0, reader).posts()).extracting(Post::body)
				.containsExactly("Hello all", "Third post", "Free now", "Welcome");
		}
		finally {
			moderation.settings(moderator, fixtures.forum(ward), null, "0", "0");
		}
	}

	@Test
	void suspensionsCanBeLiftedAndAreLogged() {
		Area ward = fixtures.wards().get(0);
		PersonId moderator = fixtures.person(ward.id(), true, "MODERATOR");
		PersonId author = fixtures.resident(ward);
		long thread = fixtures.thread(author, fixtures.forum(ward), ForumFixtures.unique("Suspend me"));
		long post = firstPost(thread);
		assertThat(moderation.suspend(moderator, post, "", "")).containsKeys("period", "reason");
		assertThat(moderation.suspend(moderator, post, "INDEFINITE", "Repeated abuse")).isEmpty();
		Forums.Standing standing = forums.standing(author, fixtures.forum(ward), null);
		assertThat(standing.refusal()).isEqualTo(Refusal.SUSPENDED);
		assertThat(standing.suspendedUntil()).isNull();
		Suspension suspension = moderation.queue(moderator, fixtures.forum(ward)).suspensions().stream()
			.filter(s -> s.person().equals(author)).findFirst().orElseThrow();
		assertThat(moderation.lift(moderator, suspension.id())).isTrue();
		assertThat(forums.standing(author, fixtures.forum(ward), null).mayPost()).isTrue();
		assertThat(moderation.queue(moderator, fixtures.forum(ward)).log()).extracting(LogEntry::action)
			.startsWith("LIFT", "SUSPEND_INDEFINITE");
	}

	@Test
	void aDeletedAccountsPostsKeepTheirPlaceWithoutTheirWords() throws Exception {
		Area ward = fixtures.wards().get(0);
		PersonId author = fixtures.resident(ward);
		PersonId neighbour = fixtures.resident(ward);
		long thread = fixtures.thread(author, fixtures.forum(ward), ForumFixtures.unique("Leaving"));
		assertThat(forums.reply(neighbour, forums.thread(thread, null), "Reply stays").errors()).isEmpty();
		assertThat(forums.reply(author, forums.thread(thread, null), "Private words").errors()).isEmpty();
		jdbc.sql("UPDATE people.account SET deleted_at = now(), email = :tomb WHERE id = :id")
			.param("tomb", "deleted-" + author.value() + "@deleted.invalid").param("id", author.value()).update();
		transactions.executeWithoutResult(tx -> events.publishEvent(new AccountDeleted(author)));

		for (int i = 0; i < 100 && store.post(firstPost(thread)).orElseThrow().author() != null; i++) {
			Thread.sleep(100);
		}
		List<Post> posts = forums.posts(forums.thread(thread, null), 0, null).posts();
		assertThat(posts).extracting(Post::authorDeleted).containsExactly(true, false, true);
		assertThat(posts).extracting(Post::body).containsExactly("", "Reply stays", "");
		assertThat(forums.thread(thread, null).author()).isNull();
		String page = mvc.perform(get("/forums/threads/" + thread)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("Deleted account").contains("removed when its author deleted their account")
			.doesNotContain("Private words");
	}

	@Test
	void aNewlyRegisteredAccountIsRememberedAsNewForPreModerationAndLinks() throws Exception {
		String email = "forum-newcomer-" + java.util.UUID.randomUUID() + "@example.net";
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/register")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(request -> {
				request.setRemoteAddr("10.99.0." + (1 + (int) (Math.random() * 250)));
				return request;
			})
			.param("name", "New Neighbour")
			.param("email", email)
			.param("password", "correct horse battery")
			.param("postcode", "e81dy")
			.param("agree", "true"));
		PersonId person = new PersonId(jdbc.sql("SELECT id FROM people.account WHERE email = :email AND deleted_at IS NULL")
			.param("email", email).query(Long.class).single());
		for (int i = 0; i < 100 && store.registeredAt(person).isEmpty(); i++) {
			Thread.sleep(100);
		}
		assertThat(store.registeredAt(person)).isPresent();
		assertThat(forums.linksAllowed(person)).isEqualTo(1);
	}
}
