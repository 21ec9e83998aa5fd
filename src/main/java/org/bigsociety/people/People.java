package org.bigsociety.people;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.bigsociety.place.AreaId;
import org.bigsociety.place.Postcode;

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

	/**
	 * Enrols, in person, someone without email or internet (a time bank broker signing up a neighbour on paper): an
	 * account with no email and no password, so it can never sign in and {@link #sendMail} always answers false. It is
	 * placed in its area from the postcode like any account, its name is public (so brokers and the people it helps can
	 * recognise it), and it records who enrolled it. The name must be 1 to 80 characters; the phone, if any, up to 30
	 * characters of digits, spaces and {@code + ( ) -} (see {@link #OFFLINE_PHONE}). {@code IllegalArgumentException}
	 * for a bad name or phone, or if {@code recordedBy} is not a live account.
	 */
	PersonId enrolOffline(String displayName, Postcode postcode, String phone, PersonId recordedBy);

	/**
	 * Lets a person enrolled in person go online: saves the email address on their account (replacing an earlier one
	 * they never used) and mails it a link, valid for 7 days, to set a password; once they have, the account is like
	 * any other. {@code invitedBy} is named in the mail. Only for accounts enrolled in person that have no password yet.
	 */
	OnlineInvitation inviteOnline(PersonId person, String email, PersonId invitedBy);

	/** What {@link #enrolOffline} accepts as a phone number. */
	Pattern OFFLINE_PHONE = Pattern.compile("^\\+?[0-9 ()-]{6,30}$");
}
