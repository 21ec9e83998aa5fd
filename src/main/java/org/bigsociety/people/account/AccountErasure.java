package org.bigsociety.people.account;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bigsociety.people.AccountDeleted;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.verification.ResidenceVerifications;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's rights over their data: a copy of everything this module holds about them, and erasure. */
@Service
public class AccountErasure {

	private final Accounts accounts;
	private final RoleGrants grants;
	private final AccessTokens tokens;
	private final OneTimeTokens links;
	private final PasswordEncoder passwords;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;
	private final ResidenceVerifications verifications;

	AccountErasure(Accounts accounts, RoleGrants grants, AccessTokens tokens, OneTimeTokens links,
			PasswordEncoder passwords, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
			ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions,
			ResidenceVerifications verifications) {
		this.verifications = verifications;
		this.sessions = sessions;
		this.accounts = accounts;
		this.grants = grants;
		this.tokens = tokens;
		this.links = links;
		this.passwords = passwords;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** Everything about the person, as plain values ready for JSON; no password or token hashes. */
	public Map<String, Object> export(PersonId person) {
		Account a = accounts.find(person).orElseThrow();
		Map<String, Object> account = new LinkedHashMap<>();
		account.put("id", a.id().value());
		account.put("displayName", a.displayName());
		account.put("email", a.email());
		account.put("postcode", a.postcode());
		account.put("areaId", a.areaId());
		account.put("emailConfirmedAt", text(a.emailConfirmedAt()));
		account.put("createdAt", text(a.createdAt()));
		account.put("bio", a.bio());
		account.put("skills", a.skills());
		account.put("interests", a.interests());
		account.put("contactPreference", a.contactPreference().name());
		account.put("phone", a.phone());
		account.put("public", Map.of("name", a.namePublic(), "neighbourhood", a.neighbourhoodPublic(), "skills",
				a.skillsPublic(), "bio", a.bioPublic()));
		account.put("failedSignIns", a.failedSignIns());
		account.put("lockedUntil", text(a.lockedUntil()));
		List<Map<String, Object>> roles = grants.of(person).stream().map(g -> {
			Map<String, Object> role = new LinkedHashMap<>();
			role.put("role", g.role().name());
			role.put("scopeType", g.scope().type().name());
			role.put("scopeId", g.scope().id());
			role.put("grantedAt", text(g.grantedAt()));
			return role;
		}).toList();
		List<Map<String, Object>> accessTokens = tokens.of(person).stream().map(t -> {
			Map<String, Object> token = new LinkedHashMap<>();
			token.put("name", t.name());
			token.put("prefix", t.prefix());
			token.put("createdAt", text(t.createdAt()));
			token.put("lastUsedAt", text(t.lastUsedAt()));
			token.put("revokedAt", text(t.revokedAt()));
			return token;
		}).toList();
		List<Map<String, Object>> emailLinks = jdbc.sql("""
				SELECT purpose, expires_at, used_at FROM people.one_time_token WHERE person_id = :person
				ORDER BY expires_at""")
			.param("person", person.value())
			.query((rs, n) -> {
				Map<String, Object> link = new LinkedHashMap<>();
				link.put("purpose", rs.getString("purpose"));
				link.put("expiresAt", text(Accounts.instant(rs, "expires_at")));
				link.put("usedAt", text(Accounts.instant(rs, "used_at")));
				return link;
			})
			.list();
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("exportedAt", text(clock.instant()));
		export.put("account", account);
		export.put("roles", roles);
		export.put("accessTokens", accessTokens);
		export.put("emailLinks", emailLinks);
		export.put("residenceVerifications", verifications.of(person).stream().map(v -> {
			Map<String, Object> verification = new LinkedHashMap<>();
			verification.put("level", v.level().name());
			verification.put("postcode", v.postcode());
			verification.put("verifiedAt", text(v.verifiedAt()));
			verification.put("evidenceSeen", v.evidence() == null ? null : v.evidence().name());
			verification.put("officersNote", v.note());
			return verification;
		}).toList());
		return export;
	}

	/** Signs the person out everywhere, not only in the browser that deleted the account. */
	private void endEverySession(String signInName) {
		FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
		if (repository == null || signInName == null) {
			return;
		}
		repository.findByPrincipalName(signInName).keySet().forEach(repository::deleteById);
	}

	private static String text(Instant instant) {
		return instant == null ? null : instant.toString();
	}

	/** Whether the password is this live account's, as the confirmation before deleting. */
	public boolean passwordMatches(PersonId person, String password) {
		return password != null && accounts.find(person)
			.filter(a -> !a.deleted() && a.passwordHash() != null)
			.map(a -> passwords.matches(password, a.passwordHash()))
			.orElse(false);
	}

	/**
	 * Erases the person's personal data and ends their roles and tokens. The row and its id stay, so what other
	 * modules must keep (ledger entries, decisions) still points at an anonymous number.
	 */
	@Transactional
	public void delete(PersonId person) {
		String signInName = accounts.find(person).filter(a -> !a.deleted()).map(Account::email).orElse(null);
		int erased = jdbc.sql("""
				UPDATE people.account SET display_name = 'Deleted account', email = 'deleted-' || id,
				    password_hash = NULL, postcode = NULL, area_id = NULL, bio = NULL, skills = '{}', interests = '{}',
				    phone = NULL, contact_preference = 'NONE', name_public = FALSE, neighbourhood_public = FALSE,
				    skills_public = FALSE, bio_public = FALSE, failed_sign_ins = 0, locked_until = NULL,
				    deleted_at = :now
				WHERE id = :id AND deleted_at IS NULL""")
			.param("now", Accounts.timestamp(clock.instant()))
			.param("id", person.value())
			.update();
		if (erased == 0) {
			return;
		}
		endEverySession(signInName);
		tokens.revokeAll(person);
		grants.revokeAll(person);
		links.useAll(person, OneTimeTokens.Purpose.CONFIRM_EMAIL);
		links.useAll(person, OneTimeTokens.Purpose.RESET_PASSWORD);
		events.publishEvent(new AccountDeleted(person));
	}
}
