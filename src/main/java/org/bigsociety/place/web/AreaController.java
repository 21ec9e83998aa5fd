package org.bigsociety.place.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bigsociety.place.Area;
import org.bigsociety.place.AreaId;
import org.bigsociety.place.Places;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** An area's page: where it sits, its official code and the areas inside it. */
@Controller
class AreaController {

	private final Places places;

	AreaController(Places places) {
		this.places = places;
	}

	@GetMapping("/places/{id}")
	ModelAndView area(@PathVariable long id) {
		Optional<Area> found = id > 0 ? places.area(new AreaId(id)) : Optional.empty();
		if (found.isEmpty()) {
			ModelAndView missing = new ModelAndView("error/404");
			missing.setStatus(HttpStatus.NOT_FOUND);
			return missing;
		}
		Area area = found.get();
		List<Area> chain = places.chain(area.id());
		List<AreaLink> above = chain.subList(0, chain.size() - 1).stream().map(AreaLink::of).toList();
		List<AreaLink> inside = places.children(area.id()).stream().map(AreaLink::of).toList();
		AreaPage page = new AreaPage(area.name(), typeKey(area), area.gssCode().map(Object::toString).orElse(null),
				above, inside);
		return new ModelAndView("place/area", Map.of("page", page));
	}

	private static String typeKey(Area area) {
		return "place.areaType." + area.type().name();
	}

	/** The page's view model: the areas above, largest first, and the areas directly inside. */
	public record AreaPage(String name, String typeKey, String gssCode, List<AreaLink> above, List<AreaLink> inside) {
	}

	/** A link to another area's page. */
	public record AreaLink(long id, String typeKey, String name) {

		static AreaLink of(Area area) {
			return new AreaLink(area.id().value(), AreaController.typeKey(area), area.name());
		}
	}
}
