package org.bigsociety.platform.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.bigsociety.platform.RateLimited;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** What a person sees when they ask for too much, or type a bad value into an address. */
@ControllerAdvice(annotations = Controller.class)
class PageExceptions {

	@ExceptionHandler(RateLimited.class)
	ModelAndView rateLimited(RateLimited ex, HttpServletResponse response) {
		response.setHeader("Retry-After", Long.toString(ex.retryAfterSeconds()));
		ModelAndView page = new ModelAndView("error/429", Map.of("retryAfter", ex.retryAfterSeconds()));
		page.setStatus(HttpStatus.TOO_MANY_REQUESTS);
		return page;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView badValue() {
		ModelAndView page = new ModelAndView("error/404");
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}
}
