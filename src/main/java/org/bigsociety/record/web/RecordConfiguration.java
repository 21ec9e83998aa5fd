package org.bigsociety.record.web;

import org.bigsociety.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RecordConfiguration {

	@Bean
	NavigationItem recordNavigation() {
		return new NavigationItem("/record", "record.nav", 90);
	}
}
