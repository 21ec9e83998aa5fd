package org.bigsociety.action.organisers;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bigsociety.action.events.Typed;
import org.bigsociety.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community organiser's training record: which modules they completed, and when. Recording a module again
 * replaces its date. The record is the organiser's own (only they see it).
 */
@Service
public class Training {

	/** Training older than this is not believable: organising training as we know it began after it. */
	static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

	private final JdbcClient jdbc;
	private final Clock clock;

	Training(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public record Completed(TrainingModule module, LocalDate on) {
	}

	/** Records a completed module; answers the errors to show (field id to message key), empty if it was recorded. */
	@Transactional
	public Map<String, String> record(PersonId person, String module, String completedOn) {
		Map<String, String> errors = new LinkedHashMap<>();
		TrainingModule chosen = choice(module);
		if (chosen == null) {
			errors.put("module", "action.training.form.module.missing");
		}
		Optional<LocalDate> on = Typed.date(completedOn);
		if (Typed.trimmed(completedOn).isEmpty()) {
			errors.put("completedOn", "action.training.form.date.missing");
		}
		else if (on.isEmpty()) {
			errors.put("completedOn", "action.training.form.date.invalid");
		}
		else if (on.get().isAfter(LocalDate.ofInstant(clock.instant(), Typed.LONDON))) {
			errors.put("completedOn", "action.training.form.date.future");
		}
		else if (on.get().isBefore(EARLIEST)) {
			errors.put("completedOn", "action.training.form.date.old");
		}
		if (errors.isEmpty()) {
			save(person, chosen, on.get());
		}
		return errors;
	}

	/** For the demo: a completed module, no questions asked. */
	@Transactional
	public void save(PersonId person, TrainingModule module, LocalDate on) {
		jdbc.sql("""
				INSERT INTO action.training_record (person_id, module, completed_on, recorded_at)
				VALUES (:person, :module, :on, :now)
				ON CONFLICT (person_id, module) DO UPDATE SET completed_on = excluded.completed_on,
				    recorded_at = excluded.recorded_at""")
			.param("person", person.value())
			.param("module", module.name())
			.param("on", Date.valueOf(on))
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	/** The modules the person completed, in the training's order. */
	public List<Completed> of(PersonId person) {
		return jdbc.sql("SELECT module, completed_on FROM action.training_record WHERE person_id = :person")
			.param("person", person.value())
			.query((rs, n) -> new Completed(TrainingModule.valueOf(rs.getString("module")),
					rs.getDate("completed_on").toLocalDate()))
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing(Completed::module))
			.toList();
	}

	void forget(PersonId person) {
		jdbc.sql("DELETE FROM action.training_record WHERE person_id = :person")
			.param("person", person.value())
			.update();
	}

	private static TrainingModule choice(String typed) {
		try {
			return Typed.trimmed(typed).isEmpty() ? null : TrainingModule.valueOf(Typed.trimmed(typed));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
