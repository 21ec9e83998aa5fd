package org.bigsociety.platform.web;

import org.bigsociety.platform.Problems;
import org.bigsociety.platform.Problems.ApiProblem;
import org.bigsociety.platform.RateLimited;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Turns what API callers get wrong into 4xx problem+json, and anything else into a logged 500. */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptions {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptions.class);

	@ExceptionHandler(ApiProblem.class)
	ResponseEntity<ProblemDetail> problem(ApiProblem ex) {
		return Problems.response(ex.status(), ex.title(), ex.getMessage());
	}

	@ExceptionHandler(RateLimited.class)
	ResponseEntity<ProblemDetail> rateLimited(RateLimited ex) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header("Retry-After", Long.toString(ex.retryAfterSeconds()))
			.contentType(Problems.PROBLEM_JSON)
			.body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", ex.getMessage()));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<ProblemDetail> invalid(IllegalArgumentException ex) {
		return Problems.response(HttpStatus.BAD_REQUEST, "Invalid request", ex.getMessage());
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException ex) {
		String detail = ex.getBindingResult().getFieldErrors().stream()
			.map(error -> error.getField() + ": " + error.getDefaultMessage())
			.reduce((a, b) -> a + "; " + b)
			.orElse("The request body is not valid.");
		return Problems.response(HttpStatus.BAD_REQUEST, "Invalid request", detail);
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
			MissingRequestHeaderException.class, HttpMessageNotReadableException.class })
	ResponseEntity<ProblemDetail> malformed(Exception ex) {
		String detail;
		if (ex instanceof MethodArgumentTypeMismatchException m) {
			detail = "'" + m.getName() + "' has the wrong type.";
		}
		else if (ex instanceof MissingServletRequestParameterException m) {
			detail = "The parameter '" + m.getParameterName() + "' is required.";
		}
		else if (ex instanceof MissingRequestHeaderException m) {
			detail = "The header '" + m.getHeaderName() + "' is required.";
		}
		else {
			detail = "The request body could not be read as JSON of the expected shape.";
		}
		return Problems.response(HttpStatus.BAD_REQUEST, "Invalid request", detail);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException ex) {
		return Problems.response(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed", ex.getMessage());
	}

	@ExceptionHandler(AuthenticationCredentialsNotFoundException.class)
	ResponseEntity<ProblemDetail> unauthenticated(AuthenticationCredentialsNotFoundException ex) {
		return Problems.response(HttpStatus.UNAUTHORIZED, "Unauthorized",
				"Sign in, or send a valid personal access token as 'Authorization: Bearer <token>'.");
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(AccessDeniedException ex) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return unauthenticated(null);
		}
		return Problems.response(HttpStatus.FORBIDDEN, "Forbidden", "You do not have permission to do this.");
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Unexpected error in the API", ex);
		return Problems.response(HttpStatus.INTERNAL_SERVER_ERROR, "Internal Server Error",
				"Something went wrong on our side. It has been logged.");
	}
}
