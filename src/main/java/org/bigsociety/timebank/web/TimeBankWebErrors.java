package org.bigsociety.timebank.web;

import java.util.List;

import org.bigsociety.timebank.membership.NotFound;
import org.bigsociety.timebank.ledger.Refusal;
import org.bigsociety.timebank.membership.Refused;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** What a person sees when a time bank page is asked for something that is not there or not allowed now. */
@ControllerAdvice(basePackageClasses = TimeBankWebErrors.class)
class TimeBankWebErrors {

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound() {
		ModelAndView page = new ModelAndView("error/404");
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

	@ExceptionHandler(Refused.class)
	ModelAndView refused(Refused refused) {
		ModelAndView page = new ModelAndView("timebank/message")
			.addObject("titleKey", "timebank.refused.title")
			.addObject("messageKey", refused.messageKey())
			.addObject("arguments", refused.arguments())
			.addObject("links", List.of());
		page.setStatus(HttpStatus.CONFLICT);
		return page;
	}

	/** The ledger refused to move credits (beyond a limit, say): nothing moved, and nothing else changed either. */
	@ExceptionHandler(Refusal.class)
	ModelAndView ledgerRefused(Refusal refusal) {
		ModelAndView page = new ModelAndView("timebank/message")
			.addObject("titleKey", "timebank.refused.title")
			.addObject("messageKey", refusal.messageKey())
			.addObject("arguments", refusal.arguments())
			.addObject("links", List.of());
		page.setStatus(HttpStatus.CONFLICT);
		return page;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView changedMeanwhile() {
		ModelAndView page = new ModelAndView("timebank/message")
			.addObject("titleKey", "timebank.refused.title")
			.addObject("messageKey", "timebank.changedMeanwhile")
			.addObject("arguments", new Object[0])
			.addObject("links", List.of());
		page.setStatus(HttpStatus.CONFLICT);
		return page;
	}
}
