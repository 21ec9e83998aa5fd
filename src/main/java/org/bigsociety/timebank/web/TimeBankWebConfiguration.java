package org.bigsociety.timebank.web;

import org.bigsociety.platform.AccessRules;
import org.bigsociety.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The time bank's header link and URL rules. Pages anyone may read are listed; everything else under
 * {@code /timebanks} needs a signed-in person, and the services check what that person may do.
 */
@Configuration(proxyBeanMethods = false)
class TimeBankWebConfiguration {

	@Bean
	NavigationItem timebankNavigation() {
		return new NavigationItem("/timebanks", "timebank.nav", 10);
	}

	@Bean
	AccessRules timebankAccessRules() {
		return requests -> {
			requests.requestMatchers("/timebanks/new").hasAnyRole("BROKER", "ADMINISTRATOR");
			requests.requestMatchers(HttpMethod.GET, "/timebanks/*/listings/new").authenticated();
			requests.requestMatchers(HttpMethod.GET, "/timebanks", "/timebanks/*", "/timebanks/*/listings",
					"/timebanks/*/listings/*", "/timebanks/*/rewards", "/timebanks/*/dashboard",
					"/api/v1/timebanks/*/listings")
				.permitAll();
			requests.requestMatchers("/timebanks/**").authenticated();
		};
	}
}
