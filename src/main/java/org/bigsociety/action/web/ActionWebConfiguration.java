package org.bigsociety.action.web;

import org.bigsociety.platform.AccessRules;
import org.bigsociety.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The action module's links in the header and its URL rules. The rules fail closed for whole paths; the services
 * then check that organisers and group administrators act only on their own events, opportunities and campaigns.
 */
@Configuration(proxyBeanMethods = false)
class ActionWebConfiguration {

	@Bean
	NavigationItem eventsNavigation() {
		return new NavigationItem("/events", "action.nav.events", 40);
	}

	@Bean
	NavigationItem volunteeringNavigation() {
		return new NavigationItem("/volunteering", "action.nav.volunteering", 45);
	}

	@Bean
	AccessRules actionAccessRules() {
		return requests -> {
			// Role rules first: the first matching rule wins.
			requests.requestMatchers("/big-society-day/new").hasAnyRole("OFFICER", "ADMINISTRATOR");
			requests.requestMatchers("/organisers/training", "/organisers/training/**",
					"/organisers/campaigns", "/organisers/campaigns/**", "/organisers/groups/**")
				.hasAnyRole("ORGANISER", "ADMINISTRATOR");
			requests.requestMatchers(HttpMethod.POST, "/events/**", "/volunteering/**", "/big-society-day/**",
					"/organisers/**")
				.authenticated();
			requests.requestMatchers("/events/new", "/events/mine", "/events/*/manage", "/volunteering/new",
					"/volunteering/mine", "/volunteering/*/applications", "/volunteering/hours",
					"/volunteering/employers/new")
				.authenticated();
		};
	}
}
