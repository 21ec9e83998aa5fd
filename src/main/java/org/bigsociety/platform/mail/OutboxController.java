package org.bigsociety.platform.mail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /admin/outbox}: the mail the platform would have sent, for administrators of the embedded default. */
@Controller
@ConditionalOnProperty(name = "bigsociety.mail.outbox", havingValue = "true")
class OutboxController {

	private final OutboxMail outbox;

	OutboxController(OutboxMail outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/admin/outbox")
	String outbox(@RequestParam(name = "to", required = false) String to, Model model) {
		model.addAttribute("to", to == null ? "" : to);
		model.addAttribute("letters", outbox.latest(to, 50));
		return "platform/outbox";
	}
}
