package org.bigsociety.participation.forums.web;

import java.util.List;
import java.util.Map;

import org.bigsociety.participation.forums.Forum;
import org.bigsociety.participation.forums.ForumModeration;
import org.bigsociety.participation.forums.ForumThread;
import org.bigsociety.participation.forums.Forums;
import org.bigsociety.participation.forums.Post;
import org.bigsociety.participation.forums.PostText;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Moderating a forum: its queue and settings, acting on one post, suspending its author, locking a thread and lifting
 * a suspension. The service refuses anyone who does not moderate that forum (403).
 */
@Controller
class ForumModerationController {

	record SettingsForm(Boolean membersOnly, String premoderatePosts, String premoderateDays) {
	}

	record ActionForm(String action, String reason) {
	}

	record SuspendForm(String period, String reason) {
	}

	record ReportRow(long postId, String reporter, String reason, String when) {
	}

	record SuspensionRow(long id, String person, String reason, String until) {
	}

	/** Words a post had before its author changed them, and when they were replaced. */
	record EarlierWords(String replacedAt, List<List<PostText.Segment>> lines) {
	}

	record LogRow(String when, String moderator, String action, Long postId, Long threadId, String subject,
			String reason) {
	}

	private final Forums forums;
	private final ForumModeration moderation;
	private final ForumViews views;
	private final People people;

	ForumModerationController(Forums forums, ForumModeration moderation, ForumViews views, People people) {
		this.forums = forums;
		this.moderation = moderation;
		this.views = views;
		this.people = people;
	}

	private PersonId person() {
		return people.currentPerson().orElseThrow(() -> new AccessDeniedException("Sign in to moderate"));
	}

	@GetMapping("/forums/areas/{gss}/moderation")
	String areaQueue(@PathVariable String gss, @RequestParam(name = "saved", required = false) String saved,
			Model model) {
		Forum forum = forums.area(gss);
		return queue(forum, settingsOf(forum), Map.of(), saved != null, model);
	}

	@GetMapping("/forums/groups/{slug}/moderation")
	String groupQueue(@PathVariable String slug, @RequestParam(name = "saved", required = false) String saved,
			Model model) {
		Forum forum = forums.group(slug);
		return queue(forum, settingsOf(forum), Map.of(), saved != null, model);
	}

	@PostMapping("/forums/areas/{gss}/moderation")
	String areaSettings(@PathVariable String gss, SettingsForm form, Model model) {
		return settings(forums.area(gss), form, model);
	}

	@PostMapping("/forums/groups/{slug}/moderation")
	String groupSettings(@PathVariable String slug, SettingsForm form, Model model) {
		return settings(forums.group(slug), form, model);
	}

	private static SettingsForm settingsOf(Forum forum) {
		return new SettingsForm(forum.membersOnlyReading(), Integer.toString(forum.premoderatePosts()),
				Integer.toString(forum.premoderateDays()));
	}

	private String settings(Forum forum, SettingsForm form, Model model) {
		Map<String, String> errors = moderation.settings(person(), forum, form.membersOnly(), form.premoderatePosts(),
				form.premoderateDays());
		if (!errors.isEmpty()) {
			return queue(forum, form, errors, false, model);
		}
		return "redirect:" + forum.path() + "/moderation?saved=1";
	}

	private String queue(Forum forum, SettingsForm form, Map<String, String> errors, boolean saved, Model model) {
		PersonId moderator = person();
		ForumModeration.Queue queue = moderation.queue(moderator, forum);
		model.addAttribute("forum", views.forum(forum));
		model.addAttribute("group", !forum.forArea());
		model.addAttribute("reports", queue.reports().stream()
			.map(r -> new ReportRow(r.postId(), views.name(r.reporter()), r.reason(), ForumViews.when(r.at())))
			.toList());
		model.addAttribute("pending", queue.pending().stream().map(p -> views.post(p, moderator, true)).toList());
		model.addAttribute("suspensions", queue.suspensions().stream()
			.map(s -> new SuspensionRow(s.id(), views.name(s.person()), s.reason(),
					s.until() == null ? null : ForumViews.when(s.until())))
			.toList());
		model.addAttribute("log", queue.log().stream()
			.map(l -> new LogRow(ForumViews.when(l.at()), views.name(l.moderator()), l.action(), l.postId(),
					l.threadId(), l.subject() == null ? null : views.name(l.subject()), l.reason()))
			.toList());
		model.addAttribute("form", new SettingsForm(Boolean.TRUE.equals(form.membersOnly()),
				form.premoderatePosts() == null ? "" : form.premoderatePosts(),
				form.premoderateDays() == null ? "" : form.premoderateDays()));
		model.addAttribute("errors", errors);
		model.addAttribute("saved", saved);
		return "participation/forums/moderation";
	}

	@GetMapping("/forums/posts/{id}/moderate")
	String post(@PathVariable long id, @RequestParam(name = "done", required = false) String done, Model model) {
		return post(id, new ActionForm("", ""), Map.of(), done, model);
	}

	@PostMapping("/forums/posts/{id}/moderate")
	String act(@PathVariable long id, ActionForm form, Model model) {
		PersonId moderator = person();
		Map<String, String> errors = moderation.act(moderator, id, form.action(), form.reason());
		if (!errors.isEmpty()) {
			return post(id, form, errors, null, model);
		}
		return "redirect:/forums/posts/" + id + "/moderate?done=" + form.action();
	}

	private String post(long id, ActionForm form, Map<String, String> errors, String done, Model model) {
		PersonId moderator = person();
		Post post = forums.post(id, moderator);
		ForumThread thread = forums.thread(post.threadId(), moderator);
		List<ReportRow> reports = moderation.reportsOn(moderator, post).stream()
			.map(r -> new ReportRow(r.postId(), views.name(r.reporter()), r.reason(), ForumViews.when(r.at())))
			.toList();
		model.addAttribute("forum", views.forum(forums.forumOf(thread)));
		model.addAttribute("thread", thread);
		model.addAttribute("post", views.post(post, moderator, true));
		model.addAttribute("reports", reports);
		model.addAttribute("edits", post.authorDeleted() ? List.of() : moderation.edits(moderator, post).stream()
			.map(e -> new EarlierWords(ForumViews.when(e.replacedAt()), e.text().lines()))
			.toList());
		model.addAttribute("actions", ForumModeration.Action.values());
		model.addAttribute("form", new ActionForm(form.action() == null ? "" : form.action(),
				form.reason() == null ? "" : form.reason()));
		model.addAttribute("errors", errors);
		model.addAttribute("done", done != null && done.matches("[A-Z]{1,10}") ? done : null);
		return "participation/forums/moderate";
	}

	@GetMapping("/forums/posts/{id}/suspend")
	String suspendForm(@PathVariable long id, Model model) {
		return suspend(id, new SuspendForm("", ""), Map.of(), model);
	}

	@PostMapping("/forums/posts/{id}/suspend")
	String suspend(@PathVariable long id, SuspendForm form, Model model) {
		PersonId moderator = person();
		Map<String, String> errors = moderation.suspend(moderator, id, form.period(), form.reason());
		if (!errors.isEmpty()) {
			return suspend(id, form, errors, model);
		}
		Post post = forums.post(id, moderator);
		return "redirect:" + forums.forum(post).path() + "/moderation?saved=suspended";
	}

	private String suspend(long id, SuspendForm form, Map<String, String> errors, Model model) {
		PersonId moderator = person();
		Post post = forums.post(id, moderator);
		Forum forum = forums.forum(post);
		moderation.check(moderator, forum);
		model.addAttribute("forum", views.forum(forum));
		model.addAttribute("post", views.post(post, moderator, true));
		model.addAttribute("periods", ForumModeration.Period.values());
		model.addAttribute("form", new SuspendForm(form.period() == null ? "" : form.period(),
				form.reason() == null ? "" : form.reason()));
		model.addAttribute("errors", errors);
		return "participation/forums/suspend";
	}

	@PostMapping("/forums/threads/{id}/lock")
	String lock(@PathVariable long id, @RequestParam(name = "locked", required = false) String locked) {
		PersonId moderator = person();
		ForumThread thread = forums.thread(id, moderator);
		if ("true".equals(locked) || "false".equals(locked)) {
			moderation.lock(moderator, thread, Boolean.parseBoolean(locked));
		}
		else {
			moderation.check(moderator, forums.forumOf(thread));
		}
		return "redirect:/forums/threads/" + id;
	}

	@PostMapping("/forums/suspensions/{id}/lift")
	String lift(@PathVariable long id, @RequestParam(name = "lift", required = false) String lift) {
		PersonId moderator = person();
		Forum forum = moderation.forumOfSuspension(moderator, id);
		if ("yes".equals(lift)) {
			moderation.lift(moderator, id);
		}
		return "redirect:" + forum.path() + "/moderation?saved=lifted";
	}
}
