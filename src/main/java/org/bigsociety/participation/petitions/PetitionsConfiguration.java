package org.bigsociety.participation.petitions;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.bigsociety.people.AccountDeleted;
import org.bigsociety.platform.AccessRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Petitions' place in the platform: the header link, who may reach which pages, and the benchmark's one exception. */
@Configuration
class PetitionsConfiguration {

	private static final Pattern SIGNING = Pattern.compile("/petitions/\\d+/sign");

	/** Whole paths fail closed by role; the services then check the role is held for the petition's own area. */
	@Bean
	AccessRules petitionAccessRules() {
		return requests -> {
			requests.requestMatchers("/petitions/new", "/petitions/new/**", "/petitions/yours").authenticated();
			requests.requestMatchers("/petitions/moderation", "/petitions/moderation/**")
				.hasAnyRole("MODERATOR", "ADMINISTRATOR");
			requests.requestMatchers("/petitions/*/respond", "/petitions/thresholds/**")
				.hasAnyRole("OFFICER", "ADMINISTRATOR");
		};
	}

	/**
	 * For the surge benchmark only ({@code bench/petitions/}): lets a load driver post signatures without first
	 * fetching a form for its CSRF token, which would add a session row per signer. Never set in the default
	 * configuration; the application logs a warning when it is on.
	 */
	@Bean
	@ConditionalOnProperty(name = "bigsociety.petitions.bench.skip-csrf-on-signing", havingValue = "true")
	FilterRegistrationBean<OncePerRequestFilter> benchSigningWithoutCsrf() {
		LoggerFactory.getLogger(PetitionsConfiguration.class)
			.warn("BENCHMARK SETTING: petition signing accepts posts without a CSRF token "
					+ "(bigsociety.petitions.bench.skip-csrf-on-signing=true). Never use this in production.");
		OncePerRequestFilter filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if ("POST".equals(request.getMethod()) && SIGNING.matcher(request.getRequestURI()).matches()) {
					CsrfFilter.skipRequest(request);
				}
				chain.doFilter(request, response);
			}
		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/** A deleted account's petitions stay; who created, moderated or answered them is forgotten. */
	@Component
	static class ForgetDeletedAccounts {

		private static final Logger log = LoggerFactory.getLogger(ForgetDeletedAccounts.class);

		private final PetitionStore store;

		ForgetDeletedAccounts(PetitionStore store) {
			this.store = store;
		}

		@ApplicationModuleListener
		void on(AccountDeleted deleted) {
			store.forget(deleted.person());
			log.debug("Petitions forgot person {}", deleted.person());
		}
	}
}
