package org.bigsociety.participation.referendums.web;

import org.bigsociety.participation.referendums.Referendums;
import org.bigsociety.platform.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Referendums' part of the security set-up: voting online and everything an officer does needs a sign-in. */
@Configuration(proxyBeanMethods = false)
class ReferendumsWeb {

	@Bean
	AccessRules referendumsAccessRules() {
		return requests -> requests
			.requestMatchers("/referendums/new", "/referendums/*/manage", "/referendums/*/manage/**",
					"/referendums/*/vote")
			.authenticated();
	}

	/** An address naming no referendum is a 404 page. */
	@ControllerAdvice(basePackageClasses = ReferendumsWeb.class)
	static class PageExceptions {

		@ExceptionHandler(Referendums.NoSuchReferendum.class)
		ModelAndView noSuchReferendum() {
			ModelAndView page = new ModelAndView("error/404");
			page.setStatus(HttpStatus.NOT_FOUND);
			return page;
		}
	}
}
