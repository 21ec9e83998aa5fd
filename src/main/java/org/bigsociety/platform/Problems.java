package org.bigsociety.platform;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** RFC 9457 problem details for the API, one clear message per failure. */
public final class Problems {

	public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

	private Problems() {
	}

	public static ProblemDetail of(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("about:blank"));
		return problem;
	}

	public static ResponseEntity<ProblemDetail> response(HttpStatus status, String title, String detail) {
		return ResponseEntity.status(status).contentType(PROBLEM_JSON).body(of(status, title, detail));
	}

	/** Thrown by API code for an error the caller caused; rendered as problem+json with this status. */
	public static class ApiProblem extends RuntimeException {

		private final HttpStatus status;
		private final String title;

		public ApiProblem(HttpStatus status, String title, String detail) {
			super(detail);
			this.status = status;
			this.title = title;
		}

		public HttpStatus status() {
			return status;
		}

		public String title() {
			return title;
		}
	}
}
