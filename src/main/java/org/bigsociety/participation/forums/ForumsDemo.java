package org.bigsociety.participation.forums;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bigsociety.groups.OrganisationSummary;
import org.bigsociety.groups.Organisations;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.Role;
import org.bigsociety.people.RoleScope;
import org.bigsociety.place.Area;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.bigsociety.platform.DemoContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's forums, with fixed ids so links and tests can use them (docs/forums.md lists them): Hackney's forum (1),
 * with new accounts' first two posts pre-moderated, and the Mapledene Road Residents' Association's forum (2), run by
 * the demo group administrator. Threads and replies by made-up residents, one reported post and one hidden post, a
 * suspension, and the log lines of the moderator's actions.
 */
@Component
class ForumsDemo implements DemoContent {

	static final long HACKNEY_FORUM = 1;
	static final long GROUP_FORUM = 2;
	static final String GROUP = "mapledene-road-residents-association";
	/** A published reply in Hackney's forum that a resident reported. */
	static final long REPORTED_POST = 3;
	/** A reply in Hackney's forum a moderator hid. */
	static final long HIDDEN_POST = 5;
	static final long SUSPENSION = 1;

	private final JdbcClient jdbc;
	private final Places places;
	private final People people;
	private final Organisations organisations;
	private final Clock clock;

	ForumsDemo(JdbcClient jdbc, Places places, People people, Organisations organisations, Clock clock) {
		this.jdbc = jdbc;
		this.places = places;
		this.people = people;
		this.organisations = organisations;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "participation: Hackney forums";
	}

	@Override
	public int order() {
		return 66;
	}

	@Override
	public void load() {
		Optional<Area> hackney = places.byGssCode(new GssCode("E09000012"));
		Optional<OrganisationSummary> group = organisations.bySlug(GROUP);
		if (hackney.isEmpty() || group.isEmpty()) {
			return;
		}
		RoleScope scope = RoleScope.area(hackney.get().id());
		List<PersonId> residents = people.livingIn(hackney.get().id(), 1000);
		Optional<PersonId> moderator = residents.stream()
			.filter(p -> people.holds(p, Role.MODERATOR, scope) && !people.holds(p, Role.ADMINISTRATOR, RoleScope.platform()))
			.findFirst();
		Optional<PersonId> groupAdmin = residents.stream()
			.filter(p -> organisations.isAdministrator(group.get().id(), p)
					&& !people.holds(p, Role.ADMINISTRATOR, RoleScope.platform()))
			.findFirst();
		List<PersonId> neighbours = residents.stream().limit(40).toList();
		List<PersonId> members = residents.stream().filter(p -> organisations.isMember(group.get().id(), p)).limit(5)
			.toList();
		if (moderator.isEmpty() || groupAdmin.isEmpty() || neighbours.size() < 10 || members.size() < 3) {
			return;
		}
		Instant now = clock.instant();
		jdbc.sql("""
				INSERT INTO participation.forum (id, area_id, premoderate_posts, premoderate_days, created_at)
				VALUES (:id, :area, 2, 7, :at)""")
			.param("id", HACKNEY_FORUM).param("area", hackney.get().id().value()).param("at", at(now, 30 * 24))
			.update();
		jdbc.sql("""
				INSERT INTO participation.forum (id, organisation_id, created_at) VALUES (:id, :org, :at)""")
			.param("id", GROUP_FORUM).param("org", group.get().id().value()).param("at", at(now, 20 * 24)).update();

		thread(1, HACKNEY_FORUM, "Broken street light on Mare Street near the library", neighbours.get(0), now, 72);
		post(1, 1, HACKNEY_FORUM, neighbours.get(0), true, """
				The street light outside number 210 Mare Street has been out for two weeks. It is very dark walking back from the station.
				Has anyone reported it? The council's page is https://hackney.gov.uk/street-lighting""", now, 72);
		post(2, 1, HACKNEY_FORUM, neighbours.get(1), false,
				"I reported it last Tuesday and got a reference number. They said ten working days.", now, 70);
		post(3, 1, HACKNEY_FORUM, neighbours.get(2), false,
				"Typical. Nobody at the council ever does anything, they are all useless and should be sacked.", now, 60);
		post(4, 1, HACKNEY_FORUM, neighbours.get(0), false,
				"Thank you! I will add my report to yours so they see it matters.", now, 50);
		post(5, 1, HACKNEY_FORUM, neighbours.get(3), false,
				"Buy cheap phones here!!! http://spam.example.com/offer", now, 48);
		threadTotals(1, 5, now, 48);

		thread(2, HACKNEY_FORUM, "Street lunch on London Fields this summer?", neighbours.get(4), now, 40);
		post(6, 2, HACKNEY_FORUM, neighbours.get(4), true, """
				Would anyone like to help organise a street lunch on the east side of London Fields in July?
				We need tables, a road closure form and someone with a gazebo.""", now, 40);
		post(7, 2, HACKNEY_FORUM, neighbours.get(5), false, "I have a gazebo and two folding tables. Count me in.", now,
				30);
		post(8, 2, HACKNEY_FORUM, neighbours.get(6), false,
				"The council has a street party form, it takes about six weeks. I can fill it in.", now, 20);
		threadTotals(2, 3, now, 20);

		thread(3, HACKNEY_FORUM, "Bins on Well Street collected late again", neighbours.get(7), now, 10);
		post(9, 3, HACKNEY_FORUM, neighbours.get(7), true,
				"Our recycling has not been collected for three weeks. Is it just us?", now, 10);
		threadTotals(3, 1, now, 10);
		jdbc.sql("UPDATE participation.forum_thread SET locked_at = :at WHERE id = 3").param("at", at(now, 5)).update();

		thread(4, GROUP_FORUM, "Planting day: which Saturday?", groupAdmin.get(), now, 26);
		post(10, 4, GROUP_FORUM, groupAdmin.get(), true, """
				We have twenty free trees from the council's tree scheme. Which Saturday suits everyone for planting?
				Please say which of the first three Saturdays in March you can do.""", now, 26);
		post(11, 4, GROUP_FORUM, members.get(1), false, "The first Saturday is best for me. I can bring spades.", now,
				20);
		post(12, 4, GROUP_FORUM, members.get(2), false, "Second or third, I am away on the first.", now, 12);
		threadTotals(4, 3, now, 12);

		jdbc.sql("""
				INSERT INTO participation.forum_report (post_id, forum_id, reporter_id, reason, created_at)
				VALUES (3, 1, :reporter, 'Rude about council staff, and not about the street light.', :at)""")
			.param("reporter", neighbours.get(1).value()).param("at", at(now, 55)).update();
		jdbc.sql("""
				UPDATE participation.forum_post SET state = 'HIDDEN', hidden_reason = 'Advertising: this forum is for neighbours, not for selling.'
				WHERE id = 5""").update();
		jdbc.sql("""
				INSERT INTO participation.forum_suspension (id, forum_id, person_id, reason, starts_at, until)
				VALUES (:id, 1, :person, 'Posting advertising links.', :from, :until)""")
			.param("id", SUSPENSION).param("person", neighbours.get(3).value()).param("from", at(now, 47))
			.param("until", Timestamp.from(now.minus(Duration.ofHours(47)).plus(Duration.ofDays(30)))).update();
		log(moderator.get(), "HIDE", 5L, 1L, neighbours.get(3), "Advertising: this forum is for neighbours, not for selling.", now, 47);
		log(moderator.get(), "SUSPEND_MONTH", 5L, 1L, neighbours.get(3), "Posting advertising links.", now, 47);
		log(moderator.get(), "LOCK", null, 3L, null, null, now, 5);
	}

	private void thread(long id, long forum, String title, PersonId author, Instant now, int hoursAgo) {
		jdbc.sql("""
				INSERT INTO participation.forum_thread (id, forum_id, title, author_id, created_at, last_activity_at, visible)
				VALUES (:id, :forum, :title, :author, :at, :at, TRUE)""")
			.param("id", id).param("forum", forum).param("title", title).param("author", author.value())
			.param("at", at(now, hoursAgo)).update();
	}

	private void threadTotals(long thread, int posts, Instant now, int lastHoursAgo) {
		jdbc.sql("UPDATE participation.forum_thread SET posts = :posts, last_activity_at = :at WHERE id = :id")
			.param("posts", posts).param("at", at(now, lastHoursAgo)).param("id", thread).update();
	}

	private void post(long id, long thread, long forum, PersonId author, boolean first, String body, Instant now,
			int hoursAgo) {
		jdbc.sql("""
				INSERT INTO participation.forum_post (id, thread_id, forum_id, author_id, body, first, state, created_at)
				VALUES (:id, :thread, :forum, :author, :body, :first, 'PUBLISHED', :at)""")
			.param("id", id).param("thread", thread).param("forum", forum).param("author", author.value())
			.param("body", body.strip()).param("first", first).param("at", at(now, hoursAgo)).update();
	}

	private void log(PersonId moderator, String action, Long post, Long thread, PersonId subject, String reason,
			Instant now, int hoursAgo) {
		jdbc.sql("""
				INSERT INTO participation.forum_moderation_log
				       (forum_id, moderator_id, action, post_id, thread_id, subject_id, reason, at)
				VALUES (1, :moderator, :action, :post, :thread, :subject, :reason, :at)""")
			.param("moderator", moderator.value()).param("action", action).param("post", post)
			.param("thread", thread).param("subject", subject == null ? null : subject.value())
			.param("reason", reason).param("at", at(now, hoursAgo)).update();
	}

	private static Timestamp at(Instant now, int hoursAgo) {
		return Timestamp.from(now.minus(Duration.ofHours(hoursAgo)));
	}
}
