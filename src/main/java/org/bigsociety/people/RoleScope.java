package org.bigsociety.people;

import org.bigsociety.place.AreaId;

/**
 * Where a role applies: the whole platform, one area (and every area inside it), or one organisation.
 *
 * @param id the area or organisation id; absent (null) for the platform
 */
public record RoleScope(Type type, Long id) {

	public enum Type {
		PLATFORM, AREA, ORGANISATION
	}

	public RoleScope {
		if (type == null) {
			throw new IllegalArgumentException("A role scope needs a type");
		}
		if (type == Type.PLATFORM && id != null) {
			throw new IllegalArgumentException("The platform scope has no id");
		}
		if (type != Type.PLATFORM && (id == null || id <= 0)) {
			throw new IllegalArgumentException("An area or organisation scope needs a positive id");
		}
	}

	public static RoleScope platform() {
		return new RoleScope(Type.PLATFORM, null);
	}

	public static RoleScope area(AreaId area) {
		return new RoleScope(Type.AREA, area.value());
	}

	public static RoleScope organisation(long organisationId) {
		return new RoleScope(Type.ORGANISATION, organisationId);
	}

	@Override
	public String toString() {
		return type == Type.PLATFORM ? "PLATFORM" : type + ":" + id;
	}
}
