package org.bigsociety.participation.consultations.web;

import org.bigsociety.participation.consultations.Consultations;
import org.bigsociety.participation.consultations.Draft;
import org.bigsociety.platform.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Consultations' part of the security set-up, and their 404 page. */
@Configuration(proxyBeanMethods = false)
class ConsultationsWeb {

	/** Whole paths fail closed by role; the service then checks the role is held for the consultation's own area. */
	@Bean
	AccessRules consultationsAccessRules() {
		return requests -> {
			requests.requestMatchers("/consultations/new", "/consultations/answers", "/consultations/*/preview",
					"/consultations/*/edit", "/consultations/*/publish", "/consultations/*/contributions/*/answer",
					"/consultations/*/outcome").hasAnyRole("OFFICER", "ADMINISTRATOR");
			requests.requestMatchers("/consultations/*/paragraphs/*/comments",
					"/consultations/*/paragraphs/*/proposals", "/consultations/*/contributions/*/support")
				.authenticated();
		};
	}

	/** An address naming no consultation, paragraph or contribution (or a draft you may not see) is a 404 page. */
	@ControllerAdvice(basePackageClasses = ConsultationsWeb.class)
	static class NotFound {

		@ExceptionHandler({ Consultations.NoSuchConsultation.class, Draft.Unreadable.class })
		ModelAndView notFound() {
			ModelAndView page = new ModelAndView("error/404");
			page.setStatus(HttpStatus.NOT_FOUND);
			return page;
		}
	}
}
