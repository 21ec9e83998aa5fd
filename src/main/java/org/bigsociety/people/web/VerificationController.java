package org.bigsociety.people.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bigsociety.people.People;
import org.bigsociety.people.Residence;
import org.bigsociety.people.VerificationLevel;
import org.bigsociety.people.account.PersonPrincipal;
import org.bigsociety.people.account.Profiles;
import org.bigsociety.people.verification.VerificationLetters;
import org.bigsociety.platform.RateLimits;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /account/verify}: how far where a person lives is verified, and verification by a letter with a code. */
@Controller
class VerificationController {

	static final RateLimits.Allowance LETTERS_PER_PERSON = new RateLimits.Allowance("verification-letter", 10,
			Duration.ofDays(1));
	static final RateLimits.Allowance CODES_PER_PERSON = new RateLimits.Allowance("verification-code", 20,
			Duration.ofHours(1));

	/** The letter form: the address lines, and the postcode the page showed (a letter goes to that one only). */
	record LetterForm(String address, String postcode) {
	}

	record CodeForm(String code) {
	}

	/** What the page shows: the person's postcode and neighbourhood, the level, and any letter under way. */
	record VerifyPage(String postcode, String neighbourhood, VerificationLevel level, boolean placed,
			VerificationLetters.OpenLetter letter) {

		public boolean verified() {
			return level.atLeast(VerificationLevel.VERIFIED_BY_LETTER);
		}

		/** A letter to the current postcode is on its way: the page asks for its code. */
		public boolean codeForm() {
			return placed && !verified() && letter != null && letter.postcode().equals(postcode);
		}

		/** No letter is on its way: the page offers one. */
		public boolean letterForm() {
			return placed && !verified() && !codeForm();
		}
	}

	private final People people;
	private final Profiles profiles;
	private final VerificationLetters letters;
	private final RateLimits limits;

	VerificationController(People people, Profiles profiles, VerificationLetters letters, RateLimits limits) {
		this.people = people;
		this.profiles = profiles;
		this.letters = letters;
		this.limits = limits;
	}

	@GetMapping("/account/verify")
	String page(@AuthenticationPrincipal PersonPrincipal me, Model model) {
		return page(me, model, new LetterForm("", null), Map.of());
	}

	@PostMapping("/account/verify/letter")
	String askForLetter(@AuthenticationPrincipal PersonPrincipal me, LetterForm form, Model model,
			RedirectAttributes redirect) {
		limits.consume(LETTERS_PER_PERSON, Long.toString(me.personId().value()));
		Map<String, String> errors = letters.request(me.personId(), form.address(), form.postcode());
		if (!errors.isEmpty()) {
			return page(me, model, form, errors);
		}
		redirect.addFlashAttribute("done", "people.verify.letter.requested");
		return "redirect:/account/verify";
	}

	@PostMapping("/account/verify/code")
	String enterCode(@AuthenticationPrincipal PersonPrincipal me, CodeForm form, Model model,
			RedirectAttributes redirect) {
		limits.consume(CODES_PER_PERSON, Long.toString(me.personId().value()));
		Map<String, String> errors = letters.enterCode(me.personId(), form.code());
		if (!errors.isEmpty()) {
			return page(me, model, new LetterForm("", null), errors);
		}
		redirect.addFlashAttribute("done", "people.verify.code.done");
		return "redirect:/account/verify";
	}

	private String page(PersonPrincipal me, Model model, LetterForm form, Map<String, String> errors) {
		Profiles.Profile profile = profiles.of(me.personId());
		Optional<Residence> residence = people.residence(me.personId());
		VerificationLevel level = residence.map(Residence::level).orElse(VerificationLevel.NONE);
		model.addAttribute("verify", new VerifyPage(profile.postcode(), profile.neighbourhood(), level,
				level != VerificationLevel.NONE, letters.openLetter(me.personId()).orElse(null)));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("levels", List.of(VerificationLevel.SELF_DECLARED, VerificationLevel.VERIFIED_BY_LETTER,
				VerificationLevel.VERIFIED_BY_OFFICER));
		return "people/verify";
	}
}
