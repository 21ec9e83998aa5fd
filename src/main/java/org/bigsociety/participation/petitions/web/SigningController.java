package org.bigsociety.participation.petitions.web;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.bigsociety.participation.PetitionId;
import org.bigsociety.participation.petitions.Petition;
import org.bigsociety.participation.petitions.PetitionState;
import org.bigsociety.participation.petitions.Petitions;
import org.bigsociety.participation.petitions.Signing;
import org.bigsociety.platform.RateLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Signing: the form ({@code /petitions/{id}/sign}, a page of its own so that reading a petition never starts a
 * session), "check your email", and the link from the email that makes the signature count. Supporters of a petition
 * that is not yet public sign the same form through the creator's link ({@code ?support=...}).
 */
@Controller
class SigningController {

	record SignatureForm(String name, String email, String postcode, Boolean declared, String support) {

		static SignatureForm empty(String support) {
			return new SignatureForm("", "", "", false, support == null ? "" : support);
		}

		/**
		 * The form as posted. Read from the request's parameters rather than through Spring's data binder: the signing
		 * post is one of the two requests of a surge, and binding this record was a tenth of the application's CPU in
		 * the surge profile (bench/petitions). The checkbox reads as Spring would read it ("true", "on", "yes", "1").
		 */
		static SignatureForm posted(HttpServletRequest request) {
			String declared = request.getParameter("declared");
			return new SignatureForm(request.getParameter("name"), request.getParameter("email"),
					request.getParameter("postcode"), declared != null && checked(declared.strip()),
					request.getParameter("support"));
		}

		private static boolean checked(String value) {
			return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("on") || value.equalsIgnoreCase("yes")
					|| value.equals("1");
		}

		Signing.Application application() {
			return new Signing.Application(name, email, postcode, Boolean.TRUE.equals(declared));
		}
	}

	record SignPage(long id, String title, String area, boolean supporting, int supportersNeeded) {
	}

	private final Petitions petitions;
	private final Signing signing;
	private final RateLimits limits;
	private final RateLimits.Allowance perAddress;
	private final Clock clock;

	SigningController(Petitions petitions, Signing signing, RateLimits limits, Clock clock,
			@Value("${bigsociety.petitions.signing.per-address:30}") int perAddress,
			@Value("${bigsociety.petitions.signing.per-address-period:10m}") Duration period) {
		this.petitions = petitions;
		this.signing = signing;
		this.limits = limits;
		this.clock = clock;
		this.perAddress = new RateLimits.Allowance("petition-sign", perAddress, period);
	}

	/** The petition this form signs: public and open, or collecting supporters and the support link is right. */
	private Petition signable(long id, String support) {
		Petition petition = petitions.find(PetitionPages.id(id)).orElseThrow(PetitionsWeb.NoSuchPetition::new);
		boolean supporting = petition.state() == PetitionState.COLLECTING_SUPPORT && support != null
				&& support.equals(petition.supportToken());
		if (!petition.published() && !supporting) {
			throw new PetitionsWeb.NoSuchPetition();
		}
		return petition;
	}

	@GetMapping("/petitions/{id}/sign")
	ModelAndView form(@PathVariable long id, @RequestParam(name = "support", required = false) String support,
			Model model) {
		Petition petition = signable(id, support);
		return page(petition, SignatureForm.empty(support), Map.of(), model);
	}

	@PostMapping("/petitions/{id}/sign")
	ModelAndView sign(@PathVariable long id, HttpServletRequest request, Model model) {
		SignatureForm form = SignatureForm.posted(request);
		Petition petition = signable(id, form.support());
		limits.consume(perAddress, request.getRemoteAddr());
		Map<String, String> problems = signing.sign(petition, form.application(), request.getRemoteAddr());
		if (!problems.isEmpty()) {
			return page(petition, form, problems, model);
		}
		return new ModelAndView("redirect:/petitions/" + id + "/sign/check-email");
	}

	private ModelAndView page(Petition petition, SignatureForm form, Map<String, String> problems, Model model) {
		boolean supporting = petition.state() == PetitionState.COLLECTING_SUPPORT;
		model.addAttribute("petition", new SignPage(petition.id().value(), petition.textShown() ? petition.title() : null,
				petitions.areaName(petition.area()), supporting, Petition.SUPPORTERS_NEEDED));
		model.addAttribute("form", form);
		boolean refused = problems.containsKey("petition"); // closed while the form was open: nothing to correct
		model.addAttribute("errors", refused ? Map.of() : problems);
		model.addAttribute("open", !refused && petition.acceptsSignatures(clock.instant()));
		ModelAndView page = new ModelAndView("participation/petitions/sign", model.asMap());
		if (refused) {
			page.setStatus(HttpStatus.CONFLICT);
		}
		return page;
	}

	@GetMapping("/petitions/{id}/sign/check-email")
	String checkEmail(@PathVariable long id, Model model) {
		Map<String, String> links = new LinkedHashMap<>();
		links.put("/petitions/" + id, "petitions.checkEmail.back");
		return PetitionsWeb.message(model, "petitions.checkEmail.title",
				List.of("petitions.checkEmail.text", "petitions.checkEmail.counts", "petitions.checkEmail.notReceived"),
				links);
	}

	/** The link from the email. Redirects, so the secret is not left in the address bar or sent on as a referrer. */
	@GetMapping("/petitions/confirm")
	String confirm(@RequestParam(name = "token", required = false) String token, Model model) {
		Signing.Confirmed confirmed = signing.confirm(token);
		PetitionId petition = confirmed.petition();
		switch (confirmed.outcome()) {
			case CONFIRMED:
				return "redirect:/petitions/" + petition.value() + "/signed";
			case ALREADY_CONFIRMED:
				return "redirect:/petitions/" + petition.value() + "/signed?again";
			case TOO_LATE:
				return PetitionsWeb.message(model, "petitions.confirm.tooLate.title",
						List.of("petitions.confirm.tooLate.text"),
						Map.of("/petitions/" + petition.value(), "petitions.confirm.seePetition"));
			default:
				return PetitionsWeb.message(model, "petitions.confirm.invalid.title",
						List.of("petitions.confirm.invalid.text", "petitions.confirm.invalid.again"),
						Map.of("/petitions", "petitions.confirm.allPetitions"));
		}
	}

	@GetMapping("/petitions/{id}/signed")
	String signed(@PathVariable long id, @RequestParam(name = "again", required = false) String again, Model model) {
		Petition petition = petitions.find(PetitionPages.id(id)).orElseThrow(PetitionsWeb.NoSuchPetition::new);
		boolean supporting = !petition.published();
		model.addAttribute("id", id);
		model.addAttribute("petitionTitle", petition.published() && petition.textShown() ? petition.title() : "");
		model.addAttribute("again", again != null);
		model.addAttribute("supporting", supporting);
		model.addAttribute("cacheSeconds", petitions.cacheSeconds());
		return "participation/petitions/signed";
	}
}
