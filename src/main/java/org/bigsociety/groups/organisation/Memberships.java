package org.bigsociety.groups.organisation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bigsociety.groups.OrganisationId;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.PersonSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belongs to an organisation and in what role: requests to join, which its administrators approve or decline,
 * roles and offices, and leaving. An organisation always keeps at least one administrator or officer.
 */
@Service
@Transactional(readOnly = true)
public class Memberships {

	/** A member as the group's pages show them: only the name they made public. */
	public record Member(PersonId person, String displayName, MemberRole role, Office office, boolean founder,
			Instant joinedAt) {

		public boolean administers() {
			return role == MemberRole.ADMINISTRATOR || office != null;
		}
	}

	/** A request to join waiting for the administrators. */
	public record JoinRequest(long id, PersonId person, String displayName, String message, Instant requestedAt) {
	}

	/** Where a person stands with an organisation. */
	public enum Standing {
		NONE, REQUESTED, MEMBER, ADMINISTRATOR
	}

	/** What asking to join did. */
	public enum JoinOutcome {
		REQUESTED, ALREADY_REQUESTED, ALREADY_MEMBER
	}

	public static final int MAX_MESSAGE = 500;

	private final JdbcClient jdbc;
	private final People people;
	private final StoredOrganisations organisations;
	private final Clock clock;

	Memberships(JdbcClient jdbc, People people, StoredOrganisations organisations, Clock clock) {
		this.jdbc = jdbc;
		this.people = people;
		this.organisations = organisations;
		this.clock = clock;
	}

	/** Every member, officers first (chair, secretary, treasurer), then administrators, then by when they joined. */
	public List<Member> members(OrganisationId organisation) {
		return jdbc.sql("""
				SELECT person_id, role, office, founder, joined_at FROM groups.member WHERE organisation_id = :id
				ORDER BY CASE office WHEN 'CHAIR' THEN 0 WHEN 'SECRETARY' THEN 1 WHEN 'TREASURER' THEN 2 ELSE 3 END,
				    CASE role WHEN 'ADMINISTRATOR' THEN 0 ELSE 1 END, joined_at, person_id""")
			.param("id", organisation.value())
			.query((rs, n) -> {
				PersonId person = new PersonId(rs.getLong("person_id"));
				String office = rs.getString("office");
				return new Member(person, name(person), MemberRole.valueOf(rs.getString("role")),
						office == null ? null : Office.valueOf(office), rs.getBoolean("founder"),
						rs.getTimestamp("joined_at").toInstant());
			})
			.list();
	}

	public List<Member> officers(OrganisationId organisation) {
		return members(organisation).stream().filter(m -> m.office() != null).toList();
	}

	public long count(OrganisationId organisation) {
		return jdbc.sql("SELECT count(*) FROM groups.member WHERE organisation_id = :id")
			.param("id", organisation.value())
			.query(Long.class)
			.single();
	}

	public Standing standing(OrganisationId organisation, PersonId person) {
		Optional<Boolean> administers = jdbc.sql("""
				SELECT role = 'ADMINISTRATOR' OR office IS NOT NULL FROM groups.member
				WHERE organisation_id = :organisation AND person_id = :person""")
			.param("organisation", organisation.value())
			.param("person", person.value())
			.query(Boolean.class)
			.optional();
		if (administers.isPresent()) {
			return administers.get() ? Standing.ADMINISTRATOR : Standing.MEMBER;
		}
		return pending(organisation, person).isPresent() ? Standing.REQUESTED : Standing.NONE;
	}

	private Optional<Long> pending(OrganisationId organisation, PersonId person) {
		return jdbc.sql("""
				SELECT id FROM groups.join_request
				WHERE organisation_id = :organisation AND person_id = :person AND decided_at IS NULL""")
			.param("organisation", organisation.value())
			.param("person", person.value())
			.query(Long.class)
			.optional();
	}

	/** Asks to join; the administrators are told by email and decide. */
	@Transactional
	public JoinOutcome requestToJoin(OrganisationId organisation, PersonId person, String message) {
		Standing standing = standing(organisation, person);
		if (standing == Standing.MEMBER || standing == Standing.ADMINISTRATOR) {
			return JoinOutcome.ALREADY_MEMBER;
		}
		if (standing == Standing.REQUESTED) {
			return JoinOutcome.ALREADY_REQUESTED;
		}
		String text = message == null || message.isBlank() ? null : message.strip();
		if (text != null && text.length() > MAX_MESSAGE) {
			text = text.substring(0, MAX_MESSAGE);
		}
		int inserted = jdbc.sql("""
				INSERT INTO groups.join_request (organisation_id, person_id, message, requested_at)
				VALUES (:organisation, :person, :message, :now)
				ON CONFLICT (organisation_id, person_id) WHERE decided_at IS NULL DO NOTHING""")
			.param("organisation", organisation.value())
			.param("person", person.value())
			.param("message", text)
			.param("now", Timestamp.from(clock.instant()))
			.update();
		if (inserted == 0) {
			return JoinOutcome.ALREADY_REQUESTED;
		}
		String name = organisations.find(organisation).orElseThrow().name();
		String path = organisations.find(organisation).orElseThrow().profilePath();
		for (Member admin : members(organisation)) {
			if (admin.administers()) {
				people.sendMail(admin.person(), "Someone asked to join " + name,
						name(person) + " asked to join " + name + ". Approve or decline the request on the group's"
								+ " page for administrators: " + path + "/manage");
			}
		}
		return JoinOutcome.REQUESTED;
	}

	public List<JoinRequest> pendingRequests(OrganisationId organisation) {
		return jdbc.sql("""
				SELECT id, person_id, message, requested_at FROM groups.join_request
				WHERE organisation_id = :id AND decided_at IS NULL ORDER BY requested_at, id""")
			.param("id", organisation.value())
			.query((rs, n) -> {
				PersonId person = new PersonId(rs.getLong("person_id"));
				return new JoinRequest(rs.getLong("id"), person, name(person), rs.getString("message"),
						rs.getTimestamp("requested_at").toInstant());
			})
			.list();
	}

	/** Approves a waiting request: the person becomes a member and is told. False if there is no such request. */
	@Transactional
	public boolean approve(OrganisationId organisation, long request, PersonId by) {
		requireAdministrator(organisation, by);
		Optional<PersonId> person = decide(organisation, request, by, "APPROVED");
		person.ifPresent(p -> {
			jdbc.sql("""
					INSERT INTO groups.member (organisation_id, person_id, role, joined_at)
					VALUES (:organisation, :person, 'MEMBER', :now) ON CONFLICT DO NOTHING""")
				.param("organisation", organisation.value())
				.param("person", p.value())
				.param("now", Timestamp.from(clock.instant()))
				.update();
			var group = organisations.find(organisation).orElseThrow();
			people.sendMail(p, "You are now a member of " + group.name(),
					"Your request to join " + group.name() + " was approved. The group's page: " + group.profilePath());
		});
		return person.isPresent();
	}

	/** Declines a waiting request; the person is told. False if there is no such request. */
	@Transactional
	public boolean decline(OrganisationId organisation, long request, PersonId by) {
		requireAdministrator(organisation, by);
		Optional<PersonId> person = decide(organisation, request, by, "DECLINED");
		person.ifPresent(p -> {
			var group = organisations.find(organisation).orElseThrow();
			people.sendMail(p, "Your request to join " + group.name(),
					"Your request to join " + group.name() + " was not accepted this time.");
		});
		return person.isPresent();
	}

	private Optional<PersonId> decide(OrganisationId organisation, long request, PersonId by, String outcome) {
		return jdbc.sql("""
				UPDATE groups.join_request SET decided_at = :now, decided_by = :by, outcome = :outcome
				WHERE id = :id AND organisation_id = :organisation AND decided_at IS NULL
				RETURNING person_id""")
			.param("now", Timestamp.from(clock.instant()))
			.param("by", by.value())
			.param("outcome", outcome)
			.param("id", request)
			.param("organisation", organisation.value())
			.query((rs, n) -> new PersonId(rs.getLong(1)))
			.optional();
	}

	/** What changing a member's role did. */
	public enum RoleChange {
		CHANGED, NOT_A_MEMBER, LAST_ADMINISTRATOR
	}

	/**
	 * Gives a member a role and, optionally, an office; the office's previous holder steps down from it. Refused if
	 * it would leave the organisation with nobody to administer it.
	 */
	@Transactional
	public RoleChange assign(OrganisationId organisation, PersonId member, MemberRole role, Office office,
			PersonId by) {
		requireAdministrator(organisation, by);
		lock(organisation);
		Optional<Member> current = members(organisation).stream().filter(m -> m.person().equals(member)).findFirst();
		if (current.isEmpty()) {
			return RoleChange.NOT_A_MEMBER;
		}
		boolean stillAdministers = role == MemberRole.ADMINISTRATOR || office != null;
		if (!stillAdministers && current.get().administers() && administratorCount(organisation) <= 1) {
			return RoleChange.LAST_ADMINISTRATOR;
		}
		if (office != null) {
			jdbc.sql("""
					UPDATE groups.member SET office = NULL
					WHERE organisation_id = :organisation AND office = :office AND person_id <> :person""")
				.param("organisation", organisation.value())
				.param("office", office.name())
				.param("person", member.value())
				.update();
		}
		jdbc.sql("""
				UPDATE groups.member SET role = :role, office = :office
				WHERE organisation_id = :organisation AND person_id = :person""")
			.param("role", role.name())
			.param("office", office == null ? null : office.name())
			.param("organisation", organisation.value())
			.param("person", member.value())
			.update();
		if (administratorCount(organisation) == 0) {
			throw new IllegalStateException("An organisation must keep an administrator");
		}
		return RoleChange.CHANGED;
	}

	/** Removes a member (an administrator's decision) or lets one leave; never the last administrator. */
	@Transactional
	public RoleChange remove(OrganisationId organisation, PersonId member, PersonId by) {
		if (!member.equals(by)) {
			requireAdministrator(organisation, by);
		}
		lock(organisation);
		Optional<Member> current = members(organisation).stream().filter(m -> m.person().equals(member)).findFirst();
		if (current.isEmpty()) {
			return RoleChange.NOT_A_MEMBER;
		}
		if (current.get().administers() && administratorCount(organisation) <= 1) {
			return RoleChange.LAST_ADMINISTRATOR;
		}
		jdbc.sql("DELETE FROM groups.member WHERE organisation_id = :organisation AND person_id = :person")
			.param("organisation", organisation.value())
			.param("person", member.value())
			.update();
		return RoleChange.CHANGED;
	}

	/** Adds a member directly, as demo content and group formation do; an existing member keeps their row. */
	void enrol(OrganisationId organisation, PersonId person, MemberRole role, Office office, boolean founder) {
		jdbc.sql("""
				INSERT INTO groups.member (organisation_id, person_id, role, office, founder, joined_at)
				VALUES (:organisation, :person, :role, :office, :founder, :now) ON CONFLICT DO NOTHING""")
			.param("organisation", organisation.value())
			.param("person", person.value())
			.param("role", role.name())
			.param("office", office == null ? null : office.name())
			.param("founder", founder)
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	/** Serialises changes to one organisation's members, so two administrators cannot both step down at once. */
	void lock(OrganisationId organisation) {
		jdbc.sql("SELECT id FROM groups.organisation WHERE id = :id FOR UPDATE")
			.param("id", organisation.value())
			.query(Long.class)
			.optional();
	}

	private long administratorCount(OrganisationId organisation) {
		return jdbc.sql("""
				SELECT count(*) FROM groups.member
				WHERE organisation_id = :id AND (role = 'ADMINISTRATOR' OR office IS NOT NULL)""")
			.param("id", organisation.value())
			.query(Long.class)
			.single();
	}

	/** Whether the person may act for the organisation: its administrator or officer, or a platform administrator. */
	public boolean mayAdminister(OrganisationId organisation, PersonId person) {
		return organisations.isAdministrator(organisation, person);
	}

	void requireAdministrator(OrganisationId organisation, PersonId by) {
		if (!organisations.isAdministrator(organisation, by)) {
			throw new AccessDeniedException("Only the group's administrators may do this");
		}
	}

	String name(PersonId person) {
		return people.find(person).map(PersonSummary::displayName).orElse("Former member");
	}
}
