package org.bigsociety.participation.referendums.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bigsociety.participation.referendums.Referendum;
import org.bigsociety.participation.referendums.Referendums;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What officers do: create a referendum or poll, open it (taking the roll), issue and print poll cards, and count it
 * once closed. Only officers for the vote's area get past the service's checks.
 */
@Controller
class ReturningOfficerController {

	private final Referendums referendums;
	private final People people;

	ReturningOfficerController(Referendums referendums, People people) {
		this.referendums = referendums;
		this.people = people;
	}

	record NewForm(String kind, String areaCode, String question, String explanation, String opensDay,
			String opensMonth, String opensYear, String closesDay, String closesMonth, String closesYear,
			String majority, String passPercent, String minimumTurnout, String verification, String options,
			String minChoices, String maxChoices) {
	}

	record CardsForm(String who, String count) {
	}

	@GetMapping("/referendums/new")
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMINISTRATOR')")
	String newForm(Model model) {
		return newPage(model, new NewForm("REFERENDUM", "E09000012", "", "", "", "", "", "", "", "", "SIMPLE", "75",
				"0", "VERIFIED_BY_LETTER", "", "1", "1"), Map.of());
	}

	@PostMapping("/referendums/new")
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMINISTRATOR')")
	String create(NewForm form, Model model) {
		PersonId me = people.currentPerson().orElseThrow();
		boolean simple = !"SUPER".equals(form.majority());
		Referendums.Created created = referendums.create(me, new Referendums.Details(form.kind(), form.areaCode(),
				form.question(), form.explanation(), date(form.opensDay(), form.opensMonth(), form.opensYear()),
				date(form.closesDay(), form.closesMonth(), form.closesYear()),
				simple ? 50 : orMinusOne(form.passPercent()), orMinusOne(form.minimumTurnout()), form.verification(),
				form.options() == null ? List.of() : Arrays.asList(form.options().split("\\R")),
				orMinusOne(form.minChoices()), orMinusOne(form.maxChoices())));
		if (created.id() == null) {
			return newPage(model, form, created.errors());
		}
		return "redirect:/referendums/" + created.id() + "/manage";
	}

	private static LocalDate date(String day, String month, String year) {
		Integer d = number(day);
		Integer m = number(month);
		Integer y = number(year);
		if (d == null || m == null || y == null) {
			return null;
		}
		try {
			return LocalDate.of(y, m, d);
		}
		catch (DateTimeException e) {
			return null;
		}
	}

	static Integer number(String typed) {
		if (typed == null || !typed.trim().matches("[0-9]{1,9}")) {
			return null;
		}
		return Integer.valueOf(typed.trim());
	}

	private static int orMinusOne(String typed) {
		Integer n = number(typed);
		return n == null ? -1 : n;
	}

	private String newPage(Model model, NewForm form, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "participation/referendums/new";
	}

	@GetMapping("/referendums/{id}/manage")
	String manage(@PathVariable long id, Model model) {
		return managePage(model, managed(id), Map.of());
	}

	private String managePage(Model model, Referendum referendum, Map<String, String> errors) {
		model.addAttribute("referendum", ReferendumView.of(referendum, referendums));
		model.addAttribute("voted", referendums.voted(referendum.id()));
		model.addAttribute("cardsIssued", referendums.cardsIssued(referendum.id()));
		model.addAttribute("batches", referendums.unprintedBatches(referendum.id()));
		model.addAttribute("errors", errors);
		model.addAttribute("canCount", referendum.state() == org.bigsociety.participation.referendums.State.OPEN
				&& !referendums.now().isBefore(referendum.closesAt()));
		return "participation/referendums/manage";
	}

	@PostMapping("/referendums/{id}/manage/open")
	String open(@PathVariable long id, Model model) {
		Referendum referendum = managed(id);
		Map<String, String> errors = referendums.open(me(), id);
		if (!errors.isEmpty()) {
			return managePage(model, referendum, errors);
		}
		return "redirect:/referendums/" + id + "/manage";
	}

	@PostMapping("/referendums/{id}/manage/cards")
	String issueCards(@PathVariable long id, CardsForm form, Model model) {
		Referendum referendum = managed(id);
		Integer count = number(form.count());
		Referendums.IssuedCards issued = referendums.issueCards(me(), id, "ROLL".equals(form.who()), count);
		if (issued.batch() == null) {
			return managePage(model, referendum, issued.errors());
		}
		return "redirect:/referendums/" + id + "/manage/cards/" + issued.batch();
	}

	@GetMapping("/referendums/{id}/manage/cards/{batch}")
	String cards(@PathVariable long id, @PathVariable UUID batch, Model model) {
		Referendum referendum = managed(id);
		model.addAttribute("referendum", ReferendumView.of(referendum, referendums));
		model.addAttribute("cards", referendums.cards(me(), id, batch));
		model.addAttribute("batch", batch);
		model.addAttribute("voteAddress", ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/referendums/{id}/vote-with-card")
			.buildAndExpand(id)
			.toUriString());
		return "participation/referendums/cards";
	}

	@PostMapping("/referendums/{id}/manage/cards/{batch}/printed")
	String printed(@PathVariable long id, @PathVariable UUID batch, RedirectAttributes redirect) {
		managed(id);
		referendums.printed(me(), id, batch);
		redirect.addFlashAttribute("printed", true);
		return "redirect:/referendums/" + id + "/manage";
	}

	@PostMapping("/referendums/{id}/manage/count")
	String count(@PathVariable long id, Model model) {
		Referendum referendum = managed(id);
		Map<String, String> errors = referendums.count(me(), id);
		if (!errors.isEmpty()) {
			return managePage(model, referendum, errors);
		}
		return "redirect:/referendums/" + id;
	}

	private PersonId me() {
		return people.currentPerson().orElseThrow();
	}

	private Referendum managed(long id) {
		Referendum referendum = referendums.find(id).orElseThrow(Referendums.NoSuchReferendum::new);
		if (!referendums.manages(people.currentPerson().orElse(null), referendum)) {
			throw new AccessDeniedException("Only an officer for the area runs this vote");
		}
		return referendum;
	}
}
