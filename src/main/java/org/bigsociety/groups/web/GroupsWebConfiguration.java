package org.bigsociety.groups.web;

import org.bigsociety.platform.AccessRules;
import org.bigsociety.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The groups module's header link and URL rules. Pages that change something need a signed-in person; whether that
 * person may act for the group is checked by the services (a group's own administrators, or a platform administrator).
 */
@Configuration(proxyBeanMethods = false)
class GroupsWebConfiguration {

	@Bean
	NavigationItem groupsNavigation() {
		return new NavigationItem("/groups", "groups.nav", 30);
	}

	@Bean
	AccessRules groupsAccessRules() {
		return requests -> requests
			.requestMatchers("/groups/new", "/groups/propose", "/groups/*/join", "/groups/*/leave", "/groups/*/manage",
					"/groups/*/manage/**")
			.authenticated();
	}
}
