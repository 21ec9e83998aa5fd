package org.bigsociety.timebank.membership;

import java.time.Instant;

import org.bigsociety.groups.OrganisationId;
import org.bigsociety.place.AreaId;
import org.bigsociety.timebank.TimeBankId;
import org.bigsociety.timebank.TimeBanks.TimeBankSummary;

/**
 * A time bank: a place where an hour of help is worth an hour. It belongs to an area and, optionally, to the
 * organisation that runs it; its brokers are the brokers of that area or organisation.
 *
 * @param organisation the organisation that runs it, or null
 */
public record TimeBank(TimeBankId id, String slug, String name, String description, AreaId area,
		OrganisationId organisation, Instant createdAt) {

	public TimeBankSummary summary() {
		return new TimeBankSummary(id, name, area);
	}
}
