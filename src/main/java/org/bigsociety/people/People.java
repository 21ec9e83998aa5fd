package org.bigsociety.people;

import java.util.List;
import java.util.Optional;

import org.bigsociety.place.AreaId;

/** The people module's facade: who someone is (publicly), who is signed in, and what roles they hold. */
public interface People {

	/** The public face of a live account; empty for unknown or deleted accounts. */
	Optional<PersonSummary> find(PersonId id);

	/** The person signed in on this request (session or access token), if any. */
	Optional<PersonId> currentPerson();

	/**
	 * Sends a plain-text message about something the person did or asked for on the platform (an exchange, an event
	 * they signed up to, a digest they chose) to their confirmed email address. False, and nothing sent, if the account
	 * is deleted or its address not confirmed. The person's address is never handed to the caller.
	 */
	boolean sendMail(PersonId person, String subject, String body);

	/**
	 * Live, confirmed accounts whose postcode lies in the area or any area inside it, by id, at most {@code limit}. For
	 * demo content and area-wide notices; show people through {@link #find} so only what they made public appears.
	 */
	List<PersonId> livingIn(AreaId area, int limit);

	/**
	 * Where the person lives and how far that is verified; empty for unknown or deleted accounts. Each action that
	 * depends on residence states the {@link VerificationLevel} it needs and checks it here.
	 */
	Optional<Residence> residence(PersonId person);

	/**
	 * Whether the person holds the role in that scope: granted there, granted for the whole platform, or (for an area)
	 * granted for an area that contains it. A platform administrator holds every role everywhere.
	 */
	boolean holds(PersonId person, Role role, RoleScope scope);
}
