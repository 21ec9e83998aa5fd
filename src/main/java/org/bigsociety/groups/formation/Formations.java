package org.bigsociety.groups.formation;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bigsociety.groups.OrganisationId;
import org.bigsociety.groups.organisation.Office;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.AreaId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where formations are kept: {@code groups.formation} and its steps, with the founders read from and written to the
 * members ({@code groups.member}, founder = TRUE), so a founder is simply a member who founded the group.
 */
@Repository
class Formations {

	private final JdbcClient jdbc;
	private final int foundersNeeded;

	Formations(JdbcClient jdbc, @Value("${bigsociety.groups.founders-needed:3}") int foundersNeeded) {
		if (foundersNeeded < 1) {
			throw new IllegalArgumentException("bigsociety.groups.founders-needed must be at least 1");
		}
		this.jdbc = jdbc;
		this.foundersNeeded = foundersNeeded;
	}

	int foundersNeeded() {
		return foundersNeeded;
	}

	/** The organisation's formation; {@code forChange} locks it until the transaction ends, so changes queue. */
	Optional<Formation> find(OrganisationId organisation, boolean forChange) {
		Optional<Row> row = jdbc.sql("""
				SELECT o.name, o.area_id, f.constitution, f.constitution_chosen_at, f.meeting_date, f.meeting_attendees,
				    f.meeting_decisions, f.meeting_chair, f.meeting_secretary, f.meeting_treasurer, f.formed_at
				FROM groups.formation f JOIN groups.organisation o ON o.id = f.organisation_id
				WHERE f.organisation_id = :id""" + (forChange ? " FOR UPDATE" : ""))
			.param("id", organisation.value())
			.query(Formations::row)
			.optional();
		if (row.isEmpty()) {
			return Optional.empty();
		}
		Set<PersonId> founders = new LinkedHashSet<>(jdbc.sql("""
				SELECT person_id FROM groups.member WHERE organisation_id = :id AND founder ORDER BY joined_at, person_id""")
			.param("id", organisation.value())
			.query((rs, n) -> new PersonId(rs.getLong(1)))
			.list());
		Map<NextStep, Instant> steps = new EnumMap<>(NextStep.class);
		jdbc.sql("SELECT step, done_at FROM groups.formation_step WHERE organisation_id = :id")
			.param("id", organisation.value())
			.query((rs, n) -> steps.put(NextStep.valueOf(rs.getString(1)), rs.getTimestamp(2).toInstant()))
			.list();
		Row r = row.get();
		FoundingMeeting meeting = null;
		if (r.meetingDate() != null) {
			meeting = new FoundingMeeting(r.meetingDate().toLocalDate(), r.attendees(), r.decisions(), r.officers());
		}
		return Optional.of(new Formation(organisation, r.name(), new AreaId(r.areaId()), foundersNeeded, founders,
				r.constitution(), r.constitutionChosenAt(), meeting, r.formedAt(), steps));
	}

	void save(Formation formation, Instant now) {
		long id = formation.organisation().value();
		for (PersonId founder : formation.takeNewFounders()) {
			jdbc.sql("""
					INSERT INTO groups.member (organisation_id, person_id, role, founder, joined_at)
					VALUES (:id, :person, 'MEMBER', TRUE, :now)
					ON CONFLICT (organisation_id, person_id) DO UPDATE SET founder = TRUE""")
				.param("id", id)
				.param("person", founder.value())
				.param("now", Timestamp.from(now))
				.update();
		}
		FoundingMeeting meeting = formation.meeting();
		jdbc.sql("""
				UPDATE groups.formation SET constitution = :constitution, constitution_chosen_at = :chosen,
				    meeting_date = :date, meeting_attendees = :attendees, meeting_decisions = :decisions,
				    meeting_chair = :chair, meeting_secretary = :secretary, meeting_treasurer = :treasurer,
				    formed_at = :formed
				WHERE organisation_id = :id""")
			.param("constitution", formation.constitution() == null ? null : formation.constitution().name())
			.param("chosen", timestamp(formation.constitutionChosenAt()))
			.param("date", meeting == null ? null : Date.valueOf(meeting.date()))
			.param("attendees", meeting == null ? new Long[0]
					: meeting.attendees().stream().map(PersonId::value).sorted().toArray(Long[]::new))
			.param("decisions", meeting == null ? new String[0] : meeting.decisions().toArray(new String[0]))
			.param("chair", officer(meeting, Office.CHAIR))
			.param("secretary", officer(meeting, Office.SECRETARY))
			.param("treasurer", officer(meeting, Office.TREASURER))
			.param("formed", timestamp(formation.formedAt()))
			.param("id", id)
			.update();
		jdbc.sql("DELETE FROM groups.formation_step WHERE organisation_id = :id").param("id", id).update();
		formation.steps().forEach((step, at) -> jdbc.sql("""
				INSERT INTO groups.formation_step (organisation_id, step, done_at) VALUES (:id, :step, :at)""")
			.param("id", id)
			.param("step", step.name())
			.param("at", Timestamp.from(at))
			.update());
		if (formation.formedAt() != null) {
			int formedNow = jdbc.sql("""
					UPDATE groups.organisation SET status = 'FORMED', formed_at = :formed
					WHERE id = :id AND status = 'PROPOSED'""")
				.param("formed", Timestamp.from(formation.formedAt()))
				.param("id", id)
				.update();
			if (formedNow > 0) {
				elect(id, meeting.officers());
			}
		}
	}

	/** The officers elected at the founding meeting take office; whoever held it before steps down from it. */
	private void elect(long organisation, Map<Office, PersonId> officers) {
		officers.forEach((office, holder) -> {
			jdbc.sql("UPDATE groups.member SET office = NULL WHERE organisation_id = :id AND office = :office")
				.param("id", organisation)
				.param("office", office.name())
				.update();
			jdbc.sql("UPDATE groups.member SET office = :office WHERE organisation_id = :id AND person_id = :person")
				.param("office", office.name())
				.param("id", organisation)
				.param("person", holder.value())
				.update();
		});
	}

	private static Long officer(FoundingMeeting meeting, Office office) {
		if (meeting == null || !meeting.officers().containsKey(office)) {
			return null;
		}
		return meeting.officers().get(office).value();
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private record Row(String name, long areaId, ConstitutionTemplate constitution, Instant constitutionChosenAt,
			Date meetingDate, Set<PersonId> attendees, List<String> decisions, Map<Office, PersonId> officers,
			Instant formedAt) {
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		String constitution = rs.getString("constitution");
		Timestamp chosen = rs.getTimestamp("constitution_chosen_at");
		Timestamp formed = rs.getTimestamp("formed_at");
		Array attendees = rs.getArray("meeting_attendees");
		Array decisions = rs.getArray("meeting_decisions");
		Set<PersonId> people = new LinkedHashSet<>();
		for (Object id : (Object[]) attendees.getArray()) {
			people.add(new PersonId(((Number) id).longValue()));
		}
		Map<Office, PersonId> officers = new EnumMap<>(Office.class);
		for (Office office : Office.values()) {
			long holder = rs.getLong("meeting_" + office.name().toLowerCase(java.util.Locale.ROOT));
			if (!rs.wasNull()) {
				officers.put(office, new PersonId(holder));
			}
		}
		return new Row(rs.getString("name"), rs.getLong("area_id"),
				constitution == null ? null : ConstitutionTemplate.valueOf(constitution),
				chosen == null ? null : chosen.toInstant(), rs.getDate("meeting_date"), people,
				Arrays.asList((String[]) decisions.getArray()), officers, formed == null ? null : formed.toInstant());
	}
}
