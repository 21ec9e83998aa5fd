package org.bigsociety.participation.budgets.web;

import org.bigsociety.participation.budgets.BudgetRounds;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** An address naming no round or project is a 404 page. */
@ControllerAdvice(basePackageClasses = BudgetPageExceptions.class)
class BudgetPageExceptions {

	@ExceptionHandler(BudgetRounds.NoSuchRound.class)
	ModelAndView noSuchRound() {
		ModelAndView page = new ModelAndView("error/404");
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}
}
