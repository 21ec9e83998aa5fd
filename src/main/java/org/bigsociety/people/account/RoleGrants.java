package org.bigsociety.people.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bigsociety.people.PersonId;
import org.bigsociety.people.Role;
import org.bigsociety.people.RoleScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Roles held in scopes: granting, revoking, and the Spring Security authorities they add up to. */
@Service
public class RoleGrants {

	private final JdbcClient jdbc;
	private final Clock clock;

	RoleGrants(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public List<Grant> of(PersonId person) {
		return jdbc.sql("""
				SELECT id, person_id, role, scope_type, scope_id, granted_by, granted_at FROM people.role_grant
				WHERE person_id = :person ORDER BY role, scope_type, scope_id""")
			.param("person", person.value())
			.query((rs, n) -> {
				long scopeId = rs.getLong("scope_id");
				Long scope = rs.wasNull() ? null : scopeId;
				long by = rs.getLong("granted_by");
				PersonId grantedBy = rs.wasNull() ? null : new PersonId(by);
				return new Grant(rs.getLong("id"), new PersonId(rs.getLong("person_id")), Role.valueOf(rs.getString("role")),
						new RoleScope(RoleScope.Type.valueOf(rs.getString("scope_type")), scope), grantedBy,
						Accounts.instant(rs, "granted_at"));
			})
			.list();
	}

	/** Grants the role; granting one already held changes nothing. */
	@Transactional
	public void grant(PersonId person, Role role, RoleScope scope, PersonId grantedBy) {
		jdbc.sql("""
				INSERT INTO people.role_grant (person_id, role, scope_type, scope_id, granted_by, granted_at)
				VALUES (:person, :role, :type, :scope, :by, :at)
				ON CONFLICT (person_id, role, scope_type, coalesce(scope_id, 0)) DO NOTHING""")
			.param("person", person.value())
			.param("role", role.name())
			.param("type", scope.type().name())
			.param("scope", scope.id())
			.param("by", grantedBy == null ? null : grantedBy.value())
			.param("at", Accounts.timestamp(clock.instant()))
			.update();
	}

	Optional<Grant> find(long grantId) {
		return jdbc.sql("SELECT person_id FROM people.role_grant WHERE id = :id")
			.param("id", grantId)
			.query(Long.class)
			.optional()
			.flatMap(person -> of(new PersonId(person)).stream().filter(g -> g.id() == grantId).findFirst());
	}

	void revokeAll(PersonId person) {
		jdbc.sql("DELETE FROM people.role_grant WHERE person_id = :person").param("person", person.value()).update();
	}

	/** {@code ROLE_<ROLE>} for each role held in any scope, and {@code ROLE_RESIDENT} for every confirmed account. */
	List<GrantedAuthority> authorities(Account account) {
		Set<String> names = new LinkedHashSet<>();
		if (account.confirmed()) {
			names.add(Role.RESIDENT.authority());
		}
		of(account.id()).forEach(grant -> names.add(grant.role().authority()));
		List<GrantedAuthority> authorities = new ArrayList<>();
		names.forEach(name -> authorities.add(new SimpleGrantedAuthority(name)));
		return authorities;
	}
}
