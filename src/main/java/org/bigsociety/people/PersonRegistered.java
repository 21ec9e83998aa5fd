package org.bigsociety.people;

import org.bigsociety.place.AreaId;

/** A person created an account (not yet confirmed). {@code area} is null when their postcode is not known. */
public record PersonRegistered(PersonId person, AreaId area) {
}
