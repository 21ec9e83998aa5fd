package org.bigsociety.place;

import java.util.List;
import java.util.Optional;

/** The place module's facade: the geography every other module hangs its rows on. */
public interface Places {

	/** Where a postcode is, if the platform knows it. */
	Optional<Doorstep> locate(Postcode postcode);

	/**
	 * Whether the postcode is made-up demo data rather than from the ONS Postcode Directory. False for a postcode the
	 * platform does not know.
	 */
	default boolean isDemo(Postcode postcode) {
		return false;
	}

	Optional<Area> area(AreaId id);

	Optional<Area> byGssCode(GssCode code);

	/** The area and everything above it, largest first; empty if the id is unknown. */
	List<Area> chain(AreaId id);

	/** The areas directly inside this one, by name. */
	List<Area> children(AreaId id);

	/** Postcodes within a radius of a point, nearest first: the index narrows to a box, then exact distance. */
	List<NearbyPostcode> postcodesNear(Coordinates centre, long radiusMetres, int limit);

	record NearbyPostcode(Postcode postcode, Coordinates coordinates, long metres) {
	}
}
