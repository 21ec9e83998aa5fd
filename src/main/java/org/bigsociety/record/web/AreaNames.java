package org.bigsociety.record.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.bigsociety.place.Area;
import org.bigsociety.place.AreaId;
import org.bigsociety.place.Places;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Area names for display. The record must stay readable whatever the place module does, so an area it cannot name
 * (or a place module that is missing or failing) shows as its number.
 */
@Component
class AreaNames {

	private static final Logger log = LoggerFactory.getLogger(AreaNames.class);

	private final ObjectProvider<Places> places;

	AreaNames(ObjectProvider<Places> places) {
		this.places = places;
	}

	/** A name lookup for one page, asking the place module once per area. */
	Lookup lookup() {
		Map<AreaId, Optional<String>> names = new HashMap<>();
		return area -> names.computeIfAbsent(area, this::name);
	}

	private Optional<String> name(AreaId area) {
		Places available = places.getIfAvailable();
		if (available == null) {
			return Optional.empty();
		}
		try {
			return available.area(area).map(Area::name);
		}
		catch (RuntimeException ex) {
			log.warn("Could not name area {} for the public record", area, ex);
			return Optional.empty();
		}
	}

	interface Lookup {

		Optional<String> name(AreaId area);
	}
}
