package org.bigsociety.people.account;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.bigsociety.people.PersonId;
import org.bigsociety.people.Role;
import org.bigsociety.people.RoleScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What administrators do with people: find them, and grant or revoke roles. */
@Service
public class PeopleAdministration {

	public static final int PAGE_SIZE = 25;

	/** A row of the search results. */
	public record Found(long id, String displayName, String email, boolean confirmed, boolean deleted) {
	}

	/** A page of search results, and whether there is another after it. */
	public record Page(List<Found> people, int number, boolean hasNext) {
	}

	/** Everything an administrator sees about one person. */
	public record Details(long id, String displayName, String email, String neighbourhood, Instant createdAt,
			Instant confirmedAt, Instant lockedUntil, Instant deletedAt, List<Grant> grants) {
	}

	/** The outcome of a revocation. */
	public enum Revocation {
		REVOKED, NOT_FOUND, LAST_OWN_ADMINISTRATOR
	}

	private final JdbcClient jdbc;
	private final Accounts accounts;
	private final RoleGrants grants;
	private final Neighbourhoods neighbourhoods;

	PeopleAdministration(JdbcClient jdbc, Accounts accounts, RoleGrants grants, Neighbourhoods neighbourhoods) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.grants = grants;
		this.neighbourhoods = neighbourhoods;
	}

	/** People whose name or email contains the fragment (all people for a blank one), by name. */
	public Page search(String fragment, int page) {
		String like = "%" + (fragment == null ? "" : fragment.trim().toLowerCase(Locale.ROOT))
			.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		int number = Math.max(0, page);
		List<Found> found = jdbc.sql("""
				SELECT id, display_name, email, email_confirmed_at IS NOT NULL AS confirmed, deleted_at IS NOT NULL AS deleted
				FROM people.account WHERE lower(display_name) LIKE :like OR email LIKE :like
				ORDER BY lower(display_name), id LIMIT :limit OFFSET :offset""")
			.param("like", like)
			.param("limit", PAGE_SIZE + 1)
			.param("offset", (long) number * PAGE_SIZE)
			.query((rs, n) -> new Found(rs.getLong("id"), rs.getString("display_name"), rs.getString("email"),
					rs.getBoolean("confirmed"), rs.getBoolean("deleted")))
			.list();
		return new Page(found.stream().limit(PAGE_SIZE).toList(), number, found.size() > PAGE_SIZE);
	}

	public Optional<Details> details(PersonId person) {
		return accounts.find(person).map(a -> new Details(a.id().value(), a.displayName(), a.email(),
				neighbourhoods.describe(a.areaId(), a.postcode()), a.createdAt(), a.emailConfirmedAt(),
				a.lockedUntil(), a.deletedAt(), grants.of(a.id())));
	}

	/** Grants a role to a live account; false if there is no such account. */
	@Transactional
	public boolean grant(PersonId administrator, PersonId person, Role role, RoleScope scope) {
		if (accounts.find(person).filter(a -> !a.deleted()).isEmpty()) {
			return false;
		}
		grants.grant(person, role, scope, administrator);
		return true;
	}

	/** Revokes a grant of this person, except an administrator's own last administrator role. */
	@Transactional
	public Revocation revoke(PersonId administrator, PersonId person, long grantId) {
		Optional<Grant> grant = grants.find(grantId).filter(g -> g.person().equals(person));
		if (grant.isEmpty()) {
			return Revocation.NOT_FOUND;
		}
		if (grant.get().role() == Role.ADMINISTRATOR && person.equals(administrator)
				&& grants.of(person).stream().filter(g -> g.role() == Role.ADMINISTRATOR).count() <= 1) {
			return Revocation.LAST_OWN_ADMINISTRATOR;
		}
		jdbc.sql("DELETE FROM people.role_grant WHERE id = :id").param("id", grantId).update();
		return Revocation.REVOKED;
	}
}
