package org.bigsociety.action.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bigsociety.action.events.When;
import org.bigsociety.action.volunteering.Cause;
import org.bigsociety.action.volunteering.Employers;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.Area;
import org.bigsociety.place.AreaId;
import org.bigsociety.place.Places;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /volunteering/employers}: employers register, staff join with the employer's code and log the hours they
 * volunteer where they live, and each employer's page adds the hours up by area and cause.
 */
@Controller
class EmployerPages {

	private final Employers employers;
	private final Places places;
	private final Signed signed;

	EmployerPages(Employers employers, Places places, Signed signed) {
		this.employers = employers;
		this.places = places;
		this.signed = signed;
	}

	record EmployerRow(long id, String name, String hours, int people) {
	}

	record TotalRow(String name, String nameKey, String hours, int people) {
	}

	@GetMapping("/volunteering/employers")
	String list(Model model) {
		List<EmployerRow> rows = employers.all().stream().map(total -> {
			String[] parts = total.key().split(":", 2);
			return new EmployerRow(Long.parseLong(parts[0]), parts[1], When.duration(total.minutes()), total.people());
		}).toList();
		model.addAttribute("employers", rows);
		return "action/volunteering/employers";
	}

	@GetMapping("/volunteering/employers/{id}")
	String employer(@PathVariable long id, Model model) {
		Employers.Employer employer = employers.get(id);
		PersonId viewer = signed.orNull();
		List<TotalRow> byArea = employers.byArea(id).stream()
			.map(total -> new TotalRow(places.area(new AreaId(Long.parseLong(total.key()))).map(Area::name)
				.orElse(total.key()), null, When.duration(total.minutes()), total.people()))
			.toList();
		List<TotalRow> byCause = employers.byCause(id).stream()
			.map(total -> new TotalRow(null, Cause.valueOf(total.key()).messageKey(), When.duration(total.minutes()),
					total.people()))
			.toList();
		long minutes = employers.byCause(id).stream().mapToLong(Employers.Total::minutes).sum();
		model.addAttribute("employer", employer);
		model.addAttribute("sectorKey", employer.sector().messageKey());
		model.addAttribute("total", When.duration(minutes));
		model.addAttribute("byArea", byArea);
		model.addAttribute("byCause", byCause);
		model.addAttribute("showCode", viewer != null && viewer.equals(employer.registeredBy()));
		return "action/volunteering/employer";
	}

	@GetMapping("/volunteering/employers/new")
	String registerForm(Model model) {
		return registerPage(model, "", "", Map.of());
	}

	@PostMapping("/volunteering/employers/new")
	String register(@RequestParam(name = "name", required = false) String name,
			@RequestParam(name = "sector", required = false) String sector, Model model, RedirectAttributes redirect) {
		Employers.Registered registered = employers.register(signed.in(), name, sector);
		if (registered.id() == null) {
			return registerPage(model, name, sector, registered.errors());
		}
		redirect.addFlashAttribute("notice", "action.employer.registered");
		return "redirect:/volunteering/employers/" + registered.id();
	}

	private String registerPage(Model model, String name, String sector, Map<String, String> errors) {
		List<Choice> sectors = new ArrayList<>();
		sectors.add(Choice.key("", "action.form.choose"));
		Arrays.stream(Employers.Sector.values()).forEach(s -> sectors.add(Choice.key(s.name(), s.messageKey())));
		model.addAttribute("name", name == null ? "" : name);
		model.addAttribute("sector", sector == null ? "" : sector);
		model.addAttribute("sectors", sectors);
		model.addAttribute("errors", errors);
		return "action/volunteering/employer-new";
	}

	@GetMapping("/volunteering/hours")
	String hoursForm(Model model) {
		return hoursPage(model, signed.in(), new HoursForm("", "", "", "", "", ""), Map.of(), Map.of());
	}

	/** What was typed into the hours form. */
	record HoursForm(String employer, String date, String hours, String minutes, String cause, String code) {
	}

	@PostMapping("/volunteering/hours")
	String logHours(HoursForm form, Model model, RedirectAttributes redirect) {
		PersonId me = signed.in();
		Map<String, String> errors = employers.logHours(me, form.employer(), form.date(), form.hours(), form.minutes(),
				form.cause());
		if (!errors.isEmpty()) {
			return hoursPage(model, me, form, errors, Map.of());
		}
		redirect.addFlashAttribute("notice", "action.hours.logged");
		return "redirect:/volunteering/mine";
	}

	@PostMapping("/volunteering/employers/join")
	String join(@RequestParam(name = "code", required = false) String code, Model model, RedirectAttributes redirect) {
		PersonId me = signed.in();
		Optional<String> error = employers.joinWithCode(me, code);
		if (error.isPresent()) {
			return hoursPage(model, me, new HoursForm("", "", "", "", "", code == null ? "" : code), Map.of(),
					Map.of("code", error.get()));
		}
		redirect.addFlashAttribute("notice", "action.employer.joined");
		return "redirect:/volunteering/hours";
	}

	private String hoursPage(Model model, PersonId me, HoursForm form, Map<String, String> errors,
			Map<String, String> joinErrors) {
		List<Choice> mine = new ArrayList<>();
		List<Employers.Employer> of = employers.of(me);
		if (of.size() != 1) {
			mine.add(Choice.key("", "action.form.choose"));
		}
		of.forEach(e -> mine.add(Choice.text(Long.toString(e.id()), e.name())));
		model.addAttribute("form", form);
		model.addAttribute("employers", mine);
		model.addAttribute("hasEmployer", !of.isEmpty());
		model.addAttribute("causes", VolunteeringPages.causes());
		model.addAttribute("errors", errors);
		model.addAttribute("joinErrors", joinErrors);
		Map<String, String> all = new java.util.LinkedHashMap<>(errors);
		all.putAll(joinErrors);
		model.addAttribute("allErrors", all);
		return "action/volunteering/hours";
	}
}
