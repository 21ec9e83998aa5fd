package org.bigsociety.participation.forums;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.bigsociety.IntegrationTest;
import org.bigsociety.TestClock;
import org.bigsociety.groups.GroupsFixtures;
import org.bigsociety.people.AccountDeleted;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.Area;
import org.bigsociety.place.Places;
import org.bigsociety.platform.RateLimited;
import org.bigsociety.platform.RateLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.bigsociety.groups.GroupsFixtures.getAs;
import static org.bigsociety.groups.GroupsFixtures.postAs;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Authors change their own posts for a while after posting, under the rules for posting; the page says a post was
 * edited and when; moderators keep seeing what it said before. Everyone else, and the author too late, in a locked
 * thread, suspended or with a hidden post, is refused with a reason and nothing changes.
 */
@IntegrationTest
class ForumEditTests {

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
	PasswordEncoder passwords;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	ForumFixtures fixtures;

	@BeforeEach
	void fresh() {
		limits.reset();
		fixtures = new ForumFixtures(jdbc, places, forums);
	}

	@AfterEach
	void tidy() {
		limits.reset();
		clock.reset();
	}

	private long firstPost(long thread) {
		return forums.posts(forums.thread(thread, null), 0, null).posts().get(0).id();
	}

	private String body(long post) {
		return store.post(post).orElseThrow().body();
	}

	@Test
	void anAuthorChangesTheirPostWithinTheWindowAndThePageSaysItWasEdited() throws Exception {
		Area ward = fixtures.wards().get(0);
		PersonId author = fixtures.resident(ward);
		long thread = fixtures.thread(author, fixtures.forum(ward), ForumFixtures.unique("Typo"));
		long post = firstPost(thread);
		String before = body(post);
		clock.advance(forums.editWindow().minusMinutes(1));

		Forums.Outcome outcome = forums.edit(author, post, "  Fixed the typo.\r\nSecond line  ");
		assertThat(outcome.errors()).isEmpty();
		assertThat(outcome.pending()).isFalse();
		Post changed = store.post(post).orElseThrow();
		assertThat(changed.body()).isEqualTo("Fixed the typo.\nSecond line");
		assertThat(changed.state()).isEqualTo(PostState.PUBLISHED);
		assertThat(changed.editedAt()).isCloseTo(clock.instant(), within(1, ChronoUnit.MILLIS));
		assertThat(store.edits(post)).extracting(PostEdit::previousBody).containsExactly(before);

		String page = mvc.perform(get("/forums/threads/" + thread)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("Fixed the typo.<br>Second line").doesNotContain(before).contains(">Edited ");

		// the same words again change nothing and add no history
		assertThat(forums.edit(author, post, "Fixed the typo.\nSecond line").errors()).isEmpty();
		assertThat(store.edits(post)).hasSize(1);
	}

	@Test
	void refusesSomeoneElsesPostAHiddenPostALockedThreadASuspendedAuthorAndTooLateAndChangesNothing() {
		Area ward = fixtures.wards().get(0);
		PersonId moderator = fixtures.person(ward.id(), true, "MODERATOR");
		PersonId author = fixtures.resident(ward);
		PersonId neighbour = fixtures.resident(ward);
		Forum forum = fixtures.forum(ward);

		long one = fixtures.thread(author, forum, ForumFixtures.unique("Someone else's"));
		long theirs = firstPost(one);
		assertThat(forums.edit(neighbour, theirs, "Mine now").errors())
			.containsOnlyKeys("post").containsEntry("post", "forums.edit.refusal.notYours");
		assertThat(forums.edit(moderator, theirs, "Moderators hide, they do not rewrite").errors())
			.containsEntry("post", "forums.edit.refusal.notYours");

		long two = fixtures.thread(author, forum, ForumFixtures.unique("Hidden"));
		long hidden = firstPost(two);
		assertThat(moderation.act(moderator, hidden, "HIDE", "Rude")).isEmpty();
		assertThat(forums.edit(author, hidden, "Nicer words").errors())
			.containsEntry("post", "forums.edit.refusal.hidden");

		long three = fixtures.thread(author, forum, ForumFixtures.unique("Locked"));
		long locked = firstPost(three);
		assertThat(moderation.lock(moderator, forums.thread(three, null), true)).isTrue();
		assertThat(forums.edit(author, locked, "Changed").errors()).containsEntry("post", "forums.refusal.LOCKED");

		long four = fixtures.thread(author, forum, ForumFixtures.unique("Late"));
		long late = firstPost(four);
		clock.advance(forums.editWindow().plusSeconds(1));
		assertThat(forums.edit(author, late, "Changed").errors()).containsEntry("post", "forums.edit.refusal.tooLate");
		clock.reset();

		long five = fixtures.thread(author, forum, ForumFixtures.unique("Suspended"));
		long suspended = firstPost(five);
		assertThat(moderation.suspend(moderator, theirs, "DAY", "Cool off")).isEmpty();
		assertThat(forums.edit(author, suspended, "Changed").errors()).containsEntry("post",
				"forums.refusal.SUSPENDED");

		for (long post : List.of(theirs, hidden, locked, late, suspended)) {
			assertThat(body(post)).startsWith("First post of");
			assertThat(store.post(post).orElseThrow().editedAt()).isNull();
			assertThat(store.edits(post)).isEmpty();
		}
		for (long missing : List.of(0L, -1L, 999_999_999L)) {
			assertThatThrownBy(() -> forums.edit(author, missing, "Hello")).isInstanceOf(Forums.NotFound.class);
		}
	}

	@Test
	void theWordsFollowThePostingRulesAndABadEditChangesNothing() {
		Area ward = fixtures.wards().get(0);
		PersonId author = fixtures.resident(ward);
		PersonId newcomer = fixtures.resident(ward);
		store.registered(newcomer, clock.instant().minus(Duration.ofDays(1)));
		Forum forum = fixtures.forum(ward);
		long post = firstPost(fixtures.thread(author, forum, ForumFixtures.unique("Rules")));
		long newcomers = firstPost(fixtures.thread(newcomer, forum, ForumFixtures.unique("New")));

		assertThat(forums.edit(author, post, "  \n ").errors()).containsEntry("body", "forums.error.bodyBlank");
		assertThat(forums.edit(author, post, null).errors()).containsEntry("body", "forums.error.bodyBlank");
		assertThat(forums.edit(author, post, "y".repeat(PostText.MAX_LENGTH + 1)).errors())
			.containsEntry("body", "forums.error.bodyLong");
		assertThat(forums.edit(author, post, "https://a.example https://b.example https://c.example "
				+ "https://d.example https://e.example https://f.example").errors())
			.containsEntry("body", "forums.error.tooManyLinks.established");
		assertThat(forums.edit(newcomer, newcomers, "See https://a.example and https://b.example").errors())
			.containsEntry("body", "forums.error.tooManyLinks.new");

		assertThat(body(post)).startsWith("First post of");
		assertThat(body(newcomers)).startsWith("First post of");
		assertThat(store.edits(post)).isEmpty();
		assertThat(store.edits(newcomers)).isEmpty();
	}

	@Test
	void changingPostsIsRateLimitedLikePosting() {
		Area ward = fixtures.wards().get(0);
		PersonId author = fixtures.resident(ward);
		long post = firstPost(fixtures.thread(author, fixtures.forum(ward), ForumFixtures.unique("Fiddly")));
		for (int i = 0; i < 6; i++) {
			assertThat(forums.edit(author, post, "Version " + i).errors()).isEmpty();
		}
		assertThatThrownBy(() -> forums.edit(author, post, "One too many")).isInstanceOf(RateLimited.class);
		assertThat(body(post)).isEqualTo("Version 5");
		assertThat(store.edits(post)).hasSize(6);
	}

	@Test
	void underPreModerationAChangedPostWaitsForAModeratorAgain() {
		Area ward = fixtures.wards().get(1);
		PersonId moderator = fixtures.person(ward.id(), true, "MODERATOR");
		PersonId newcomer = fixtures.resident(ward);
		store.registered(newcomer, clock.instant().minus(Duration.ofDays(2)));
		PersonId established = fixtures.resident(ward);
		PersonId reader = fixtures.resident(ward);
		assertThat(moderation.settings(moderator, fixtures.forum(ward), null, "2", "7")).isEmpty();
		try {
			Forum forum = fixtures.forum(ward);
			Forums.Outcome first = forums.startThread(newcomer, forum, ForumFixtures.unique("Hello"), "Hello all");
			assertThat(first.pending()).isTrue();
			// a waiting post can be changed and still waits
			Forums.Outcome fixed = forums.edit(newcomer, first.postId(), "Hello, all");
			assertThat(fixed.errors()).isEmpty();
			assertThat(fixed.pending()).isTrue();
			assertThat(moderation.act(moderator, first.postId(), "APPROVE", "")).isEmpty();
			assertThat(forums.thread(first.threadId(), reader).posts()).isEqualTo(1);
			assertThat(forums.reply(established, forums.thread(first.threadId(), null), "Welcome").pending())
				.isFalse();

			// once published, a change by someone still under pre-moderation goes back to waiting
			Forums.Outcome changed = forums.edit(newcomer, first.postId(), "Buy my things");
			assertThat(changed.errors()).isEmpty();
			assertThat(changed.pending()).isTrue();
			assertThat(store.post(first.postId()).orElseThrow().state()).isEqualTo(PostState.PENDING);
			assertThatThrownBy(() -> forums.thread(first.threadId(), reader)).isInstanceOf(Forums.NotFound.class);
			assertThat(forums.threads(fixtures.forum(ward), null).threads()).noneMatch(t -> t.id() == first.threadId());
			assertThat(moderation.queue(moderator, forum).pending()).extracting(Post::id).contains(first.postId());

			assertThat(moderation.act(moderator, first.postId(), "APPROVE", "")).isEmpty();
			assertThat(forums.thread(first.threadId(), reader).posts()).isEqualTo(2);

			// an established account's change is published at once
			long reply = forums.posts(forums.thread(first.threadId(), null), 0, null).posts().get(1).id();
			Forums.Outcome welcome = forums.edit(established, reply, "Welcome to the ward");
			assertThat(welcome.pending()).isFalse();
			assertThat(store.post(reply).orElseThrow().state()).isEqualTo(PostState.PUBLISHED);
		}
		finally {
			moderation.settings(moderator, fixtures.forum(ward), null, "0", "0");
		}
	}

	@Test
	void moderatorsSeeWhatAReportedPostSaidBeforeItsAuthorChangedIt() throws Exception {
		Area ward = fixtures.wards().get(0);
		PersonId moderator = fixtures.person(ward.id(), true, "MODERATOR");
		PersonId author = fixtures.resident(ward);
		PersonId reader = fixtures.resident(ward);
		long thread = fixtures.thread(author, fixtures.forum(ward), ForumFixtures.unique("Heated"));
		long post = firstPost(thread);
		assertThat(forums.edit(author, post, "You are all idiots")).extracting(Forums.Outcome::ok).isEqualTo(true);
		assertThat(forums.report(reader, forums.post(post, reader), "Insults")).isEmpty();
		assertThat(forums.edit(author, post, "I disagree, politely")).extracting(Forums.Outcome::ok).isEqualTo(true);

		assertThat(moderation.queue(moderator, fixtures.forum(ward)).reports()).anyMatch(r -> r.postId() == post);
		assertThat(moderation.edits(moderator, store.post(post).orElseThrow())).extracting(PostEdit::previousBody)
			.hasSize(2).first().asString().startsWith("First post of Heated");
		assertThat(moderation.edits(moderator, store.post(post).orElseThrow())).extracting(PostEdit::previousBody)
			.last().isEqualTo("You are all idiots");
		assertThatThrownBy(() -> moderation.edits(reader, store.post(post).orElseThrow()))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

		// the demo moderator moderates Hackney, and so this ward: the post's page shows the earlier words
		Cookie session = new GroupsFixtures(mvc, jdbc, passwords).demo("moderator");
		mvc.perform(getAs(session, "/forums/posts/" + post + "/moderate"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("I disagree, politely")))
			.andExpect(content().string(containsString("Before its author changed it")))
			.andExpect(content().string(containsString("You are all idiots")));
		// nobody else sees them
		mvc.perform(get("/forums/threads/" + thread))
			.andExpect(content().string(not(containsString("You are all idiots"))));
	}

	@Test
	void aDeletedAccountsEarlierWordsGoWithItsPosts() {
		Area ward = fixtures.wards().get(0);
		PersonId author = fixtures.resident(ward);
		long post = firstPost(fixtures.thread(author, fixtures.forum(ward), ForumFixtures.unique("Leaving")));
		assertThat(forums.edit(author, post, "Changed my mind").ok()).isTrue();
		assertThat(store.edits(post)).hasSize(1);
		jdbc.sql("UPDATE people.account SET deleted_at = now(), email = :tomb WHERE id = :id")
			.param("tomb", "deleted-" + author.value() + "@deleted.invalid").param("id", author.value()).update();
		transactions.executeWithoutResult(tx -> events.publishEvent(new AccountDeleted(author)));
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20))
			.until(() -> store.post(post).orElseThrow().authorDeleted());
		assertThat(store.edits(post)).isEmpty();
		assertThat(body(post)).isEmpty();
	}

	@Test
	void theAuthorChangesAPostThroughItsPagesAndEveryoneElseIsToldWhyNot() throws Exception {
		GroupsFixtures people = new GroupsFixtures(mvc, jdbc, passwords);
		GroupsFixtures.Neighbour author = people.neighbour("Forum Editor");
		Forums.Outcome started = forums.startThread(author.id(), forums.area(ForumFixtures.HACKNEY),
				ForumFixtures.unique("Lost cat"), "Black cat lost near the park.");
		assertThat(started.ok()).isTrue();
		assertThat(started.pending()).isFalse();
		long post = started.postId();
		String edit = "/forums/posts/" + post + "/edit";

		mvc.perform(getAs(author.session(), "/forums/threads/" + started.threadId()))
			.andExpect(content().string(containsString("href=\"" + edit + "\"")));
		mvc.perform(getAs(author.session(), edit))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Change your post")))
			.andExpect(content().string(containsString("Black cat lost near the park.</textarea>")));

		// no CSRF token: refused, nothing changes
		mvc.perform(post(edit).with(GroupsFixtures.fromOwnAddress()).cookie(author.session()).param("body", "Forged"))
			.andExpect(status().isForbidden());
		mvc.perform(postAs(author.session(), edit).param("body", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("href=\"#body\"")))
			.andExpect(content().string(containsString("Enter your post")));
		mvc.perform(postAs(author.session(), edit).param("body", "z".repeat(5001)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Keep your post to 5,000 characters")));
		assertThat(body(post)).isEqualTo("Black cat lost near the park.");

		mvc.perform(postAs(author.session(), edit).param("body", "Black cat found, thank you!"))
			.andExpect(redirectedUrl("/forums/threads/" + started.threadId() + "?edited=" + post + "#post-" + post));
		assertThat(body(post)).isEqualTo("Black cat found, thank you!");
		mvc.perform(getAs(author.session(), "/forums/threads/" + started.threadId() + "?edited=" + post))
			.andExpect(content().string(containsString("Your post has been changed.")))
			.andExpect(content().string(containsString("Black cat found, thank you!")))
			.andExpect(content().string(containsString("Edited ")));

		// someone else: the page says so, in words, and offers no form
		Cookie resident = people.demo("resident");
		mvc.perform(getAs(resident, edit))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You can only change your own posts.")))
			.andExpect(content().string(not(containsString("<textarea"))));
		mvc.perform(postAs(resident, edit).param("body", "Vandalised"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You can only change your own posts.")));
		assertThat(body(post)).isEqualTo("Black cat found, thank you!");

		// too late: the same
		clock.advance(forums.editWindow().plusMinutes(1));
		mvc.perform(getAs(author.session(), "/forums/threads/" + started.threadId()))
			.andExpect(content().string(not(containsString("href=\"" + edit + "\""))));
		mvc.perform(postAs(author.session(), edit).param("body", "Later words"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A post can only be changed for 30 minutes")));
		assertThat(body(post)).isEqualTo("Black cat found, thank you!");

		// not signed in: sent to sign in; no such post: not found
		mvc.perform(get(edit))
			.andExpect(redirectedUrl("/sign-in"));
		mvc.perform(getAs(author.session(), "/forums/posts/999999999/edit")).andExpect(status().isNotFound());
		mvc.perform(getAs(author.session(), "/forums/posts/abc/edit")).andExpect(status().is4xxClientError());

		// suspended: the page says until when and why, as the reply form would
		assertThat(moderation.suspend(fixtures.demo("moderator"), post, "DAY", "Cooling off")).isEmpty();
		mvc.perform(getAs(author.session(), edit))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("suspended you from posting in this forum until")))
			.andExpect(content().string(containsString("Cooling off")))
			.andExpect(content().string(not(containsString("<textarea"))));
	}
}
