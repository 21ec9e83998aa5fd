package org.bigsociety.action.volunteering;

import org.bigsociety.people.AccountDeleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When someone deletes their account: their applications are withdrawn and unnamed, they leave their employers, and
 * their hours stay in the employers' totals without saying whose they were.
 */
@Component
class VolunteeringErasure {

	private final Applications applications;
	private final Opportunities opportunities;
	private final Employers employers;

	VolunteeringErasure(Applications applications, Opportunities opportunities, Employers employers) {
		this.applications = applications;
		this.opportunities = opportunities;
		this.employers = employers;
	}

	@ApplicationModuleListener
	void on(AccountDeleted deleted) {
		applications.forget(deleted.person());
		opportunities.forget(deleted.person());
		employers.forget(deleted.person());
	}
}
