package org.bigsociety.people.account;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.bigsociety.platform.Navigation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Component;

/**
 * Sign-in with lockout: five wrong passwords in a row lock an account for 15 minutes, recorded in the database so the
 * lock holds on every node. Addresses with no account that can sign in are counted the same way in memory, so the
 * answers never tell anyone whether an address is registered.
 */
@Component
class SignInAttempts implements UserDetailsService, AuthenticationSuccessHandler, AuthenticationFailureHandler {

	static final int ALLOWED_FAILURES = 5;
	static final Duration LOCK = Duration.ofMinutes(15);
	private static final int REMEMBERED_ADDRESSES = 10_000;

	private record Strikes(int failures, Instant lockedUntil) {
	}

	private final Accounts accounts;
	private final RoleGrants grants;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final ConcurrentMap<String, Strikes> unknown = new ConcurrentHashMap<>();
	private final SavedRequestAwareAuthenticationSuccessHandler onwards = new SavedRequestAwareAuthenticationSuccessHandler();
	private final RequestCache requests = new HttpSessionRequestCache();

	SignInAttempts(Accounts accounts, RoleGrants grants, JdbcClient jdbc, Clock clock) {
		this.accounts = accounts;
		this.grants = grants;
		this.jdbc = jdbc;
		this.clock = clock;
		onwards.setDefaultTargetUrl("/account");
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		EmailAddress email = EmailAddress.parseOrNull(username);
		Account account = email == null ? null : accounts.findLive(email).filter(Account::canSignIn).orElse(null);
		if (account == null) {
			throw new UsernameNotFoundException("No account that can sign in");
		}
		return new PersonPrincipal(account.id().value(), account.email(), account.displayName(), account.passwordHash(),
				!account.lockedAt(clock.instant()), grants.authorities(account));
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		if (authentication.getPrincipal() instanceof PersonPrincipal person) {
			jdbc.sql("UPDATE people.account SET failed_sign_ins = 0, locked_until = NULL WHERE id = :id")
				.param("id", person.personId().value())
				.update();
		}
		Optional<String> back = Navigation.returnPath(request.getParameter("continue"));
		if (back.isPresent()) {
			// The page the person signed in from, as the sign-in link named it; it wins over a page saved when an
			// earlier request needed a sign-in.
			requests.removeRequest(request, response);
			response.sendRedirect(request.getContextPath() + back.get());
			return;
		}
		onwards.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		boolean locked = exception instanceof LockedException || strike(request.getParameter("email"));
		String back = Navigation.returnPath(request.getParameter("continue"))
			.map(path -> "&continue=" + URLEncoder.encode(path, StandardCharsets.UTF_8))
			.orElse("");
		response.sendRedirect(request.getContextPath() + (locked ? "/sign-in?locked" : "/sign-in?error") + back);
	}

	/** Counts a wrong password against the address; true if that (now) locks it. */
	boolean strike(String rawEmail) {
		EmailAddress email = EmailAddress.parseOrNull(rawEmail);
		String key = email == null ? String.valueOf(rawEmail).trim().toLowerCase() : email.value();
		Instant now = clock.instant();
		Optional<Account> account = email == null ? Optional.empty()
				: accounts.findLive(email).filter(Account::canSignIn);
		if (account.isPresent()) {
			Account known = account.get();
			if (known.lockedAt(now)) {
				return true;
			}
			int failures = known.failedSignIns() + 1;
			boolean lock = failures >= ALLOWED_FAILURES;
			jdbc.sql("UPDATE people.account SET failed_sign_ins = :failures, locked_until = :until WHERE id = :id")
				.param("failures", lock ? 0 : failures)
				.param("until", lock ? Accounts.timestamp(now.plus(LOCK)) : null)
				.param("id", known.id().value())
				.update();
			return lock;
		}
		if (unknown.size() > REMEMBERED_ADDRESSES) {
			unknown.clear();
		}
		Strikes strikes = unknown.compute(key, (k, before) -> {
			if (before != null && before.lockedUntil() != null && before.lockedUntil().isAfter(now)) {
				return before;
			}
			int failures = (before == null || before.lockedUntil() != null ? 0 : before.failures()) + 1;
			return failures >= ALLOWED_FAILURES ? new Strikes(0, now.plus(LOCK)) : new Strikes(failures, null);
		});
		return strikes.lockedUntil() != null && strikes.lockedUntil().isAfter(now);
	}

	/** A successful password reset lifts the lock. */
	void clear(Account account) {
		if (account.email() != null) {
			unknown.remove(account.email());
		}
		jdbc.sql("UPDATE people.account SET failed_sign_ins = 0, locked_until = NULL WHERE id = :id")
			.param("id", account.id().value())
			.update();
	}
}
