package org.bigsociety.platform;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's URL access rules, added to the one security filter chain before the platform's catch-all. Modules also
 * guard their services with method security; URL rules make sure a forgotten annotation fails closed for whole paths.
 */
public interface AccessRules {

	void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests);
}
