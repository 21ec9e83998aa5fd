package org.bigsociety.participation.petitions;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.bigsociety.place.Area;
import org.bigsociety.place.AreaId;
import org.bigsociety.place.AreaType;
import org.bigsociety.place.Doorstep;
import org.bigsociety.place.Places;
import org.bigsociety.place.Postcode;
import org.springframework.stereotype.Component;

/**
 * Which ward a signer's postcode is in, for counting by ward. In a surge thousands sign from the same few thousand
 * postcodes, so look-ups are kept for an hour (postcodes move between wards only with a new directory import).
 */
@Component
class SignerPlaces {

	private static final Optional<Doorstep> UNKNOWN = Optional.empty();

	private final Places places;
	private final ShortLivedCache<String, Optional<Doorstep>> doorsteps = new ShortLivedCache<>(Duration.ofHours(1), 100_000);
	private final ShortLivedCache<Long, Optional<Area>> areas = new ShortLivedCache<>(Duration.ofHours(1), 10_000);
	// Each listed petition's thresholds walk up its area's chain: kept like areas, so a list page does not ask per row.
	private final ShortLivedCache<Long, List<Area>> chains = new ShortLivedCache<>(Duration.ofHours(1), 10_000);

	SignerPlaces(Places places) {
		this.places = places;
	}

	/** The signer's ward if it lies inside the petition's area; null if outside it, or the postcode is unknown. */
	Long wardWithin(AreaId petitionArea, Postcode postcode) {
		Optional<Doorstep> doorstep = doorsteps.get(postcode.value(), code -> {
			Optional<Doorstep> found = places.locate(postcode);
			return found.isPresent() ? found : UNKNOWN;
		});
		if (doorstep.isEmpty() || !doorstep.get().areaIds().contains(petitionArea)) {
			return null;
		}
		List<Area> chain = doorstep.get().chain();
		return chain.stream()
			.filter(area -> area.type() == AreaType.WARD)
			.map(area -> area.id().value())
			.findFirst()
			.orElse(null);
	}

	Optional<Area> area(AreaId id) {
		return areas.get(id.value(), key -> places.area(id));
	}

	List<Area> chain(AreaId id) {
		return chains.get(id.value(), key -> places.chain(id));
	}
}
