package org.bigsociety.people.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.bigsociety.people.account.EmailAddress;
import org.bigsociety.people.account.PasswordResets;
import org.bigsociety.platform.RateLimits;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Forgotten passwords: ask for a link, then choose a new password with it. */
@Controller
class PasswordController {

	static final RateLimits.Allowance RESET_PER_ADDRESS = new RateLimits.Allowance("password-reset", 10, Duration.ofHours(1));

	private final PasswordResets resets;
	private final RateLimits limits;

	PasswordController(PasswordResets resets, RateLimits limits) {
		this.resets = resets;
		this.limits = limits;
	}

	@GetMapping("/password/forgotten")
	String forgotten(Model model) {
		model.addAttribute("email", "");
		model.addAttribute("errors", Map.of());
		return "people/forgotten";
	}

	@PostMapping("/password/forgotten")
	String request(@RequestParam(name = "email", required = false) String email, HttpServletRequest request,
			Model model) {
		if (EmailAddress.parseOrNull(email) == null) {
			model.addAttribute("email", email == null ? "" : email);
			model.addAttribute("errors", Map.of("email", email == null || email.isBlank() ? "people.email.missing"
					: "people.email.invalid"));
			return "people/forgotten";
		}
		limits.consume(RESET_PER_ADDRESS, request.getRemoteAddr());
		resets.request(email);
		return "redirect:/password/sent";
	}

	@GetMapping("/password/sent")
	String sent(Model model) {
		return Pages.message(model, "people.forgotten.sent.title", List.of("people.forgotten.sent.text"), Map.of());
	}

	@GetMapping("/password/reset")
	String form(@RequestParam(name = "token", required = false) String token, Model model) {
		if (!resets.usable(token)) {
			return unusable(model);
		}
		model.addAttribute("token", token);
		model.addAttribute("errors", Map.of());
		return "people/reset";
	}

	@PostMapping("/password/reset")
	String reset(@RequestParam(name = "token", required = false) String token,
			@RequestParam(name = "password", required = false) String password, Model model) {
		PasswordResets.Outcome outcome = resets.reset(token, password);
		if (outcome == PasswordResets.Outcome.DONE) {
			return "redirect:/sign-in?reset";
		}
		if (outcome == PasswordResets.Outcome.LINK_NOT_USABLE) {
			return unusable(model);
		}
		model.addAttribute("token", token);
		model.addAttribute("errors", Map.of("password", resets.problemWith(token, password).orElse("people.password.missing")));
		return "people/reset";
	}

	private static String unusable(Model model) {
		return Pages.message(model, "people.reset.failed.title", List.of("people.reset.failed.text"),
				Map.of("/password/forgotten", "people.reset.failed.again"));
	}
}
