package org.bigsociety.groups;

import java.util.List;
import java.util.Optional;

import org.bigsociety.people.PersonId;
import org.bigsociety.place.AreaId;
import org.bigsociety.place.Coordinates;

/**
 * The groups module's facade for other modules: which organisations exist, where, who may act for them, and
 * proposing a new group. Organisations of every legal form are here, from a street's residents' association in the
 * making to a registered charity or a public body.
 */
public interface Organisations {

	/** The organisation, proposed or formed; empty if there is none with this id. */
	Optional<OrganisationSummary> find(OrganisationId id);

	/** The organisation whose public profile is at {@code /groups/{slug}}. */
	Optional<OrganisationSummary> bySlug(String slug);

	/**
	 * The organisations the person may act for because they are one of its administrators or officers (chair,
	 * secretary, treasurer), by name. A platform administrator's own memberships only: they may act for any
	 * organisation (see {@link #isAdministrator}) but this list is for choosing among one's own.
	 */
	List<OrganisationSummary> administeredBy(PersonId person);

	/**
	 * Whether the person may act for the organisation: one of its administrators or officers, or a platform
	 * administrator. False for an unknown organisation.
	 */
	boolean isAdministrator(OrganisationId organisation, PersonId person);

	/** Whether the person is a member (of any role, founders included) of the organisation. */
	boolean isMember(OrganisationId organisation, PersonId person);

	/**
	 * Organisations in or around an area, most local first, then by name: those whose area of benefit is the area,
	 * lies inside it (a ward's group, for its borough), or contains it (a borough-wide charity, for one of its
	 * wards). Proposed groups are included; their {@link OrganisationSummary#status()} says so.
	 */
	List<OrganisationSummary> near(AreaId area, int limit);

	/**
	 * Organisations within {@code radiusMetres} of a point, nearest first. An organisation is where its postcode is,
	 * or, without one, at the centre of its area of benefit.
	 */
	List<NearbyOrganisation> near(Coordinates centre, long radiusMetres, int limit);

	/**
	 * Proposes a new group: it is recorded as {@link OrganisationStatus#PROPOSED}, the proposer is its first founder
	 * and administrator, and neighbours may join it as founders on its public page.
	 *
	 * @throws IllegalArgumentException if the area is unknown
	 */
	OrganisationSummary propose(GroupProposal proposal);

	/** An organisation and how far it is from the point asked about. */
	record NearbyOrganisation(OrganisationSummary organisation, long metres) {
	}
}
