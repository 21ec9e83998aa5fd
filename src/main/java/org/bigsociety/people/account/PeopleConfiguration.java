package org.bigsociety.people.account;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.bigsociety.platform.AccessRules;
import org.bigsociety.platform.RateLimited;
import org.bigsociety.platform.RateLimits;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/** The people module's part of the security set-up: URL rules for its API and a per-address limit on sign-in. */
@Configuration(proxyBeanMethods = false)
class PeopleConfiguration {

	static final RateLimits.Allowance SIGN_IN_PER_ADDRESS = new RateLimits.Allowance("sign-in", 30, Duration.ofMinutes(5));

	@Bean
	AccessRules peopleAccessRules() {
		return requests -> requests.requestMatchers("/api/v1/me").authenticated();
	}

	/** Runs before Spring Security, so a flood of guesses is refused before any password is hashed. */
	@Bean
	FilterRegistrationBean<SignInLimit> signInLimit(RateLimits limits) {
		FilterRegistrationBean<SignInLimit> registration = new FilterRegistrationBean<>(new SignInLimit(limits));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		registration.addUrlPatterns("/sign-in");
		return registration;
	}

	static final class SignInLimit extends OncePerRequestFilter {

		private final RateLimits limits;

		SignInLimit(RateLimits limits) {
			this.limits = limits;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if ("POST".equals(request.getMethod())) {
				try {
					limits.consume(SIGN_IN_PER_ADDRESS, request.getRemoteAddr());
				}
				catch (RateLimited ex) {
					response.setHeader("Retry-After", Long.toString(ex.retryAfterSeconds()));
					response.sendError(429);
					return;
				}
			}
			chain.doFilter(request, response);
		}
	}
}
