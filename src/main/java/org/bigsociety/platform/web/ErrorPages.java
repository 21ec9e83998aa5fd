package org.bigsociety.platform.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.bigsociety.platform.Problems;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error that reaches the container: a GOV.UK-style page for people, problem+json for the API.
 */
@Controller
class ErrorPages implements ErrorController {

	@RequestMapping("/error")
	Object error(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = statusOf(request);
		String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
		if (uri.startsWith("/api/") || uri.startsWith("/openreferral/") || uri.startsWith("/open311/")) {
			ProblemDetail problem = Problems.of(status, status.getReasonPhrase(), apiDetail(status));
			return ResponseEntity.status(status).contentType(Problems.PROBLEM_JSON).body(problem);
		}
		String view = switch (status.value()) {
			case 400, 403, 404, 429 -> "error/" + status.value();
			default -> status.is4xxClientError() ? "error/400" : "error/500";
		};
		ModelAndView page = new ModelAndView(view, Map.of("status", status.value()));
		page.setStatus(status);
		return page;
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value) {
			HttpStatus status = HttpStatus.resolve(value);
			if (status != null) {
				return status;
			}
		}
		// Asked for directly, not forwarded by the container: there is nothing to show.
		return code == null && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) == null ? HttpStatus.NOT_FOUND
				: HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static String apiDetail(HttpStatus status) {
		return switch (status.value()) {
			case 400 -> "The request could not be understood. Check the parameters and the body.";
			case 401 -> "Sign in, or send a valid personal access token as 'Authorization: Bearer <token>'.";
			case 403 -> "You do not have permission to do this.";
			case 404 -> "There is nothing at this address.";
			case 405 -> "This address does not accept that method.";
			case 429 -> "Too many requests. Wait and try again.";
			default -> status.is5xxServerError() ? "Something went wrong on our side. It has been logged." : status.getReasonPhrase();
		};
	}
}
