package org.bigsociety.participation.ideas.web;

import org.bigsociety.participation.ideas.IdeasCalls;
import org.bigsociety.platform.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Ideas calls' part of the security set-up: everything but reading needs a sign-in; the service then checks who is an
 * officer for the call's area, a judge on its panel, or an idea's author. No header link: the lead's "Have your say"
 * page links to {@code /ideas}.
 */
@Configuration(proxyBeanMethods = false)
class IdeasWeb {

	@Bean
	AccessRules ideasAccessRules() {
		return requests -> requests
			.requestMatchers("/ideas/new", "/ideas/*/new", "/ideas/*/manage", "/ideas/*/manage/**", "/ideas/*/panel",
					"/ideas/*/judging", "/ideas/*/judging/**", "/ideas/*/weekend", "/ideas/*/weekend/**")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/ideas/*/ideas/*/**")
			.authenticated();
	}

	/** An address naming no call or idea is a 404 page. */
	@ControllerAdvice(basePackageClasses = IdeasWeb.class)
	static class NotFound {

		@ExceptionHandler(IdeasCalls.NoSuchIdea.class)
		ModelAndView noSuchIdea() {
			ModelAndView page = new ModelAndView("error/404");
			page.setStatus(HttpStatus.NOT_FOUND);
			return page;
		}
	}
}
