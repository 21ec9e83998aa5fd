package org.bigsociety.timebank.membership;

import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.Role;
import org.bigsociety.people.RoleScope;
import org.bigsociety.place.AreaId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who brokers a time bank: a broker of its area (or any area containing it), or of the organisation that runs it.
 * Brokers approve members, keep the safeguarding record and act for members without the internet.
 */
@Component
public class Brokers {

	private final People people;

	Brokers(People people) {
		this.people = people;
	}

	public boolean brokers(PersonId person, TimeBank bank) {
		if (person == null) {
			return false;
		}
		if (people.holds(person, Role.BROKER, RoleScope.area(bank.area()))) {
			return true;
		}
		return bank.organisation() != null
				&& people.holds(person, Role.BROKER, RoleScope.organisation(bank.organisation().value()));
	}

	public boolean brokersIn(PersonId person, AreaId area) {
		return person != null && people.holds(person, Role.BROKER, RoleScope.area(area));
	}

	/** Refuses (403) anyone who is not a broker of this time bank. */
	public void require(PersonId person, TimeBank bank) {
		if (!brokers(person, bank)) {
			throw new AccessDeniedException("Only a broker of " + bank.name() + " may do this");
		}
	}

	/** Whether this person may act for the member: the member themselves (or who acts for it), or a broker. */
	public boolean mayActFor(PersonId person, Member member, TimeBank bank) {
		return person != null && (person.equals(member.actingPerson()) || brokers(person, bank));
	}
}
