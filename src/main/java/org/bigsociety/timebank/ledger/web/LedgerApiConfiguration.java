package org.bigsociety.timebank.ledger.web;

import org.bigsociety.platform.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ledger API's URL rules: moving and reading credits needs a signed-in person (session or bearer token). */
@Configuration(proxyBeanMethods = false)
class LedgerApiConfiguration {

	@Bean
	AccessRules ledgerAccessRules() {
		return requests -> requests
			.requestMatchers("/api/v1/timebanks/*/transfers", "/api/v1/timebanks/*/transfers/**",
					"/api/v1/timebanks/*/accounts/**", "/api/v1/timebanks/*/account")
			.authenticated();
	}
}
