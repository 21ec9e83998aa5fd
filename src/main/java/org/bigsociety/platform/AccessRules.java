package org.bigsociety.platform;

import java.util.List;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's URL access rules, added to the one security filter chain before the platform's catch-all. Modules also
 * guard their services with method security; URL rules make sure a forgotten annotation fails closed for whole paths.
 */
public interface AccessRules {

	void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests);

	/**
	 * API paths (exact, under {@code /api/}) that anyone may POST to without a CSRF token: only stateless calls that
	 * act on nothing of the caller's, such as a calculator over the request body, where a forged cross-site request
	 * could do no harm. None by default.
	 */
	default List<String> statelessApiPosts() {
		return List.of();
	}
}
