package org.bigsociety.participation.forums;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bigsociety.groups.OrganisationId;
import org.bigsociety.groups.OrganisationSummary;
import org.bigsociety.groups.Organisations;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.Residence;
import org.bigsociety.people.Role;
import org.bigsociety.people.RoleScope;
import org.bigsociety.people.VerificationLevel;
import org.bigsociety.place.Area;
import org.bigsociety.place.AreaId;
import org.bigsociety.place.AreaType;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.bigsociety.platform.RateLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Community forums: finding an area's or a group's forum, reading its threads, starting threads, replying and
 * reporting. Who may post: someone signed in with a confirmed email who, for an area's forum, lives in the area (at
 * least {@link #AREA_LEVEL}) or, for a group's forum, is a member; not suspended there; not in a locked thread.
 * Moderation is {@link ForumModeration}.
 */
@Service
public class Forums {

	/** The residence an area's forum asks of those who post in it. */
	public static final VerificationLevel AREA_LEVEL = VerificationLevel.SELF_DECLARED;
	public static final int TITLE_MAX = 120;
	public static final int REASON_MAX = 500;
	public static final int THREADS_PER_PAGE = 20;
	public static final int POSTS_PER_PAGE = 25;

	/** No forum at this address that this visitor may see. */
	public static class NotFound extends RuntimeException {
	}

	/** What a visitor may do in a forum. {@code refusal} is null when they may post; {@code suspension} says why not. */
	public record Standing(Refusal refusal, Suspension suspension, boolean moderator, boolean mayRead) {

		public boolean mayPost() {
			return refusal == null;
		}

		public String suspensionReason() {
			return suspension == null ? null : suspension.reason();
		}

		public Instant suspendedUntil() {
			return suspension == null ? null : suspension.until();
		}
	}

	/** What a post or a new thread came to: errors (field to message key), or where it went and whether it waits. */
	public record Outcome(Map<String, String> errors, long threadId, long postId, boolean pending) {

		static Outcome refused(Map<String, String> errors) {
			return new Outcome(errors, 0, 0, false);
		}

		public boolean ok() {
			return errors.isEmpty();
		}
	}

	/** A forum in the list, with its visible threads and latest activity. */
	public record Listed(Forum forum, long threads, Instant latest) {
	}

	/** A page of threads, and the keyset position of the next page (null on the last). */
	public record ThreadPage(List<ForumThread> threads, String next) {
	}

	/** A page of a thread's posts, and the id after which the next page starts (null on the last). */
	public record PostPage(List<Post> posts, Long nextAfter) {
	}

	private final ForumStore store;
	private final Places places;
	private final Organisations organisations;
	private final People people;
	private final RateLimits limits;
	private final RateLimits.Allowance posting;
	private final Clock clock;
	private final Duration newAccount;
	private final int newAccountLinks;
	private final int links;
	private final Duration editWindow;

	Forums(ForumStore store, Places places, Organisations organisations, People people, RateLimits limits, Clock clock,
			@Value("${bigsociety.forums.posting.per-person:6}") int perPerson,
			@Value("${bigsociety.forums.posting.per-person-period:10m}") Duration period,
			@Value("${bigsociety.forums.new-account-days:7}") int newAccountDays,
			@Value("${bigsociety.forums.links.new-account:1}") int newAccountLinks,
			@Value("${bigsociety.forums.links.established:5}") int links,
			@Value("${bigsociety.forums.edit-window:30m}") Duration editWindow) {
		this.store = store;
		this.places = places;
		this.organisations = organisations;
		this.people = people;
		this.limits = limits;
		this.posting = new RateLimits.Allowance("forums.posting", perPerson, period);
		this.clock = clock;
		this.newAccount = Duration.ofDays(newAccountDays);
		this.newAccountLinks = newAccountLinks;
		this.links = links;
		this.editWindow = editWindow;
	}

	// finding forums

	/** The forum of the area with this GSS code (it may have no threads yet). */
	public Forum area(String gss) {
		GssCode code;
		try {
			code = new GssCode(gss);
		}
		catch (RuntimeException ex) {
			throw new NotFound();
		}
		Area area = places.byGssCode(code).filter(Forums::hasForum).orElseThrow(NotFound::new);
		return areaForum(area, store.forumByArea(area.id().value()).orElse(null));
	}

	/** The forum of the group whose profile is at {@code /groups/{slug}}. */
	public Forum group(String slug) {
		if (slug == null || slug.length() > 200) {
			throw new NotFound();
		}
		OrganisationSummary group = organisations.bySlug(slug).orElseThrow(NotFound::new);
		return groupForum(group, store.forumByOrganisation(group.id().value()).orElse(null));
	}

	/** The forum a thread is in. */
	public Forum forumOf(ForumThread thread) {
		return forum(thread.forumId());
	}

	/** The forum a post is in. */
	public Forum forum(Post post) {
		return forum(post.forumId());
	}

	Forum forum(long id) {
		return store.forum(id).flatMap(this::forum).orElseThrow(NotFound::new);
	}

	/** The area forums for a place and everything above it up to its council (those with a GSS code). */
	public List<Forum> areaForumsFor(AreaId area) {
		List<Forum> forums = new ArrayList<>();
		for (Area each : places.chain(area)) {
			if (hasForum(each)) {
				forums.add(areaForum(each, store.forumByArea(each.id().value()).orElse(null)));
			}
		}
		return forums;
	}

	/** Councils and the areas inside them have forums; nations and regions are too big for one. */
	private static boolean hasForum(Area area) {
		return area.gssCode().isPresent() && area.type().compareTo(AreaType.LOCAL_AUTHORITY) >= 0;
	}

	/** Every forum that has begun, areas first, with its activity; group forums only members may read are left out. */
	public List<Listed> list() {
		Map<Long, ForumStore.Activity> activity = new LinkedHashMap<>();
		store.activity().forEach(a -> activity.put(a.forumId(), a));
		List<Listed> listed = new ArrayList<>();
		for (ForumStore.ForumRow row : store.forums()) {
			if (row.membersOnlyReading()) {
				continue;
			}
			forum(row).ifPresent(forum -> {
				ForumStore.Activity a = activity.get(row.id());
				listed.add(new Listed(forum, a == null ? 0 : a.threads(), a == null ? null : a.latest()));
			});
		}
		return listed;
	}

	private Optional<Forum> forum(ForumStore.ForumRow row) {
		if (row.areaId() != null) {
			return places.area(new AreaId(row.areaId())).map(area -> areaForum(area, row));
		}
		return organisations.find(new OrganisationId(row.organisationId())).map(group -> groupForum(group, row));
	}

	private static Forum areaForum(Area area, ForumStore.ForumRow row) {
		String path = "/forums/areas/" + area.gssCode().map(GssCode::value).orElse("");
		return row == null ? new Forum(0, area.id(), null, area.name(), path, false, 0, 0)
				: new Forum(row.id(), area.id(), null, area.name(), path, false, row.premoderatePosts(),
						row.premoderateDays());
	}

	private static Forum groupForum(OrganisationSummary group, ForumStore.ForumRow row) {
		String path = "/forums/groups/" + group.profilePath().substring(group.profilePath().lastIndexOf('/') + 1);
		return row == null ? new Forum(0, null, group.id(), group.name(), path, false, 0, 0)
				: new Forum(row.id(), null, group.id(), group.name(), path, row.membersOnlyReading(),
						row.premoderatePosts(), row.premoderateDays());
	}

	// who may do what

	/** Whether the person moderates this forum: a moderator for the area, or an administrator of the group. */
	public boolean moderates(PersonId person, Forum forum) {
		if (person == null) {
			return false;
		}
		if (forum.forArea()) {
			return people.holds(person, Role.MODERATOR, RoleScope.area(forum.area()));
		}
		return organisations.isAdministrator(forum.organisation(), person);
	}

	/** What the visitor (null: not signed in) may do in the forum, and in the thread if one is given. */
	public Standing standing(PersonId person, Forum forum, ForumThread thread) {
		boolean moderator = moderates(person, forum);
		boolean mayRead = !forum.membersOnlyReading() || moderator
				|| person != null && organisations.isMember(forum.organisation(), person);
		if (person == null) {
			return new Standing(Refusal.SIGN_IN, null, false, mayRead);
		}
		Optional<Suspension> suspension = forum.exists()
				? store.suspensionInForce(forum.id(), person, clock.instant()) : Optional.empty();
		Refusal refusal = refusal(person, forum, moderator, suspension.isPresent());
		if (refusal == null && thread != null && thread.locked()) {
			refusal = Refusal.LOCKED;
		}
		return new Standing(refusal, suspension.orElse(null), moderator, mayRead);
	}

	private Refusal refusal(PersonId person, Forum forum, boolean moderator, boolean suspended) {
		Optional<Residence> residence = people.residence(person);
		if (residence.isEmpty() || !residence.get().emailConfirmed()) {
			return Refusal.CONFIRM_EMAIL;
		}
		if (suspended) {
			return Refusal.SUSPENDED;
		}
		if (moderator) {
			return null;
		}
		if (forum.forArea()) {
			Residence where = residence.get();
			boolean inArea = where.area() != null && where.atLeast(AREA_LEVEL)
					&& places.chain(where.area()).stream().anyMatch(a -> a.id().equals(forum.area()));
			return inArea ? null : Refusal.NOT_RESIDENT;
		}
		return organisations.isMember(forum.organisation(), person) ? null : Refusal.NOT_MEMBER;
	}

	/** The forum as this visitor may see it, or not found (a members-only group forum to others). */
	public Forum readable(Forum forum, PersonId viewer) {
		if (!standing(viewer, forum, null).mayRead()) {
			throw new NotFound();
		}
		return forum;
	}

	// reading

	/** A page of the forum's visible threads, newest activity first; {@code from} is a page's {@code next}. */
	public ThreadPage threads(Forum forum, String from) {
		if (!forum.exists()) {
			return new ThreadPage(List.of(), null);
		}
		Instant before = null;
		long beforeId = 0;
		if (from != null && !from.isBlank()) {
			String[] parts = from.split("-", 2);
			try {
				long millis = Long.parseLong(parts[0]);
				beforeId = Long.parseLong(parts[1]);
				// only moments the database can hold; anything else is not a marker this page gave out
				before = millis >= 0 && millis < 253_402_300_800_000L ? Instant.ofEpochMilli(millis) : null;
			}
			catch (RuntimeException ex) {
				before = null;
			}
		}
		List<ForumThread> threads = store.threads(forum.id(), before, beforeId, THREADS_PER_PAGE + 1);
		String next = null;
		if (threads.size() > THREADS_PER_PAGE) {
			threads = threads.subList(0, THREADS_PER_PAGE);
			ForumThread last = threads.get(THREADS_PER_PAGE - 1);
			next = last.lastActivityAt().toEpochMilli() + "-" + last.id();
		}
		return new ThreadPage(threads, next);
	}

	/** A thread this visitor may see: visible, or their own waiting one, or any to its moderators. */
	public ForumThread thread(long id, PersonId viewer) {
		ForumThread thread = (id > 0 ? store.thread(id) : Optional.<ForumThread>empty()).orElseThrow(NotFound::new);
		Forum forum = readable(forumOf(thread), viewer);
		if (!thread.visible() && !(viewer != null && viewer.equals(thread.author())) && !moderates(viewer, forum)) {
			throw new NotFound();
		}
		return thread;
	}

	/** A page of the thread's posts, oldest first, after the post id {@code after} (0: from the start). */
	public PostPage posts(ForumThread thread, long after, PersonId viewer) {
		boolean moderator = moderates(viewer, forumOf(thread));
		List<Post> posts = store.posts(thread.id(), Math.max(0, after), viewer, moderator, POSTS_PER_PAGE + 1);
		Long next = null;
		if (posts.size() > POSTS_PER_PAGE) {
			posts = posts.subList(0, POSTS_PER_PAGE);
			next = posts.get(POSTS_PER_PAGE - 1).id();
		}
		return new PostPage(posts, next);
	}

	/** A post this visitor may see (for reporting or moderating), or not found. */
	public Post post(long id, PersonId viewer) {
		Post post = (id > 0 ? store.post(id) : Optional.<Post>empty()).orElseThrow(NotFound::new);
		ForumThread thread = thread(post.threadId(), viewer);
		boolean own = viewer != null && viewer.equals(post.author());
		boolean shown = post.state() == PostState.PUBLISHED || post.state() == PostState.HIDDEN
				|| post.state() == PostState.PENDING && own;
		if (!shown && !moderates(viewer, forumOf(thread))) {
			throw new NotFound();
		}
		return post;
	}

	// posting

	/** Starts a thread with its first post. */
	@Transactional
	public Outcome startThread(PersonId person, Forum forum, String title, String body) {
		Map<String, String> errors = new LinkedHashMap<>();
		String cleanTitle = title == null ? "" : title.strip().replaceAll("\\s+", " ");
		if (cleanTitle.isEmpty()) {
			errors.put("title", "forums.error.titleBlank");
		}
		else if (cleanTitle.length() > TITLE_MAX) {
			errors.put("title", "forums.error.titleLong");
		}
		Standing standing = standing(person, forum, null);
		PostText text = text(person, body, standing, errors);
		if (!errors.isEmpty()) {
			return Outcome.refused(errors);
		}
		limits.consume(posting, "person:" + person.value());
		Instant now = clock.instant();
		long forumId = forum.exists() ? forum.id() : store.ensureForum(
				forum.area() == null ? null : forum.area().value(),
				forum.organisation() == null ? null : forum.organisation().value(), now);
		Forum current = forum.exists() ? forum : forum(forumId);
		boolean pending = waits(person, current, standing);
		long threadId = store.insertThread(forumId, cleanTitle, person, now);
		long postId = store.insertPost(threadId, forumId, person, text.value(), true,
				pending ? PostState.PENDING : PostState.PUBLISHED, now);
		if (!pending) {
			store.published(threadId, true, now);
		}
		return new Outcome(Map.of(), threadId, postId, pending);
	}

	/** Replies to a thread. */
	@Transactional
	public Outcome reply(PersonId person, ForumThread thread, String body) {
		Map<String, String> errors = new LinkedHashMap<>();
		Forum forum = forumOf(thread);
		Standing standing = standing(person, forum, thread);
		PostText text = text(person, body, standing, errors);
		if (!thread.visible()) {
			errors.putIfAbsent("body", "forums.error.threadWaiting");
		}
		if (!errors.isEmpty()) {
			return Outcome.refused(errors);
		}
		limits.consume(posting, "person:" + person.value());
		Instant now = clock.instant();
		boolean pending = waits(person, forum, standing);
		long postId = store.insertPost(thread.id(), forum.id(), person, text.value(), false,
				pending ? PostState.PENDING : PostState.PUBLISHED, now);
		if (!pending) {
			store.published(thread.id(), false, now);
		}
		return new Outcome(Map.of(), thread.id(), postId, pending);
	}

	/** The words checked against the rules; an error under {@code body} if they or the person fall short. */
	private PostText text(PersonId person, String body, Standing standing, Map<String, String> errors) {
		if (!standing.mayPost()) {
			errors.put("body", "forums.refusal." + standing.refusal().name());
			return null;
		}
		if (body == null || body.isBlank()) {
			errors.put("body", "forums.error.bodyBlank");
			return null;
		}
		PostText text;
		try {
			text = new PostText(body);
		}
		catch (IllegalArgumentException ex) {
			errors.put("body", "forums.error.bodyLong");
			return null;
		}
		int allowed = isNew(person) ? newAccountLinks : links;
		if (text.links() > allowed) {
			errors.put("body", allowed == 0 ? "forums.error.noLinks" : "forums.error.tooManyLinks." + (isNew(person)
					? "new" : "established"));
			return null;
		}
		return text;
	}

	/** How many links a post of this person may carry. */
	public int linksAllowed(PersonId person) {
		return isNew(person) ? newAccountLinks : links;
	}

	private boolean isNew(PersonId person) {
		return isNew(person, newAccount);
	}

	private boolean isNew(PersonId person, Duration window) {
		return store.registeredAt(person).map(at -> at.isAfter(clock.instant().minus(window))).orElse(false);
	}

	/** Pre-moderation: the first N posts of an account younger than D days wait, unless the author moderates. */
	private boolean waits(PersonId person, Forum forum, Standing standing) {
		if (standing.moderator() || !forum.premoderated()) {
			return false;
		}
		return isNew(person, Duration.ofDays(forum.premoderateDays()))
				&& store.postsLetThrough(forum.id(), person) < forum.premoderatePosts();
	}

	// changing a post

	/** How long after posting its author may change a post. */
	public Duration editWindow() {
		return editWindow;
	}

	/** Until when the post's author may change it. */
	public Instant editableUntil(Post post) {
		return post.createdAt().plus(editWindow);
	}

	/**
	 * Why the person may not change this post now, as a message key; empty if they may: it must be their own, not hidden
	 * or rejected, within {@link #editWindow()} of posting, and they must still be allowed to post there ({@code
	 * standing} in the post's thread: not suspended, the thread not locked, and so on).
	 */
	public Optional<String> whyNotEdit(PersonId person, Post post, Standing standing) {
		if (person == null || !person.equals(post.author())) {
			return Optional.of("forums.edit.refusal.notYours");
		}
		if (post.state() == PostState.HIDDEN || post.state() == PostState.REJECTED) {
			return Optional.of("forums.edit.refusal.hidden");
		}
		if (!standing.mayPost()) {
			return Optional.of("forums.refusal." + standing.refusal().name());
		}
		if (!clock.instant().isBefore(editableUntil(post))) {
			return Optional.of("forums.edit.refusal.tooLate");
		}
		return Optional.empty();
	}

	/** The same, for a post on its own: the person's standing in its thread is looked up. */
	public Optional<String> whyNotEdit(PersonId person, Post post) {
		ForumThread thread = store.thread(post.threadId()).orElseThrow(NotFound::new);
		return whyNotEdit(person, post, standing(person, forumOf(thread), thread));
	}

	/**
	 * The author changes a post's words, under the rules for posting (length, links, rate, pre-moderation: if their posts
	 * would wait for a moderator, the changed post waits again). The earlier words are kept for moderators. Errors under
	 * {@code post} when the person may not change it ({@link #whyNotEdit}), under {@code body} for the words; either
	 * way nothing changes. Words that are the same as before change nothing either.
	 */
	@Transactional
	public Outcome edit(PersonId person, long postId, String body) {
		Post post = post(postId, person);
		ForumThread thread = store.thread(post.threadId()).orElseThrow(NotFound::new);
		Forum forum = forumOf(thread);
		Standing standing = standing(person, forum, thread);
		Optional<String> whyNot = whyNotEdit(person, post, standing);
		if (whyNot.isPresent()) {
			return Outcome.refused(Map.of("post", whyNot.get()));
		}
		Map<String, String> errors = new LinkedHashMap<>();
		PostText text = text(person, body, standing, errors);
		if (!errors.isEmpty()) {
			return Outcome.refused(errors);
		}
		if (text.value().equals(post.body())) {
			return new Outcome(Map.of(), thread.id(), post.id(), post.state() == PostState.PENDING);
		}
		limits.consume(posting, "edit:" + person.value());
		boolean pending = post.state() == PostState.PENDING || waits(person, forum, standing);
		PostState to = pending ? PostState.PENDING : post.state();
		if (!store.edit(post.id(), post.state(), to, text.value(), clock.instant())) {
			return Outcome.refused(Map.of("post", "forums.edit.refusal.changed"));
		}
		if (post.state() == PostState.PUBLISHED && to == PostState.PENDING) {
			store.unpublished(thread.id(), post.first());
		}
		return new Outcome(Map.of(), thread.id(), post.id(), pending);
	}

	// reporting

	/** Reports a post to the forum's moderators. Errors under {@code reason}; reporting twice keeps the first. */
	@Transactional
	public Map<String, String> report(PersonId person, Post post, String reason) {
		String clean = reason == null ? "" : reason.strip();
		if (clean.isEmpty()) {
			return Map.of("reason", "forums.error.reasonBlank");
		}
		if (clean.length() > REASON_MAX) {
			return Map.of("reason", "forums.error.reasonLong");
		}
		limits.consume(posting, "report:" + person.value());
		store.report(post.id(), post.forumId(), person, clean, clock.instant());
		return Map.of();
	}
}
