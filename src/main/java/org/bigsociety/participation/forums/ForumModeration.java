package org.bigsociety.participation.forums;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bigsociety.people.PersonId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderating a forum: for an area's forum the moderators for that area, for a group's forum the group's administrators.
 * They see reported and waiting posts, hide a post (its reason shows in its place) and restore it, approve or reject a
 * waiting post, lock a thread, suspend an author from posting in the forum for a while or until lifted, and set
 * pre-moderation of new accounts. Every action goes in the forum's moderation log with who took it.
 */
@Service
public class ForumModeration {

	/** What a moderator may do to one post. */
	public enum Action {
		HIDE, RESTORE, APPROVE, REJECT, DISMISS
	}

	/** How long a suspension lasts; {@code INDEFINITE} lasts until a moderator lifts it. */
	public enum Period {
		DAY(Duration.ofDays(1)), WEEK(Duration.ofDays(7)), MONTH(Duration.ofDays(30)), INDEFINITE(null);

		final Duration length;

		Period(Duration length) {
			this.length = length;
		}
	}

	/** A forum's queue: open reports, waiting posts, suspensions in force, and the latest of the log. */
	public record Queue(List<Report> reports, List<Post> pending, List<Suspension> suspensions,
			List<LogEntry> log) {
	}

	private final Forums forums;
	private final ForumStore store;
	private final Clock clock;

	ForumModeration(Forums forums, ForumStore store, Clock clock) {
		this.forums = forums;
		this.store = store;
		this.clock = clock;
	}

	/** Refuses anyone who does not moderate the forum. */
	public void check(PersonId moderator, Forum forum) {
		if (!forums.moderates(moderator, forum)) {
			throw new AccessDeniedException("Only this forum's moderators may do that");
		}
	}

	public Queue queue(PersonId moderator, Forum forum) {
		check(moderator, forum);
		if (!forum.exists()) {
			return new Queue(List.of(), List.of(), List.of(), List.of());
		}
		return new Queue(store.openReports(forum.id(), 200), store.pending(forum.id(), 200),
				store.suspensionsInForce(forum.id(), clock.instant()), store.log(forum.id(), 50));
	}

	/** A post and its open reports, for its moderation page. */
	public List<Report> reportsOn(PersonId moderator, Post post) {
		check(moderator, forums.forum(post.forumId()));
		return store.openReportsOn(post.id());
	}

	/** The words the post had before its author changed them, oldest first: moderators see what was reported. */
	public List<PostEdit> edits(PersonId moderator, Post post) {
		check(moderator, forums.forum(post.forumId()));
		return store.edits(post.id());
	}

	/**
	 * Acts on a post. Errors (field to message key) and nothing changed if the action is missing, needs a reason that is
	 * missing, or does not fit the post's state (another moderator got there first).
	 */
	@Transactional
	public Map<String, String> act(PersonId moderator, long postId, String action, String reason) {
		Post post = store.post(postId).orElseThrow(Forums.NotFound::new);
		Forum forum = forums.forum(post.forumId());
		check(moderator, forum);
		Action what;
		try {
			what = Action.valueOf(action == null ? "" : action);
		}
		catch (IllegalArgumentException ex) {
			return Map.of("action", "forums.error.action");
		}
		String clean = reason == null ? "" : reason.strip();
		if (clean.length() > Forums.REASON_MAX) {
			return Map.of("reason", "forums.error.reasonLong");
		}
		if (what == Action.HIDE && clean.isEmpty()) {
			return Map.of("reason", "forums.error.hideReason");
		}
		Instant now = clock.instant();
		boolean done = switch (what) {
			case HIDE -> store.transition(postId, PostState.PUBLISHED, PostState.HIDDEN, clean);
			case RESTORE -> store.transition(postId, PostState.HIDDEN, PostState.PUBLISHED, null);
			case APPROVE -> {
				boolean approved = store.transition(postId, PostState.PENDING, PostState.PUBLISHED, null);
				if (approved) {
					store.published(post.threadId(), post.first(), now);
				}
				yield approved;
			}
			case REJECT -> store.transition(postId, PostState.PENDING, PostState.REJECTED, clean.isEmpty() ? null
					: clean);
			case DISMISS -> !store.openReportsOn(postId).isEmpty();
		};
		if (!done) {
			return Map.of("action", "forums.error.stateChanged");
		}
		if (post.first() && (what == Action.HIDE || what == Action.RESTORE)) {
			store.hideTitle(post.threadId(), what == Action.HIDE);
		}
		if (what == Action.HIDE || what == Action.DISMISS) {
			store.resolveReports(postId, now);
		}
		store.log(forum.id(), moderator, what.name(), postId, post.threadId(), post.author(),
				clean.isEmpty() ? null : clean, now);
		return Map.of();
	}

	/** Locks or unlocks a thread; false if it already was. */
	@Transactional
	public boolean lock(PersonId moderator, ForumThread thread, boolean locked) {
		Forum forum = forums.forumOf(thread);
		check(moderator, forum);
		if (thread.locked() == locked) {
			return false;
		}
		Instant now = clock.instant();
		store.lock(thread.id(), locked ? now : null);
		store.log(forum.id(), moderator, locked ? "LOCK" : "UNLOCK", null, thread.id(), null, null, now);
		return true;
	}

	/** Suspends the author of a post from posting in its forum. */
	@Transactional
	public Map<String, String> suspend(PersonId moderator, long postId, String period, String reason) {
		Post post = store.post(postId).orElseThrow(Forums.NotFound::new);
		Forum forum = forums.forum(post.forumId());
		check(moderator, forum);
		Map<String, String> errors = new LinkedHashMap<>();
		Period how = null;
		try {
			how = Period.valueOf(period == null ? "" : period);
		}
		catch (IllegalArgumentException ex) {
			errors.put("period", "forums.error.period");
		}
		String clean = reason == null ? "" : reason.strip();
		if (clean.isEmpty()) {
			errors.put("reason", "forums.error.suspendReason");
		}
		else if (clean.length() > Forums.REASON_MAX) {
			errors.put("reason", "forums.error.reasonLong");
		}
		if (post.author() == null) {
			errors.put("period", "forums.error.authorDeleted");
		}
		else if (post.author().equals(moderator)) {
			errors.put("period", "forums.error.suspendSelf");
		}
		if (!errors.isEmpty()) {
			return errors;
		}
		Instant now = clock.instant();
		Instant until = how.length == null ? null : now.plus(how.length);
		store.suspend(forum.id(), post.author(), clean, now, until);
		store.log(forum.id(), moderator, "SUSPEND_" + how.name(), postId, post.threadId(), post.author(), clean, now);
		return errors;
	}

	/** The forum a suspension is in, for one of its moderators. */
	public Forum forumOfSuspension(PersonId moderator, long suspensionId) {
		Suspension suspension = store.suspension(suspensionId).orElseThrow(Forums.NotFound::new);
		Forum forum = forums.forum(suspension.forumId());
		check(moderator, forum);
		return forum;
	}

	/** Lifts a suspension early; false if it was already lifted or over. */
	@Transactional
	public boolean lift(PersonId moderator, long suspensionId) {
		Suspension suspension = store.suspension(suspensionId).orElseThrow(Forums.NotFound::new);
		Forum forum = forums.forum(suspension.forumId());
		check(moderator, forum);
		Instant now = clock.instant();
		if (!store.lift(suspensionId, now)) {
			return false;
		}
		store.log(forum.id(), moderator, "LIFT", null, null, suspension.person(), null, now);
		return true;
	}

	/** Sets who may read (a group's forum only) and pre-moderation of new accounts. */
	@Transactional
	public Map<String, String> settings(PersonId moderator, Forum forum, Boolean membersOnly, String posts,
			String days) {
		check(moderator, forum);
		Map<String, String> errors = new LinkedHashMap<>();
		int n = number(posts, 0, 100, "premoderatePosts", errors);
		int d = number(days, 0, 365, "premoderateDays", errors);
		if (!errors.isEmpty()) {
			return errors;
		}
		boolean membersOnlyReading = !forum.forArea() && Boolean.TRUE.equals(membersOnly);
		Instant now = clock.instant();
		long id = forum.exists() ? forum.id() : store.ensureForum(forum.area() == null ? null : forum.area().value(),
				forum.organisation() == null ? null : forum.organisation().value(), now);
		store.settings(id, membersOnlyReading, n, d);
		store.log(id, moderator, "SETTINGS", null, null, null,
				(membersOnlyReading ? "members only" : "public") + "; first " + n + " posts of accounts younger than "
						+ d + " days wait",
				now);
		return errors;
	}

	private static int number(String value, int min, int max, String field, Map<String, String> errors) {
		try {
			int n = Integer.parseInt(value == null ? "" : value.strip());
			if (n >= min && n <= max) {
				return n;
			}
		}
		catch (NumberFormatException ex) {
			// falls through to the error
		}
		errors.put(field, "forums.error." + field);
		return 0;
	}
}
