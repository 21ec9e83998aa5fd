package org.bigsociety.people.web;

import jakarta.servlet.http.HttpServletRequest;

import org.bigsociety.platform.Navigation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page; Spring Security handles the form's POST. Every failure shows the same message, so it never says
 * whether an email address has an account.
 */
@Controller
class SignInController {

	@GetMapping("/sign-in")
	String signIn(HttpServletRequest request, Model model) {
		String problem = null;
		if (request.getParameterMap().containsKey("locked")) {
			problem = "people.signIn.locked";
		}
		else if (request.getParameterMap().containsKey("error")) {
			problem = "people.signIn.error";
		}
		String banner = null;
		if (request.getParameterMap().containsKey("confirmed")) {
			banner = "people.signIn.confirmed";
		}
		else if (request.getParameterMap().containsKey("reset")) {
			banner = "people.signIn.reset";
		}
		model.addAttribute("problem", problem);
		model.addAttribute("banner", banner);
		// The page to come back to after signing in (a link such as "Sign in to comment" names it).
		model.addAttribute("continueTo", Navigation.returnPath(request.getParameter("continue")).orElse(null));
		return "people/sign-in";
	}
}
