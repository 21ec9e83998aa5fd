package org.bigsociety.participation.budgets.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.bigsociety.participation.budgets.tally.Outcome;
import org.bigsociety.participation.budgets.tally.PabulibFormatException;
import org.bigsociety.participation.budgets.tally.PabulibInstance;
import org.bigsociety.participation.budgets.tally.PabulibReader;
import org.bigsociety.participation.budgets.tally.Rule;
import org.bigsociety.participation.budgets.tally.TallyTooCostly;
import org.bigsociety.platform.Problems.ApiProblem;
import org.bigsociety.platform.RateLimited;
import org.bigsociety.platform.RateLimits;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tallies any pabulib file with any of our rules, so anyone can check a result with another implementation. Public,
 * stateless (it stores nothing), and limited per client address because a large election takes real work.
 */
@RestController
@Tag(name = "Participatory budgeting", description = "Budget rounds and the rules that tally them")
class TallyApi {

	static final String PATH = "/api/v1/budgets/tally";

	/** The largest file we tally: the biggest real pabulib files are a few megabytes. */
	static final long MAX_BYTES = 20L * 1024 * 1024;

	static final RateLimits.Allowance TALLIES_PER_ADDRESS = new RateLimits.Allowance("budgets.tally", 20,
			Duration.ofMinutes(1));

	/** Tallies at once on this node: a big Equal Shares tally takes seconds of a core, so callers beyond this wait. */
	static final int AT_ONCE = 2;

	private final Semaphore running = new Semaphore(AT_ONCE);
	private final RateLimits limits;
	private final MessageSource messages;

	TallyApi(RateLimits limits, MessageSource messages) {
		this.limits = limits;
		this.messages = messages;
	}

	@PostMapping(path = PATH, consumes = { MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE })
	@Operation(summary = "Tally a pabulib .pb file (the request body, UTF-8) with a rule; answers the selected "
			+ "project ids in the order the rule selected them")
	TallyJson tally(@Parameter(description = "greedy-votes, greedy-votes-per-pound or equal-shares",
			example = "equal-shares") @RequestParam String rule, HttpServletRequest request, Locale locale)
			throws IOException {
		limits.consume(TALLIES_PER_ADDRESS, request.getRemoteAddr());
		Rule chosen = Rule.byId(rule)
			.orElseThrow(() -> problem(HttpStatus.BAD_REQUEST, "budgets.api.rule", locale, rule, Rule.names()));
		if (request.getContentLengthLong() > MAX_BYTES) {
			throw problem(HttpStatus.CONTENT_TOO_LARGE, "budgets.api.too-large", locale, MAX_BYTES / 1024 / 1024);
		}
		PabulibInstance instance;
		try (Reader reader = new InputStreamReader(new Bounded(request.getInputStream()), StandardCharsets.UTF_8)) {
			instance = PabulibReader.read(reader);
		}
		catch (TooLarge e) {
			throw problem(HttpStatus.CONTENT_TOO_LARGE, "budgets.api.too-large", locale, MAX_BYTES / 1024 / 1024);
		}
		catch (PabulibFormatException e) {
			throw problem(HttpStatus.BAD_REQUEST, "budgets.api.format", locale, e.line(), e.problem());
		}
		catch (IllegalArgumentException e) {
			throw problem(HttpStatus.BAD_REQUEST, "budgets.api.invalid", locale, e.getMessage());
		}
		if (!running.tryAcquire()) {
			throw new RateLimited(5);
		}
		try {
			Outcome outcome = chosen.apply(instance.election());
			return new TallyJson(chosen.id(), instance.budget(), outcome.cost(), outcome.selected(),
					instance.projects().size(), instance.votes().size());
		}
		catch (TallyTooCostly e) {
			throw problem(HttpStatus.UNPROCESSABLE_CONTENT, "budgets.api.too-costly", locale);
		}
		finally {
			running.release();
		}
	}

	private ApiProblem problem(HttpStatus status, String key, Locale locale, Object... arguments) {
		return new ApiProblem(status, messages.getMessage(key + ".title", null, locale),
				messages.getMessage(key, arguments, locale));
	}

	/**
	 * The result.
	 *
	 * @param selected the funded project ids, in the order the rule selected them
	 * @param cost what they cost together, in the file's currency units
	 */
	record TallyJson(String rule, long budget, long cost, List<String> selected, int projects, int votes) {
	}

	private static final class TooLarge extends IOException {

		TooLarge() {
			super("Too large");
		}
	}

	/** Refuses to read past {@link #MAX_BYTES}, whatever the request said its length was. */
	private static final class Bounded extends InputStream {

		private final InputStream in;
		private long read;

		Bounded(InputStream in) {
			this.in = in;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0 && ++read > MAX_BYTES) {
				throw new TooLarge();
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0 && (read += n) > MAX_BYTES) {
				throw new TooLarge();
			}
			return n;
		}
	}
}
