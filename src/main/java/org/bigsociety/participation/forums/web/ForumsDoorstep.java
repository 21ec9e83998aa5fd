package org.bigsociety.participation.forums.web;

import java.util.Map;

import org.bigsociety.participation.forums.Forums;
import org.bigsociety.place.Doorstep;
import org.bigsociety.place.DoorstepSection;
import org.springframework.stereotype.Component;

/** The forums of the areas a postcode is in, from its council down, on {@code /near/{postcode}}. */
@Component
class ForumsDoorstep implements DoorstepSection {

	private final Forums forums;
	private final ForumViews views;

	ForumsDoorstep(Forums forums, ForumViews views) {
		this.forums = forums;
		this.views = views;
	}

	@Override
	public int order() {
		return 75;
	}

	@Override
	public String fragment() {
		return "participation/forums/near :: section";
	}

	@Override
	public Map<String, Object> model(Doorstep doorstep) {
		return Map.of("forums", forums.areaForumsFor(doorstep.smallest().id()).stream().map(views::forum).toList());
	}
}
