package org.bigsociety.action.events;

import java.util.List;

import org.bigsociety.groups.OrganisationId;
import org.bigsociety.groups.OrganisationSummary;
import org.bigsociety.groups.Organisations;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.Role;
import org.bigsociety.people.RoleScope;
import org.bigsociety.place.AreaId;
import org.springframework.stereotype.Component;

/**
 * Who may run what: a community organiser runs events and opportunities in the areas where they hold the role, a
 * group's administrators run the group's, and each of them manages only their own. A platform administrator may act
 * on any.
 */
@Component
public class Stewards {

	private final People people;
	private final Organisations organisations;

	Stewards(People people, Organisations organisations) {
		this.people = people;
		this.organisations = organisations;
	}

	public boolean isPlatformAdministrator(PersonId person) {
		return people.holds(person, Role.ADMINISTRATOR, RoleScope.platform());
	}

	/** Whether the person may run things as a community organiser in this area. */
	public boolean organisesIn(PersonId person, AreaId area) {
		return people.holds(person, Role.ORGANISER, RoleScope.area(area));
	}

	/** The groups the person may run events and opportunities for. */
	public List<OrganisationSummary> groupsRunBy(PersonId person) {
		return organisations.administeredBy(person);
	}

	public boolean actsFor(PersonId person, OrganisationId organisation) {
		return organisations.isAdministrator(organisation, person);
	}

	/**
	 * Whether the person may manage something run by this group (or, if null, by this organiser alone): the
	 * organiser who set it up, any administrator of the group, or a platform administrator.
	 */
	public boolean manages(PersonId person, OrganisationId organisation, PersonId organiser) {
		if (person == null) {
			return false;
		}
		if (person.equals(organiser) || isPlatformAdministrator(person)) {
			return true;
		}
		return organisation != null && actsFor(person, organisation);
	}

	public boolean manages(PersonId person, Event event) {
		return manages(person, event.organisation(), event.organiser());
	}
}
