package org.bigsociety.people;

import java.util.Objects;

import org.bigsociety.place.AreaId;

/**
 * Where a person lives, as far as the platform knows, and how sure it is. For eligibility checks (a budget ballot, a
 * referendum's voter roll, signing as a resident), never for display: show people through {@link People#find}.
 *
 * @param area the smallest area the account's postcode is in, or null if it has none we can place
 * @param level how the residence was established; {@link VerificationLevel#NONE} exactly when {@code area} is null
 * @param emailConfirmed whether the account's email address is confirmed (a separate axis from residence)
 */
public record Residence(PersonId person, AreaId area, VerificationLevel level, boolean emailConfirmed) {

	public Residence {
		Objects.requireNonNull(person, "person");
		Objects.requireNonNull(level, "level");
		if ((area == null) != (level == VerificationLevel.NONE)) {
			throw new IllegalArgumentException("a residence has an area exactly when its level is not NONE");
		}
	}

	/** Whether the residence is established at least to {@code needed}. */
	public boolean atLeast(VerificationLevel needed) {
		return level.atLeast(needed);
	}
}
