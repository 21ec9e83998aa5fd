package org.bigsociety.place;

import java.util.List;

/**
 * Where a postcode is: its coordinates and the chain of areas it sits in, from the nation down to the smallest.
 */
public record Doorstep(Postcode postcode, Coordinates coordinates, List<Area> chain) {

	public Doorstep {
		chain = List.copyOf(chain);
	}

	/** The smallest area the postcode is in (usually its ward or neighbourhood). */
	public Area smallest() {
		return chain.get(chain.size() - 1);
	}

	/** Every area id in the chain, largest first, for "anything in any of these areas" queries. */
	public List<AreaId> areaIds() {
		return chain.stream().map(Area::id).toList();
	}
}
