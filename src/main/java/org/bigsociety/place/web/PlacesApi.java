package org.bigsociety.place.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.bigsociety.place.Area;
import org.bigsociety.place.AreaId;
import org.bigsociety.place.Doorstep;
import org.bigsociety.place.Places;
import org.bigsociety.place.Postcode;
import org.bigsociety.platform.Problems.ApiProblem;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Postcode look-ups and the area hierarchy, read-only and open to anyone. */
@RestController
@RequestMapping("/api/v1/places")
@Tag(name = "Places", description = "Postcodes, and the areas they sit in")
class PlacesApi {

	private final Places places;
	private final MessageSource messages;

	PlacesApi(Places places, MessageSource messages) {
		this.places = places;
		this.messages = messages;
	}

	@GetMapping("/postcodes/{postcode}")
	@Operation(summary = "Where a postcode is: its coordinates and the areas it sits in, largest first")
	PostcodeJson postcode(@Parameter(example = "E8 1DY") @PathVariable String postcode, Locale locale) {
		Postcode parsed = Postcode.parse(postcode);
		Doorstep doorstep = places.locate(parsed)
			.orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND,
					messages.getMessage("place.api.postcode.unknown.title", null, locale),
					messages.getMessage("place.api.postcode.unknown", new Object[] { parsed.value() }, locale)));
		return new PostcodeJson(parsed.value(), doorstep.coordinates().latitude(),
				doorstep.coordinates().longitude(), places.isDemo(parsed),
				doorstep.chain().stream().map(AreaJson::of).toList());
	}

	@GetMapping("/areas/{id}")
	@Operation(summary = "An area, the chain of areas it sits in (largest first) and the areas directly inside it")
	AreaDetailJson area(@PathVariable long id, Locale locale) {
		AreaId areaId = new AreaId(id);
		Area area = places.area(areaId)
			.orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND,
					messages.getMessage("place.api.area.unknown.title", null, locale),
					messages.getMessage("place.api.area.unknown", new Object[] { Long.toString(id) }, locale)));
		return new AreaDetailJson(area.id().value(), area.type().name(), area.name(),
				area.gssCode().map(Object::toString).orElse(null), area.parent().map(AreaId::value).orElse(null),
				area.centre().map(c -> new CentreJson(c.latitude(), c.longitude())).orElse(null),
				places.chain(areaId).stream().map(AreaJson::of).toList(),
				places.children(areaId).stream().map(AreaJson::of).toList());
	}

	record AreaJson(long id, String type, String name, String gssCode) {

		static AreaJson of(Area area) {
			return new AreaJson(area.id().value(), area.type().name(), area.name(),
					area.gssCode().map(Object::toString).orElse(null));
		}
	}

	record PostcodeJson(String postcode, double latitude, double longitude, boolean demo, List<AreaJson> areas) {
	}

	record CentreJson(double latitude, double longitude) {
	}

	record AreaDetailJson(long id, String type, String name, String gssCode, Long parentId, CentreJson centre,
			List<AreaJson> chain, List<AreaJson> children) {
	}
}
