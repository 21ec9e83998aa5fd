package org.bigsociety.action.volunteering;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.bigsociety.action.events.NotFound;
import org.bigsociety.action.events.Typed;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applying for a role, and the poster's decision. One live application per person and role; a role never has more
 * people accepted than it has places. Decisions are mailed to the applicant.
 */
@Service
public class Applications {

	static final int MAX_MESSAGE = 2000;

	private static final String COLUMNS = """
			a.id, a.role_id, r.opportunity_id, a.person_id, a.message, a.status, a.applied_at, a.decided_at""";

	private final JdbcClient jdbc;
	private final Opportunities opportunities;
	private final People people;
	private final ApplicationEventPublisher publisher;
	private final MessageSource messages;
	private final String baseUrl;
	private final Clock clock;

	Applications(JdbcClient jdbc, Opportunities opportunities, People people, ApplicationEventPublisher publisher,
			MessageSource messages, @Value("${bigsociety.base-url}") String baseUrl, Clock clock) {
		this.jdbc = jdbc;
		this.opportunities = opportunities;
		this.people = people;
		this.publisher = publisher;
		this.messages = messages;
		this.baseUrl = baseUrl;
		this.clock = clock;
	}

	/** Applies for a role; answers the error to show (field id to message key), if any. */
	@Transactional
	public Optional<String> apply(long opportunityId, String roleId, PersonId person, String message) {
		Opportunity opportunity = opportunities.get(opportunityId);
		Optional<Long> role = Typed.id(roleId)
			.filter(id -> opportunity.roles().stream().anyMatch(r -> r.id() == id));
		String text = Typed.trimmed(message);
		if (!opportunity.open()) {
			return Optional.of("action.apply.closed");
		}
		if (role.isEmpty()) {
			return Optional.of("action.apply.role.missing");
		}
		if (text.length() > MAX_MESSAGE) {
			return Optional.of("action.apply.message.long");
		}
		int inserted = jdbc.sql("""
				INSERT INTO action.application AS a (role_id, person_id, message, status, applied_at)
				VALUES (:role, :person, :message, 'APPLIED', :now)
				ON CONFLICT (role_id, person_id) WHERE person_id IS NOT NULL DO UPDATE
				SET status = 'APPLIED', message = excluded.message, applied_at = excluded.applied_at, decided_at = NULL
				WHERE a.status IN ('WITHDRAWN', 'DECLINED')""")
			.param("role", role.get())
			.param("person", person.value())
			.param("message", text)
			.param("now", Timestamp.from(clock.instant()))
			.update();
		return inserted == 0 ? Optional.of("action.apply.already") : Optional.empty();
	}

	/** The applicant withdraws; answers false if it was not theirs to withdraw or already settled. */
	@Transactional
	public boolean withdraw(long id, PersonId person) {
		Application application = get(id);
		if (!person.equals(application.person())) {
			throw new AccessDeniedException("Not your application");
		}
		return jdbc.sql("""
				UPDATE action.application SET status = 'WITHDRAWN', decided_at = :now
				WHERE id = :id AND status IN ('APPLIED', 'ACCEPTED')""")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", id)
			.update() == 1;
	}

	/**
	 * The poster (or the group's administrators) accepts or declines. Answers the error to show, if any: a role
	 * never has more people accepted than places.
	 */
	@Transactional
	public Optional<String> decide(long id, PersonId by, boolean accept) {
		Application application = get(id);
		Opportunity opportunity = opportunities.get(application.opportunityId());
		opportunities.requireManager(by, opportunity);
		// One decision at a time per role, so two accepts cannot both take its last place.
		jdbc.sql("SELECT id FROM action.opportunity_role WHERE id = :role FOR UPDATE")
			.param("role", application.roleId())
			.query(Long.class)
			.single();
		Application current = get(id);
		if (current.status() != Application.Status.APPLIED) {
			return Optional.of("action.decide.settled");
		}
		if (accept) {
			int places = opportunity.roles().stream().filter(r -> r.id() == current.roleId()).findFirst()
				.orElseThrow().places();
			int accepted = jdbc.sql("SELECT count(*) FROM action.application WHERE role_id = :role AND status = 'ACCEPTED'")
				.param("role", current.roleId())
				.query(Integer.class)
				.single();
			if (accepted >= places) {
				return Optional.of("action.decide.full");
			}
		}
		jdbc.sql("UPDATE action.application SET status = :status, decided_at = :now WHERE id = :id")
			.param("status", accept ? "ACCEPTED" : "DECLINED")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", id)
			.update();
		publisher.publishEvent(new ApplicationDecided(id));
		return Optional.empty();
	}

	public Application get(long id) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM action.application a JOIN action.opportunity_role r ON r.id = a.role_id
				WHERE a.id = :id""")
			.param("id", id)
			.query(Applications::map)
			.optional()
			.orElseThrow(() -> new NotFound("Application " + id));
	}

	/** Every application to an opportunity, by role and then oldest first. */
	public List<Application> to(long opportunityId) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM action.application a JOIN action.opportunity_role r ON r.id = a.role_id
				WHERE r.opportunity_id = :opportunity
				ORDER BY r.position, a.applied_at, a.id""")
			.param("opportunity", opportunityId)
			.query(Applications::map)
			.list();
	}

	public List<Application> of(PersonId person) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM action.application a JOIN action.opportunity_role r ON r.id = a.role_id
				WHERE a.person_id = :person
				ORDER BY a.applied_at DESC""")
			.param("person", person.value())
			.query(Applications::map)
			.list();
	}

	public Optional<Application> of(PersonId person, long roleId) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM action.application a JOIN action.opportunity_role r ON r.id = a.role_id
				WHERE a.person_id = :person AND a.role_id = :role""")
			.param("person", person.value())
			.param("role", roleId)
			.query(Applications::map)
			.optional();
	}

	/** For the demo: an application, and a decision if given. */
	@Transactional
	public void applyForDemo(long roleId, PersonId person, String message, Application.Status status) {
		jdbc.sql("""
				INSERT INTO action.application (role_id, person_id, message, status, applied_at, decided_at)
				VALUES (:role, :person, :message, :status, :now, CASE WHEN :status = 'APPLIED' THEN NULL ELSE CAST(:now AS TIMESTAMPTZ) END)""")
			.param("role", roleId)
			.param("person", person.value())
			.param("message", message)
			.param("status", status.name())
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	/** The person's applications are withdrawn and no longer say who made them. */
	void forget(PersonId person) {
		jdbc.sql("""
				UPDATE action.application SET person_id = NULL, message = '',
				    status = CASE WHEN status IN ('APPLIED', 'ACCEPTED') THEN 'WITHDRAWN' ELSE status END
				WHERE person_id = :person""")
			.param("person", person.value())
			.update();
	}

	@ApplicationModuleListener
	void on(ApplicationDecided decided) {
		Application application = get(decided.application());
		if (application.person() == null) {
			return;
		}
		Opportunity opportunity = opportunities.get(application.opportunityId());
		String role = opportunity.roles().stream().filter(r -> r.id() == application.roleId()).findFirst()
			.map(Opportunity.Role::name).orElse("");
		String key = application.status() == Application.Status.ACCEPTED ? "action.mail.accepted" : "action.mail.declined";
		Object[] args = { opportunity.title(), role, baseUrl + "/volunteering/" + opportunity.id() };
		people.sendMail(application.person(), messages.getMessage(key + ".subject", args, Locale.UK),
				messages.getMessage(key + ".body", args, Locale.UK));
	}

	static Application map(ResultSet rs, int row) throws SQLException {
		Long person = (Long) rs.getObject("person_id");
		Timestamp decided = rs.getTimestamp("decided_at");
		return new Application(rs.getLong("id"), rs.getLong("role_id"), rs.getLong("opportunity_id"),
				person == null ? null : new PersonId(person), rs.getString("message"),
				Application.Status.valueOf(rs.getString("status")), rs.getTimestamp("applied_at").toInstant(),
				decided == null ? null : decided.toInstant());
	}
}
