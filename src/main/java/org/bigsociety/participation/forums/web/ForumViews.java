package org.bigsociety.participation.forums.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.bigsociety.participation.forums.Forum;
import org.bigsociety.participation.forums.ForumThread;
import org.bigsociety.participation.forums.Forums;
import org.bigsociety.participation.forums.Post;
import org.bigsociety.participation.forums.PostState;
import org.bigsociety.participation.forums.PostText;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.PersonSummary;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Turns forums, threads and posts into what the pages show: names (only what people made public), dates, lines. */
@Component
class ForumViews {

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	record ForumView(String name, String path, boolean area, boolean exists) {
	}

	record ThreadRow(long id, String title, String author, int replies, String lastActivity, boolean locked) {
	}

	/**
	 * @param edited when its author last changed it, or null
	 * @param editable whether the viewer may change it now (their own, within the time allowed)
	 */
	record PostView(long id, String author, boolean authorDeleted, String when, List<List<PostText.Segment>> lines,
			String state, String hiddenReason, boolean mine, boolean first, String edited, boolean editable) {

		public boolean hidden() {
			return "HIDDEN".equals(state);
		}

		public boolean pending() {
			return "PENDING".equals(state);
		}
	}

	private final People people;
	private final MessageSource messages;

	ForumViews(People people, MessageSource messages) {
		this.people = people;
		this.messages = messages;
	}

	ForumView forum(Forum forum) {
		return new ForumView(forum.name(), forum.path(), forum.forArea(), forum.exists());
	}

	String name(PersonId person) {
		return (person == null ? Optional.<PersonSummary>empty() : people.find(person))
			.map(PersonSummary::displayName)
			.orElseGet(() -> messages.getMessage("forums.deletedAccount", null, LocaleContextHolder.getLocale()));
	}

	static String when(Instant at) {
		return at == null ? "" : WHEN.format(at).replace("AM", "am").replace("PM", "pm");
	}

	/** The thread's title, or for others than its moderators a note that it is hidden with its first post. */
	String title(ForumThread thread, boolean moderator) {
		return thread.titleHidden() && !moderator
				? messages.getMessage("forums.thread.titleHidden", null, LocaleContextHolder.getLocale())
				: thread.title();
	}

	ThreadRow row(ForumThread thread, boolean moderator) {
		return new ThreadRow(thread.id(), title(thread, moderator), name(thread.author()), thread.replies(),
				when(thread.lastActivityAt()), thread.locked());
	}

	/** A post as the viewer sees it: moderators also see the words of hidden posts. */
	PostView post(Post post, PersonId viewer, boolean moderator) {
		return post(post, viewer, moderator, false);
	}

	/** The same, saying whether the viewer may change it now. */
	PostView post(Post post, PersonId viewer, boolean moderator, boolean editable) {
		boolean showWords = post.text() != null && (post.state() != PostState.HIDDEN || moderator);
		return new PostView(post.id(), name(post.author()), post.authorDeleted(), when(post.createdAt()),
				showWords ? post.text().lines() : List.of(), post.state().name(), post.hiddenReason(),
				viewer != null && viewer.equals(post.author()), post.first(),
				post.editedAt() == null || post.authorDeleted() ? null : when(post.editedAt()), editable);
	}

	/** No forum, thread or post at this address that this visitor may see. */
	@ControllerAdvice(basePackageClasses = ForumViews.class)
	static class NotFoundPages {

		@ExceptionHandler(Forums.NotFound.class)
		ModelAndView notFound() {
			ModelAndView page = new ModelAndView("error/404");
			page.setStatus(HttpStatus.NOT_FOUND);
			return page;
		}
	}
}
