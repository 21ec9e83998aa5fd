package org.bigsociety.platform.security;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.bigsociety.platform.AccessRules;
import org.bigsociety.platform.BearerTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One filter chain for pages and API: form sign-in with sessions in Postgres for people, personal access tokens for
 * programs. CSRF protects every form; API calls that carry a bearer token need no CSRF token because no browser
 * sends that header by itself.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

	private static final RequestMatcher API = request -> request.getRequestURI().startsWith("/api/");
	private static final RequestMatcher BEARER = request -> Optional
		.ofNullable(request.getHeader("Authorization"))
		.map(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
		.orElse(false);

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, List<AccessRules> moduleRules,
			ObjectProvider<BearerTokens> bearerTokens, ObjectProvider<AuthenticationSuccessHandler> successHandler,
			ObjectProvider<AuthenticationFailureHandler> failureHandler) throws Exception {
		http.authorizeHttpRequests(requests -> {
			requests.requestMatchers("/admin/**").hasRole("ADMINISTRATOR");
			requests.requestMatchers("/account/**", "/sign-out").authenticated();
			moduleRules.forEach(rules -> rules.configure(requests));
			requests.anyRequest().permitAll();
		});
		http.formLogin(form -> form
			.loginPage("/sign-in")
			.loginProcessingUrl("/sign-in")
			.usernameParameter("email")
			.passwordParameter("password")
			.successHandler(successHandler.getIfAvailable(SavedRequestAwareAuthenticationSuccessHandler::new))
			.failureHandler(failureHandler.getIfAvailable(() -> new SimpleUrlAuthenticationFailureHandler("/sign-in?error")))
			.permitAll());
		http.logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/?signed-out"));
		http.csrf(csrf -> csrf.ignoringRequestMatchers(BEARER, statelessApiPosts(moduleRules)));
		http.exceptionHandling(errors -> errors
			.defaultAuthenticationEntryPointFor(problemEntryPoint(), API)
			.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/sign-in"), request -> true));
		http.headers(headers -> headers
			.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions(frame -> frame.deny())
			.permissionsPolicyHeader(permissions -> permissions.policy("geolocation=(), camera=(), microphone=()")));
		http.addFilterBefore(new BearerTokenFilter(bearerTokens), UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	/** The modules' stateless API posts, which need no CSRF token (see {@link AccessRules#statelessApiPosts()}). */
	static RequestMatcher statelessApiPosts(List<AccessRules> moduleRules) {
		Set<String> paths = new HashSet<>();
		for (AccessRules rules : moduleRules) {
			for (String path : rules.statelessApiPosts()) {
				if (!path.startsWith("/api/")) {
					throw new IllegalStateException("Only API paths may skip CSRF, not " + path);
				}
				paths.add(path);
			}
		}
		return request -> "POST".equals(request.getMethod()) && paths.contains(request.getRequestURI());
	}

	/**
	 * No Micrometer observation around each of the chain's filters (a "before" and an "after" event with a counter
	 * look-up for every filter of every request) nor around each request's access decision: in the petition surge
	 * profile (bench/petitions) they were about a fifth and a twentieth of the application's CPU. Requests are still
	 * timed whole, with their status ({@code http.server.requests}, so refusals show as 401 and 403), and sign-ins are
	 * still observed.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.withDefaults()
			.shouldObserveRequests(false)
			.shouldObserveAuthorizations(false)
			.build();
	}

	@Bean
	PasswordEncoder passwordEncoder(@Value("${bigsociety.security.bcrypt-strength:12}") int strength) {
		return new BCryptPasswordEncoder(strength);
	}

	static AuthenticationEntryPoint problemEntryPoint() {
		return (request, response, ex) -> writeProblem(response, HttpStatus.UNAUTHORIZED,
				"Sign in, or send a valid personal access token as 'Authorization: Bearer <token>'.");
	}

	static void writeProblem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setHeader("WWW-Authenticate", "Bearer");
		String json = "{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
				+ status.value() + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}";
		response.getWriter().write(json);
	}

	/** Authenticates {@code Authorization: Bearer} requests; a bad token is a 401, never a silent anonymous call. */
	static final class BearerTokenFilter extends OncePerRequestFilter {

		private final ObjectProvider<BearerTokens> tokens;

		BearerTokenFilter(ObjectProvider<BearerTokens> tokens) {
			this.tokens = tokens;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!BEARER.matches(request)) {
				chain.doFilter(request, response);
				return;
			}
			String token = request.getHeader("Authorization").substring(7).trim();
			BearerTokens bearer = tokens.getIfAvailable();
			Optional<Authentication> authentication = bearer == null || token.isEmpty() ? Optional.empty()
					: bearer.authenticate(token);
			if (authentication.isEmpty()) {
				writeProblem(response, HttpStatus.UNAUTHORIZED,
						"The access token is unknown, expired or revoked. Create a new one at /account/tokens.");
				return;
			}
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(authentication.get());
			SecurityContextHolder.setContext(context);
			try {
				chain.doFilter(request, response);
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}
	}
}
