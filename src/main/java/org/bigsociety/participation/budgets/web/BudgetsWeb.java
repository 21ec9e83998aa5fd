package org.bigsociety.participation.budgets.web;

import java.util.List;

import org.bigsociety.platform.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Participatory budgeting's part of the security set-up. */
@Configuration(proxyBeanMethods = false)
class BudgetsWeb {

	@Bean
	AccessRules budgetsAccessRules() {
		return new AccessRules() {

			@Override
			public void configure(
					org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
				requests.requestMatchers("/budgets/new", "/budgets/*/manage", "/budgets/*/manage/**", "/budgets/*/ballot",
						"/budgets/*/propose").authenticated();
			}

			/** The tally stores nothing and acts on nothing of the caller's: a calculator anyone may call. */
			@Override
			public List<String> statelessApiPosts() {
				return List.of(TallyApi.PATH);
			}
		};
	}
}
