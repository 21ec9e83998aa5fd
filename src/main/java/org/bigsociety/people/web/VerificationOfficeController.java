package org.bigsociety.people.web;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.bigsociety.people.account.PersonPrincipal;
import org.bigsociety.people.verification.Evidence;
import org.bigsociety.people.verification.OfficerChecks;
import org.bigsociety.people.verification.VerificationLetters;
import org.bigsociety.platform.AccessRules;
import org.bigsociety.platform.RateLimits;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /verification}: council officers' side of verification. Letters residents asked for in the officer's area, and
 * printing them (the only place a code appears); and recording an address verified in person, for an account found by
 * the exact email address its owner gives.
 */
@Controller
class VerificationOfficeController {

	static final RateLimits.Allowance LOOKUPS_PER_OFFICER = new RateLimits.Allowance("verification-lookup", 60,
			Duration.ofHours(1));

	record CheckForm(String email) {
	}

	record RecordForm(String person, String evidence, String note) {

		/** The account number from the hidden field, or null if it is missing or not a number. */
		Long personId() {
			return number(person);
		}
	}

	static Long number(String typed) {
		if (typed == null || typed.isBlank() || typed.length() > 18 || !typed.strip().chars().allMatch(Character::isDigit)) {
			return null;
		}
		return Long.parseLong(typed.strip());
	}

	/** Officers and administrators only; within that, each service keeps an officer to their own areas. */
	@Configuration(proxyBeanMethods = false)
	static class Rules {

		@Bean
		AccessRules verificationAccessRules() {
			return new AccessRules() {

				@Override
				public void configure(
						AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
					requests.requestMatchers("/verification", "/verification/**").hasAnyRole("OFFICER", "ADMINISTRATOR");
				}
			};
		}
	}

	private final VerificationLetters letters;
	private final OfficerChecks checks;
	private final RateLimits limits;

	VerificationOfficeController(VerificationLetters letters, OfficerChecks checks, RateLimits limits) {
		this.letters = letters;
		this.checks = checks;
		this.limits = limits;
	}

	/** One page of the letters; a page number that is not one gives the first page, past the last the last. */
	@GetMapping("/verification/letters")
	String letters(@AuthenticationPrincipal PersonPrincipal me,
			@RequestParam(name = "page", required = false) String page, Model model) {
		return lettersPage(me, model, Map.of(), page);
	}

	/**
	 * Prints the chosen letters. The codes are made now and shown on this response only, so this answers the page
	 * itself rather than redirecting: nothing that could be reloaded later holds a code.
	 */
	@PostMapping("/verification/letters/print")
	String print(@AuthenticationPrincipal PersonPrincipal me,
			@RequestParam(name = "letter", required = false) List<String> chosen,
			@RequestParam(name = "page", required = false) String page, Model model, HttpServletResponse response) {
		List<Long> ids = chosen == null ? List.of() : chosen.stream().map(VerificationOfficeController::number).filter(id -> id != null).toList();
		List<VerificationLetters.Printed> printed = ids.isEmpty() ? List.of() : letters.print(me.personId(), ids);
		if (printed.isEmpty()) {
			return lettersPage(me, model, Map.of("letters", "people.letters.noneChosen"), page);
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("printed", printed);
		return "people/letters-print";
	}

	private String lettersPage(PersonPrincipal me, Model model, Map<String, String> errors, String page) {
		model.addAttribute("pending", letters.pendingFor(me.personId(), pageNumber(page)));
		model.addAttribute("errors", errors);
		return "people/letters";
	}

	/** The page asked for: anything but digits is the first page; too many digits to be a page, past the last. */
	private static int pageNumber(String typed) {
		if (typed == null || typed.isBlank() || !typed.strip().chars().allMatch(c -> c >= '0' && c <= '9')) {
			return 1;
		}
		String digits = typed.strip().replaceFirst("^0+(?=.)", "");
		return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
	}

	@GetMapping("/verification/check")
	String checkForm(Model model) {
		return checkPage(model, new CheckForm(""), null, Map.of(), new RecordForm(null, null, null));
	}

	/** Looks the account up by the exact address given (a post, so the address stays out of logs and history). */
	@PostMapping("/verification/check")
	String check(@AuthenticationPrincipal PersonPrincipal me, CheckForm form, Model model) {
		limits.consume(LOOKUPS_PER_OFFICER, Long.toString(me.personId().value()));
		OfficerChecks.Lookup lookup = checks.find(me.personId(), form.email());
		if (lookup.found() == null) {
			return checkPage(model, form, null, Map.of("email", lookup.problem()), new RecordForm(null, null, null));
		}
		return checkPage(model, form, lookup.found(), Map.of(), new RecordForm(Long.toString(lookup.found().id()), null, null));
	}

	@PostMapping("/verification/check/record")
	String record(@AuthenticationPrincipal PersonPrincipal me, RecordForm form, Model model,
			RedirectAttributes redirect) {
		Long person = form.personId();
		if (person == null) {
			return checkPage(model, new CheckForm(""), null, Map.of("email", "people.check.email.missing"),
					new RecordForm(null, null, null));
		}
		Map<String, String> errors = checks.record(me.personId(), person, form.evidence(), form.note());
		if (!errors.isEmpty()) {
			OfficerChecks.Lookup again = checks.again(me.personId(), person);
			if (again.found() == null) {
				return checkPage(model, new CheckForm(""), null, Map.of("email", again.problem()),
						new RecordForm(null, null, null));
			}
			return checkPage(model, new CheckForm(""), again.found(), errors, form);
		}
		redirect.addFlashAttribute("recorded", true);
		return "redirect:/verification/check";
	}

	private static String checkPage(Model model, CheckForm form, OfficerChecks.Found found, Map<String, String> errors,
			RecordForm record) {
		model.addAttribute("form", form);
		model.addAttribute("found", found);
		model.addAttribute("errors", errors);
		model.addAttribute("record", record);
		model.addAttribute("evidenceKinds", Arrays.stream(Evidence.values()).map(Enum::name).toList());
		if (!model.containsAttribute("recorded")) {
			model.addAttribute("recorded", false);
		}
		return "people/check";
	}
}
