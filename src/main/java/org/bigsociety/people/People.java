package org.bigsociety.people;

import java.util.Optional;

/** The people module's facade: who someone is (publicly), who is signed in, and what roles they hold. */
public interface People {

	/** The public face of a live account; empty for unknown or deleted accounts. */
	Optional<PersonSummary> find(PersonId id);

	/** The person signed in on this request (session or access token), if any. */
	Optional<PersonId> currentPerson();

	/**
	 * Whether the person holds the role in that scope: granted there, granted for the whole platform, or (for an area)
	 * granted for an area that contains it. A platform administrator holds every role everywhere.
	 */
	boolean holds(PersonId person, Role role, RoleScope scope);
}
