package org.bigsociety.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The front door and the pages every public service needs. */
@Controller
class HomeController {

	@GetMapping("/")
	String home(@RequestParam(name = "postcode", required = false) String postcode, Model model) {
		model.addAttribute("postcode", postcode == null ? "" : postcode);
		return "platform/home";
	}

	@GetMapping("/accessibility")
	String accessibility() {
		return "platform/accessibility";
	}

	@GetMapping("/privacy")
	String privacy() {
		return "platform/privacy";
	}

	@GetMapping("/cookies")
	String cookies() {
		return "platform/cookies";
	}

	@GetMapping("/open-data")
	String openData() {
		return "platform/open-data";
	}
}
