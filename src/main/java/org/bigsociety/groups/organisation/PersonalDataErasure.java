package org.bigsociety.groups.organisation;

import org.bigsociety.people.AccountDeleted;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Erases what the groups module holds about a person whose account is deleted: their memberships and offices, their
 * requests to join, and their id wherever it says who did something (proposed a group, decided a request, posted
 * news, attended or was elected at a founding meeting). What the groups did stays; who did it goes. Idempotent, so a
 * redelivered event changes nothing more.
 */
@Component
class PersonalDataErasure {

	private final JdbcClient jdbc;

	PersonalDataErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(AccountDeleted deleted) {
		long person = deleted.person().value();
		jdbc.sql("DELETE FROM groups.member WHERE person_id = :person").param("person", person).update();
		jdbc.sql("DELETE FROM groups.join_request WHERE person_id = :person").param("person", person).update();
		jdbc.sql("UPDATE groups.join_request SET decided_by = NULL WHERE decided_by = :person").param("person", person).update();
		jdbc.sql("UPDATE groups.organisation SET proposed_by = NULL WHERE proposed_by = :person").param("person", person).update();
		jdbc.sql("UPDATE groups.news SET posted_by = NULL WHERE posted_by = :person").param("person", person).update();
		jdbc.sql("""
				UPDATE groups.formation SET meeting_attendees = array_remove(meeting_attendees, :person),
				    meeting_chair = nullif(meeting_chair, :person),
				    meeting_secretary = nullif(meeting_secretary, :person),
				    meeting_treasurer = nullif(meeting_treasurer, :person)
				WHERE :person = ANY(meeting_attendees) OR :person IN (meeting_chair, meeting_secretary, meeting_treasurer)""")
			.param("person", person)
			.update();
	}
}
