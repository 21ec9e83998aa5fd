package org.bigsociety.action.web;

import java.util.List;
import java.util.Map;

import org.bigsociety.action.events.BigSocietyDays;
import org.bigsociety.action.events.NotFound;
import org.bigsociety.action.events.When;
import org.bigsociety.people.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /big-society-day}: the day's events by area with their counts, and officers declaring a day. */
@Controller
class BigSocietyDayPages {

	private final BigSocietyDays days;
	private final EventViews views;
	private final Signed signed;

	BigSocietyDayPages(BigSocietyDays days, EventViews views, Signed signed) {
		this.days = days;
		this.views = views;
		this.signed = signed;
	}

	@GetMapping("/big-society-day")
	String featured(Model model) {
		var featured = days.featured();
		if (featured.isEmpty()) {
			model.addAttribute("mayDeclare", Signed.holdsAnywhere(Role.OFFICER));
			return "action/day/none";
		}
		return page(featured.get(), model);
	}

	@GetMapping("/big-society-day/{id}")
	String day(@PathVariable long id, Model model) {
		return page(days.find(id).orElseThrow(() -> new NotFound("Big Society Day " + id)), model);
	}

	private String page(BigSocietyDays.Day day, Model model) {
		BigSocietyDays.Report report = days.report(day);
		List<AreaView> areas = report.areas()
			.stream()
			.map(area -> new AreaView(area.name(), area.totals(), views.cards(area.events())))
			.toList();
		List<DayLink> others = days.all()
			.stream()
			.filter(other -> other.id() != day.id())
			.map(other -> new DayLink(other.id(), When.longDate(other.day()), other.areaName()))
			.toList();
		model.addAttribute("day", new DayView(day.id(), When.longDate(day.day()), day.areaName(), day.area().value(),
				days.isOver(day), day.totalsRecordedAt() != null));
		model.addAttribute("totals", report.totals());
		model.addAttribute("areas", areas);
		model.addAttribute("others", others);
		model.addAttribute("mayDeclare", Signed.holdsAnywhere(Role.OFFICER));
		model.addAttribute("mayAddEvents", Signed.holdsAnywhere(Role.ORGANISER));
		return "action/day/day";
	}

	record DayView(long id, String date, String areaName, long areaId, boolean over, boolean totalsRecorded) {
	}

	record AreaView(String name, BigSocietyDays.Totals totals, List<EventViews.EventCard> events) {
	}

	record DayLink(long id, String date, String areaName) {
	}

	@GetMapping("/big-society-day/new")
	String declareForm(Model model) {
		model.addAttribute("date", "");
		model.addAttribute("postcode", "");
		model.addAttribute("errors", Map.of());
		return "action/day/new";
	}

	@PostMapping("/big-society-day/new")
	String declare(@RequestParam(name = "date", required = false) String date,
			@RequestParam(name = "postcode", required = false) String postcode, Model model,
			RedirectAttributes redirect) {
		BigSocietyDays.Declared declared = days.declare(signed.in(), date, postcode);
		if (!declared.errors().isEmpty()) {
			model.addAttribute("date", date == null ? "" : date);
			model.addAttribute("postcode", postcode == null ? "" : postcode);
			model.addAttribute("errors", declared.errors());
			return "action/day/new";
		}
		redirect.addFlashAttribute("notice", "action.day.declared");
		return "redirect:/big-society-day/" + declared.id();
	}
}
