package org.bigsociety.place;

import java.util.Optional;

/**
 * An area in the hierarchy: a nation, region, local authority, ward, parish or neighbourhood.
 *
 * @param gssCode the official code, absent for neighbourhoods a council defines itself
 * @param parent the area it sits in, absent for a nation
 * @param centre a representative point, where known
 */
public record Area(AreaId id, AreaType type, String name, Optional<GssCode> gssCode, Optional<AreaId> parent,
		Optional<Coordinates> centre) {
}
