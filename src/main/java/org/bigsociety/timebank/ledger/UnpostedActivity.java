package org.bigsociety.timebank.ledger;

import java.time.Instant;
import java.util.List;

import org.bigsociety.groups.OrganisationId;
import org.bigsociety.people.PersonId;
import org.bigsociety.timebank.Minutes;
import org.bigsociety.timebank.TimeBankId;

/**
 * A group activity whose credits the ledger could not post (the payer would go below its floor, say), kept for a
 * broker to see and post again with {@link GroupActivities#retry} once it can be paid.
 *
 * @param arguments the refusal's message arguments, for {@code reason.messageKey()}
 * @param organisation who ran it, or null for an activity paid from the community pot
 */
public record UnpostedActivity(long id, TimeBankId bank, String reference, String description, Refusal.Reason reason,
		List<String> arguments, OrganisationId organisation, List<PersonId> attendees, Minutes minutesEach,
		PersonId confirmedBy, Instant recordedAt) {

	public UnpostedActivity {
		arguments = List.copyOf(arguments);
		attendees = List.copyOf(attendees);
	}
}
