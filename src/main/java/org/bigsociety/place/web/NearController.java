package org.bigsociety.place.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.bigsociety.place.Area;
import org.bigsociety.place.Doorstep;
import org.bigsociety.place.DoorstepSection;
import org.bigsociety.place.Places;
import org.bigsociety.place.Postcode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * What is on your doorstep: the home page's postcode search lands here, and {@code /near/{postcode}} shows where the
 * postcode is and each module's section for it. A postcode the platform cannot use sends the person back to the home
 * page with the error against the field.
 */
@Controller
class NearController {

	private static final Logger log = LoggerFactory.getLogger(NearController.class);

	private final Places places;
	private final ObjectProvider<DoorstepSection> sections;
	private final MessageSource messages;

	NearController(Places places, ObjectProvider<DoorstepSection> sections, MessageSource messages) {
		this.places = places;
		this.sections = sections;
		this.messages = messages;
	}

	@GetMapping("/near")
	ModelAndView search(@RequestParam(name = "postcode", required = false) String typed, Locale locale) {
		return find(typed, locale).map(doorstep -> new ModelAndView("redirect:/near/" + doorstep.postcode().compact()))
			.orElseGet(() -> refused(typed, locale));
	}

	@GetMapping("/near/{postcode}")
	ModelAndView near(@PathVariable String postcode, Locale locale) {
		Optional<Doorstep> found = find(postcode, locale);
		if (found.isEmpty()) {
			return refused(postcode, locale);
		}
		Doorstep doorstep = found.get();
		if (!postcode.equals(doorstep.postcode().compact())) {
			return new ModelAndView("redirect:/near/" + doorstep.postcode().compact());
		}
		List<AreaRow> areas = new ArrayList<>();
		for (int i = doorstep.chain().size() - 1; i >= 0; i--) {
			Area area = doorstep.chain().get(i);
			areas.add(new AreaRow(area.id().value(), "place.areaType." + area.type().name(), area.name()));
		}
		NearPage page = new NearPage(doorstep.postcode().value(), places.isDemo(doorstep.postcode()), areas,
				sectionsFor(doorstep));
		return new ModelAndView("place/near", Map.of("page", page));
	}

	/** The doorstep for what was typed, or empty when it is malformed or unknown. */
	private Optional<Doorstep> find(String typed, Locale locale) {
		try {
			return places.locate(Postcode.parse(typed));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private ModelAndView refused(String typed, Locale locale) {
		String error;
		HttpStatus status;
		try {
			Postcode postcode = Postcode.parse(typed);
			error = messages.getMessage("place.postcode.unknown", new Object[] { postcode.value() }, locale);
			status = HttpStatus.NOT_FOUND;
		}
		catch (IllegalArgumentException ex) {
			boolean blank = typed == null || typed.isBlank();
			error = messages.getMessage(blank ? "place.postcode.blank" : "place.postcode.malformed", null, locale);
			status = HttpStatus.BAD_REQUEST;
		}
		ModelAndView home = new ModelAndView("platform/home");
		home.addObject("postcode", typed == null ? "" : typed);
		home.addObject("postcodeError", error);
		home.setStatus(status);
		return home;
	}

	/** Each module's section in order; one that fails is left out rather than taking the page down. */
	private List<SectionView> sectionsFor(Doorstep doorstep) {
		List<SectionView> views = new ArrayList<>();
		sections.orderedStream().sorted(Comparator.comparingInt(DoorstepSection::order)).forEach(section -> {
			try {
				views.add(new SectionView(section.fragment(), section.model(doorstep)));
			}
			catch (RuntimeException ex) {
				log.error("The doorstep section {} failed for {}; leaving it out", section.getClass().getName(),
						doorstep.postcode(), ex);
			}
		});
		return views;
	}

	/** The page's view model. */
	public record NearPage(String postcode, boolean demo, List<AreaRow> areas, List<SectionView> sections) {
	}

	/** One row of the summary list: the area's id (for its page), its kind (a message key) and its name. */
	public record AreaRow(long id, String typeKey, String name) {
	}

	/**
	 * A module's section: its fragment expression and the model the fragment reads as {@code section.model()}
	 * ({@code s.model()} works too).
	 */
	public record SectionView(String fragment, Map<String, Object> model) {
	}
}
