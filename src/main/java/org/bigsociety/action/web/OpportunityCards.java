package org.bigsociety.action.web;

import java.util.Optional;

import org.bigsociety.action.events.When;
import org.bigsociety.action.volunteering.Opportunity;
import org.bigsociety.groups.OrganisationSummary;
import org.bigsociety.groups.Organisations;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonSummary;
import org.bigsociety.place.Places;
import org.springframework.stereotype.Component;

/** An opportunity as a card in a list: on the volunteering pages and on the doorstep. */
@Component
class OpportunityCards {

	private final Organisations organisations;
	private final People people;
	private final Places places;

	OpportunityCards(Organisations organisations, People people, Places places) {
		this.organisations = organisations;
		this.people = people;
		this.places = places;
	}

	VolunteeringPages.OpportunityCard card(Opportunity opportunity) {
		String where = opportunity.postcode() + Optional.of(opportunity.area())
			.flatMap(places::area)
			.map(area -> ", " + area.name())
			.orElse("");
		String runBy = Optional.ofNullable(opportunity.organisation())
			.flatMap(organisations::find)
			.map(OrganisationSummary::name)
			.orElseGet(() -> Optional.ofNullable(opportunity.postedBy())
				.flatMap(people::find)
				.map(PersonSummary::displayName)
				.orElse(null));
		return new VolunteeringPages.OpportunityCard(opportunity.id(), opportunity.title(), opportunity.cause().messageKey(),
				When.duration(opportunity.minutesAsked()), opportunity.frequency().messageKey(), where, runBy,
				opportunity.dbsCheck(), opportunity.open());
	}
}
