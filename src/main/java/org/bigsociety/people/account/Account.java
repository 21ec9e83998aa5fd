package org.bigsociety.people.account;

import java.time.Instant;
import java.util.List;

import org.bigsociety.people.PersonId;

/** One row of {@code people.account}, as this module reads it. Never leaves the module as it is. */
public record Account(PersonId id, String email, String displayName, String passwordHash, String postcode,
		Long areaId, Instant emailConfirmedAt, Instant createdAt, int failedSignIns, Instant lockedUntil,
		Instant deletedAt, String bio, List<String> skills, List<String> interests, ContactPreference contactPreference,
		String phone, boolean namePublic, boolean neighbourhoodPublic, boolean skillsPublic, boolean bioPublic) {

	public boolean confirmed() {
		return emailConfirmedAt != null;
	}

	public boolean deleted() {
		return deletedAt != null;
	}

	/** Whether this account may sign in with a password at all (locking is checked separately). */
	public boolean canSignIn() {
		return !deleted() && confirmed() && passwordHash != null;
	}

	public boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}
}
