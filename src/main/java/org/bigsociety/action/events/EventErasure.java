package org.bigsociety.action.events;

import org.bigsociety.people.AccountDeleted;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When someone deletes their account: their places at events still to come are given up (and passed to the waiting
 * list), their past places stay in the counts without their name, and events they organised keep going without it.
 */
@Component
class EventErasure {

	private final SignUps signUps;
	private final JdbcClient jdbc;

	EventErasure(SignUps signUps, JdbcClient jdbc) {
		this.signUps = signUps;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(AccountDeleted deleted) {
		signUps.forget(deleted.person());
		jdbc.sql("UPDATE action.event SET organiser_id = NULL WHERE organiser_id = :person")
			.param("person", deleted.person().value())
			.update();
		jdbc.sql("UPDATE action.big_society_day SET declared_by = NULL WHERE declared_by = :person")
			.param("person", deleted.person().value())
			.update();
	}
}
