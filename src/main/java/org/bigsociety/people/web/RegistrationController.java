package org.bigsociety.people.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.bigsociety.people.account.Registration;
import org.bigsociety.platform.RateLimits;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /register}: create an account, then confirm the email address from the link sent to it. */
@Controller
class RegistrationController {

	static final RateLimits.Allowance REGISTER_PER_ADDRESS = new RateLimits.Allowance("register", 10, Duration.ofHours(1));

	record RegistrationForm(String name, String email, String password, String postcode, Boolean agree) {

		static RegistrationForm empty() {
			return new RegistrationForm("", "", "", "", false);
		}

		Registration.Application application() {
			return new Registration.Application(name, email, password, postcode, Boolean.TRUE.equals(agree));
		}
	}

	private final Registration registration;
	private final RateLimits limits;

	RegistrationController(Registration registration, RateLimits limits) {
		this.registration = registration;
		this.limits = limits;
	}

	@GetMapping("/register")
	String form(Model model) {
		model.addAttribute("form", RegistrationForm.empty());
		model.addAttribute("errors", Map.of());
		return "people/register";
	}

	@PostMapping("/register")
	String register(RegistrationForm form, HttpServletRequest request, Model model) {
		limits.consume(REGISTER_PER_ADDRESS, request.getRemoteAddr());
		Map<String, String> errors = registration.register(form.application());
		if (!errors.isEmpty()) {
			model.addAttribute("form", form);
			model.addAttribute("errors", errors);
			return "people/register";
		}
		return "redirect:/register/sent";
	}

	@GetMapping("/register/sent")
	String sent(Model model) {
		return Pages.message(model, "people.register.sent.title",
				List.of("people.register.sent.text", "people.register.sent.notReceived"), Map.of());
	}

	@GetMapping("/register/confirm")
	String confirm(@RequestParam(name = "token", required = false) String token, Model model) {
		if (registration.confirm(token)) {
			return "redirect:/sign-in?confirmed";
		}
		Map<String, String> links = new LinkedHashMap<>();
		links.put("/sign-in", "people.signIn.title");
		links.put("/password/forgotten", "people.forgotten.title");
		links.put("/register", "people.register.title");
		return Pages.message(model, "people.confirm.failed.title",
				List.of("people.confirm.failed.text", "people.confirm.failed.again"), links);
	}
}
