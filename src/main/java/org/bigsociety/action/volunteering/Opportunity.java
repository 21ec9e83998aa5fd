package org.bigsociety.action.volunteering;

import java.time.Instant;
import java.util.List;

import org.bigsociety.groups.OrganisationId;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.AreaId;
import org.bigsociety.place.Coordinates;
import org.bigsociety.place.Postcode;

/**
 * A volunteering opportunity: what it is for, the roles in it, the skills it would like, how much time it asks and
 * how often, and whether a DBS (criminal record) check is needed. Posted by a group or by a community organiser.
 *
 * @param minutesAsked the time asked each time (each week, for a weekly opportunity)
 * @param postedBy who posted it; null once they have deleted their account
 */
public record Opportunity(long id, String title, String description, Cause cause, List<String> skills,
		int minutesAsked, Frequency frequency, boolean dbsCheck, Postcode postcode, AreaId area, List<AreaId> areas,
		Coordinates coordinates, OrganisationId organisation, PersonId postedBy, Instant createdAt, Instant closedAt,
		List<Role> roles) {

	public Opportunity {
		skills = List.copyOf(skills);
		areas = List.copyOf(areas);
		roles = List.copyOf(roles);
	}

	public boolean open() {
		return closedAt == null;
	}

	/** A role within an opportunity, with how many people it needs. */
	public record Role(long id, String name, String description, int places) {
	}
}
