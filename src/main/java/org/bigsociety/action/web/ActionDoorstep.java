package org.bigsociety.action.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bigsociety.action.events.Event;
import org.bigsociety.action.events.Events;
import org.bigsociety.action.organisers.ListeningCampaigns;
import org.bigsociety.action.volunteering.Opportunities;
import org.bigsociety.place.Area;
import org.bigsociety.place.AreaType;
import org.bigsociety.place.Doorstep;
import org.bigsociety.place.DoorstepSection;
import org.springframework.stereotype.Component;

/**
 * The action module's part of {@code /near/{postcode}}: events coming up and volunteering open within walking or a
 * short bus ride, and what people in the ward are talking about.
 */
@Component
class ActionDoorstep implements DoorstepSection {

	/** How far "near" reaches: about 3 km, a short bus ride. */
	static final long NEAR_METRES = 3000;
	static final int SHOWN = 5;

	private final Events events;
	private final EventViews eventViews;
	private final Opportunities opportunities;
	private final OpportunityCards opportunityCards;
	private final ListeningCampaigns campaigns;

	ActionDoorstep(Events events, EventViews eventViews, Opportunities opportunities,
			OpportunityCards opportunityCards, ListeningCampaigns campaigns) {
		this.events = events;
		this.eventViews = eventViews;
		this.opportunities = opportunities;
		this.opportunityCards = opportunityCards;
		this.campaigns = campaigns;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public String fragment() {
		return "action/near :: section";
	}

	@Override
	public Map<String, Object> model(Doorstep doorstep) {
		// Events are found within the council area, then kept if near: events carry their area chain, not a grid.
		Area council = doorstep.chain().stream().filter(a -> a.type() == AreaType.LOCAL_AUTHORITY).findFirst()
			.orElse(doorstep.smallest());
		List<Event> near = events.upcoming(council.id(), 500)
			.stream()
			.filter(e -> e.coordinates().metresTo(doorstep.coordinates()) <= NEAR_METRES)
			.sorted(Comparator.comparing(Event::startsAt))
			.limit(SHOWN)
			.toList();
		Area ward = doorstep.chain().stream().filter(a -> a.type() == AreaType.WARD).findFirst()
			.orElse(doorstep.smallest());
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("events", eventViews.cards(near));
		model.put("opportunities", opportunities.near(doorstep.coordinates(), NEAR_METRES, SHOWN)
			.stream()
			.map(opportunityCards::card)
			.toList());
		model.put("themes", campaigns.themesIn(ward.id(), 3).stream().map(ListeningCampaigns.Theme::theme).toList());
		model.put("ward", ward.name());
		model.put("wardKey", OrganiserPages.key(ward));
		model.put("areaId", council.id().value());
		return model;
	}
}
