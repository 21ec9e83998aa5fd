package org.bigsociety.people;

/** A person deleted their account: their personal data is gone; modules keep what they must against the id only. */
public record AccountDeleted(PersonId person) {
}
