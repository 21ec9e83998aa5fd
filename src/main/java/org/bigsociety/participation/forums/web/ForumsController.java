package org.bigsociety.participation.forums.web;

import java.util.List;
import java.util.Map;

import org.bigsociety.participation.forums.Forum;
import org.bigsociety.participation.forums.ForumThread;
import org.bigsociety.participation.forums.Forums;
import org.bigsociety.participation.forums.Post;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.Doorstep;
import org.bigsociety.place.Places;
import org.bigsociety.place.Postcode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The forums' public pages: the list of forums (and finding your area's by postcode), a forum's threads, starting a
 * thread, a thread with its replies, replying and reporting a post.
 */
@Controller
class ForumsController {

	record ThreadForm(String title, String body) {
	}

	record ReplyForm(String body) {
	}

	record ReportForm(String reason) {
	}

	record EditForm(String body) {
	}

	record Listed(String name, String path, boolean area, long threads, String latest) {
	}

	private final Forums forums;
	private final ForumViews views;
	private final People people;
	private final Places places;

	ForumsController(Forums forums, ForumViews views, People people, Places places) {
		this.forums = forums;
		this.views = views;
		this.people = people;
		this.places = places;
	}

	private PersonId viewer() {
		return people.currentPerson().orElse(null);
	}

	private PersonId signedIn() {
		return people.currentPerson().orElseThrow(() -> new AccessDeniedException("Sign in to post"));
	}

	@GetMapping("/forums")
	String list(@RequestParam(name = "postcode", required = false) String postcode, Model model) {
		model.addAttribute("forums", forums.list().stream()
			.map(l -> new Listed(l.forum().name(), l.forum().path(), l.forum().forArea(), l.threads(),
					ForumViews.when(l.latest())))
			.toList());
		model.addAttribute("postcode", postcode == null ? "" : postcode);
		Map<String, String> errors = Map.of();
		List<ForumViews.ForumView> near = List.of();
		if (postcode != null) {
			Doorstep doorstep = null;
			try {
				doorstep = places.locate(Postcode.parse(postcode)).orElse(null);
				if (doorstep == null) {
					errors = Map.of("postcode", "forums.error.postcodeUnknown");
				}
			}
			catch (IllegalArgumentException ex) {
				errors = Map.of("postcode", "forums.error.postcode");
			}
			if (doorstep != null) {
				near = forums.areaForumsFor(doorstep.smallest().id()).stream().map(views::forum).toList();
			}
		}
		model.addAttribute("near", near);
		model.addAttribute("errors", errors);
		return "participation/forums/list";
	}

	@GetMapping("/forums/areas/{gss}")
	String area(@PathVariable String gss, @RequestParam(name = "from", required = false) String from, Model model) {
		return forum(forums.area(gss), from, model);
	}

	@GetMapping("/forums/groups/{slug}")
	String group(@PathVariable String slug, @RequestParam(name = "from", required = false) String from, Model model) {
		return forum(forums.group(slug), from, model);
	}

	private String forum(Forum forum, String from, Model model) {
		PersonId viewer = viewer();
		forums.readable(forum, viewer);
		Forums.ThreadPage page = forums.threads(forum, from);
		model.addAttribute("forum", views.forum(forum));
		Forums.Standing standing = forums.standing(viewer, forum, null);
		model.addAttribute("threads", page.threads().stream().map(t -> views.row(t, standing.moderator())).toList());
		model.addAttribute("next", page.next());
		model.addAttribute("firstPage", from == null || from.isBlank());
		model.addAttribute("standing", standing);
		model.addAttribute("until", until(standing));
		return "participation/forums/forum";
	}

	@GetMapping({ "/forums/areas/{gss}/new" })
	String newAreaThread(@PathVariable String gss, Model model) {
		return newThread(forums.area(gss), new ThreadForm("", ""), Map.of(), model);
	}

	@GetMapping({ "/forums/groups/{slug}/new" })
	String newGroupThread(@PathVariable String slug, Model model) {
		return newThread(forums.group(slug), new ThreadForm("", ""), Map.of(), model);
	}

	@PostMapping("/forums/areas/{gss}/new")
	String startAreaThread(@PathVariable String gss, ThreadForm form, Model model) {
		return start(forums.area(gss), form, model);
	}

	@PostMapping("/forums/groups/{slug}/new")
	String startGroupThread(@PathVariable String slug, ThreadForm form, Model model) {
		return start(forums.group(slug), form, model);
	}

	private String start(Forum forum, ThreadForm form, Model model) {
		PersonId person = signedIn();
		forums.readable(forum, person);
		Forums.Outcome outcome = forums.startThread(person, forum, form.title(), form.body());
		if (!outcome.ok()) {
			return newThread(forum, form, outcome.errors(), model);
		}
		return "redirect:/forums/threads/" + outcome.threadId() + (outcome.pending() ? "?waiting=" + outcome.postId()
				: "");
	}

	private String newThread(Forum forum, ThreadForm form, Map<String, String> errors, Model model) {
		PersonId person = signedIn();
		forums.readable(forum, person);
		model.addAttribute("forum", views.forum(forum));
		Forums.Standing standing = forums.standing(person, forum, null);
		model.addAttribute("standing", standing);
		model.addAttribute("until", until(standing));
		model.addAttribute("form", new ThreadForm(form.title() == null ? "" : form.title(),
				form.body() == null ? "" : form.body()));
		model.addAttribute("errors", errors);
		model.addAttribute("links", forums.linksAllowed(person));
		model.addAttribute("titleMax", Forums.TITLE_MAX);
		return "participation/forums/new";
	}

	private static String until(Forums.Standing standing) {
		return standing.suspendedUntil() == null ? null : ForumViews.when(standing.suspendedUntil());
	}

	@GetMapping("/forums/threads/{id}")
	String thread(@PathVariable long id, @RequestParam(name = "after", required = false) Long after,
			@RequestParam(name = "waiting", required = false) Long waiting,
			@RequestParam(name = "reported", required = false) Long reported,
			@RequestParam(name = "edited", required = false) Long edited, Model model) {
		model.addAttribute("edited", edited);
		return thread(id, after == null ? 0 : after, new ReplyForm(""), Map.of(), waiting, reported, model);
	}

	@PostMapping("/forums/threads/{id}/replies")
	String reply(@PathVariable long id, ReplyForm form, Model model) {
		PersonId person = signedIn();
		ForumThread thread = forums.thread(id, person);
		Forums.Outcome outcome = forums.reply(person, thread, form.body());
		if (!outcome.ok()) {
			return thread(id, 0, form, outcome.errors(), null, null, model);
		}
		return "redirect:" + where(thread, outcome, null);
	}

	/**
	 * The thread page showing a post just written or changed: a short thread whole, a long one from the post on, so the
	 * author sees where it went; with the banner for a post that waits, or the one named {@code done}.
	 */
	private static String where(ForumThread thread, Forums.Outcome outcome, String done) {
		String page = thread.posts() < Forums.POSTS_PER_PAGE ? "" : "after=" + (outcome.postId() - 1);
		String banner = outcome.pending() ? "waiting=" + outcome.postId()
				: done == null ? "" : done + "=" + outcome.postId();
		String query = page.isEmpty() ? banner : banner.isEmpty() ? page : page + "&" + banner;
		return "/forums/threads/" + thread.id() + (query.isEmpty() ? "" : "?" + query) + "#post-" + outcome.postId();
	}

	private String thread(long id, long after, ReplyForm form, Map<String, String> errors, Long waiting,
			Long reported, Model model) {
		PersonId viewer = viewer();
		ForumThread thread = forums.thread(id, viewer);
		Forum forum = forums.forumOf(thread);
		Forums.Standing standing = forums.standing(viewer, forum, thread);
		Forums.PostPage page = forums.posts(thread, after, viewer);
		model.addAttribute("forum", views.forum(forum));
		model.addAttribute("thread", thread);
		model.addAttribute("title", views.title(thread, standing.moderator()));
		model.addAttribute("posts", page.posts().stream()
			.map(p -> views.post(p, viewer, standing.moderator(), forums.whyNotEdit(viewer, p, standing).isEmpty()))
			.toList());
		model.addAttribute("next", page.nextAfter());
		model.addAttribute("firstPage", after <= 0);
		model.addAttribute("standing", standing);
		model.addAttribute("signedIn", viewer != null);
		model.addAttribute("form", new ReplyForm(form.body() == null ? "" : form.body()));
		model.addAttribute("errors", errors);
		model.addAttribute("waiting", waiting);
		model.addAttribute("reported", reported);
		model.addAttribute("until", until(standing));
		return "participation/forums/thread";
	}

	@GetMapping("/forums/posts/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		PersonId person = signedIn();
		Post post = forums.post(id, person);
		return edit(post, new EditForm(post.body()), forums.whyNotEdit(person, post).orElse(null), Map.of(), model);
	}

	@PostMapping("/forums/posts/{id}/edit")
	String edit(@PathVariable long id, EditForm form, Model model) {
		PersonId person = signedIn();
		Forums.Outcome outcome = forums.edit(person, id, form.body());
		if (!outcome.ok()) {
			Post post = forums.post(id, person);
			Map<String, String> errors = outcome.errors();
			return edit(post, form, errors.get("post"), errors.containsKey("post") ? Map.of() : errors, model);
		}
		return "redirect:" + where(forums.thread(outcome.threadId(), person), outcome, "edited");
	}

	/** The form to change a post, or (with {@code refusal}, a message key) why it cannot be changed. */
	private String edit(Post post, EditForm form, String refusal, Map<String, String> errors, Model model) {
		PersonId person = signedIn();
		ForumThread thread = forums.thread(post.threadId(), person);
		Forums.Standing standing = forums.standing(person, forums.forumOf(thread), thread);
		model.addAttribute("post", views.post(post, person, false));
		model.addAttribute("thread", thread);
		model.addAttribute("threadTitle", views.title(thread, false));
		model.addAttribute("refusal", refusal);
		model.addAttribute("standing", standing);
		model.addAttribute("until", until(standing));
		model.addAttribute("minutes", forums.editWindow().toMinutes());
		model.addAttribute("editableUntil", ForumViews.when(forums.editableUntil(post)));
		model.addAttribute("links", forums.linksAllowed(person));
		model.addAttribute("form", new EditForm(form.body() == null ? "" : form.body()));
		model.addAttribute("errors", errors);
		return "participation/forums/edit";
	}

	@GetMapping("/forums/posts/{id}/report")
	String reportForm(@PathVariable long id, Model model) {
		return report(id, new ReportForm(""), Map.of(), model);
	}

	@PostMapping("/forums/posts/{id}/report")
	String report(@PathVariable long id, ReportForm form, Model model) {
		PersonId person = signedIn();
		Post post = forums.post(id, person);
		Map<String, String> errors = forums.report(person, post, form.reason());
		if (!errors.isEmpty()) {
			return report(id, form, errors, model);
		}
		return "redirect:/forums/threads/" + post.threadId() + "?reported=" + id;
	}

	private String report(long id, ReportForm form, Map<String, String> errors, Model model) {
		PersonId person = signedIn();
		Post post = forums.post(id, person);
		ForumThread thread = forums.thread(post.threadId(), person);
		model.addAttribute("post", views.post(post, person, false));
		model.addAttribute("thread", thread);
		model.addAttribute("threadTitle", views.title(thread, false));
		model.addAttribute("form", new ReportForm(form.reason() == null ? "" : form.reason()));
		model.addAttribute("errors", errors);
		return "participation/forums/report";
	}
}
