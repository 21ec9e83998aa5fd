package org.bigsociety.timebank.membership;

import java.util.List;

import org.bigsociety.people.AccountDeleted;
import org.bigsociety.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a person deletes their account, the time bank drops what described them and keeps what the books need against
 * their id: their memberships are left (the ledger accounts and entries stay), brokers' notes and vetting about them
 * go, their listings close and lose their text beyond the title, and the references written by or about them and the
 * notes they left on exchange steps are removed.
 */
@Component
class MemberErasure {

	private final Members members;
	private final JdbcClient jdbc;

	MemberErasure(Members members, JdbcClient jdbc) {
		this.members = members;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(AccountDeleted deleted) {
		erase(deleted.person());
	}

	void erase(PersonId person) {
		List<Member> theirs = jdbc.sql("SELECT id FROM timebank.member WHERE person_id = :person")
			.param("person", person.value())
			.query(Long.class)
			.list()
			.stream()
			.map(id -> members.find(id).orElseThrow())
			.toList();
		for (Member member : theirs) {
			member.erase();
			members.save(member);
			jdbc.sql("DELETE FROM timebank.broker_note WHERE member_id = :member").param("member", member.id())
				.update();
			jdbc.sql("UPDATE timebank.offline_enrolment SET paper_reference = NULL WHERE member_id = :member")
				.param("member", member.id())
				.update();
			jdbc.sql("""
					UPDATE timebank.listing SET status = 'CLOSED', description = '', availability = '',
					    tags = '{}', postcode = NULL, latitude = NULL, longitude = NULL
					 WHERE member_id = :member""")
				.param("member", member.id())
				.update();
			jdbc.sql("DELETE FROM timebank.reference WHERE from_member_id = :member OR about_member_id = :member")
				.param("member", member.id())
				.update();
		}
		jdbc.sql("DELETE FROM timebank.reference WHERE written_by = :person").param("person", person.value()).update();
		jdbc.sql("UPDATE timebank.exchange_step SET note = NULL WHERE actor = :person")
			.param("person", person.value())
			.update();
	}
}
