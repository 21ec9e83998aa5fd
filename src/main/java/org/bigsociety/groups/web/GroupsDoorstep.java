package org.bigsociety.groups.web;

import java.util.List;
import java.util.Map;

import org.bigsociety.groups.Organisations;
import org.bigsociety.groups.Organisations.NearbyOrganisation;
import org.bigsociety.groups.directory.DirectoryQuery;
import org.bigsociety.groups.directory.ServiceDirectory;
import org.bigsociety.groups.directory.ServiceDirectory.Listing;
import org.bigsociety.place.Doorstep;
import org.bigsociety.place.DoorstepSection;
import org.springframework.stereotype.Component;

/** The groups and services nearest a postcode, on {@code /near/{postcode}}. */
@Component
class GroupsDoorstep implements DoorstepSection {

	static final long RADIUS_METRES = 1500;
	static final int SHOWN = 5;

	private final Organisations organisations;
	private final ServiceDirectory directory;

	GroupsDoorstep(Organisations organisations, ServiceDirectory directory) {
		this.organisations = organisations;
		this.directory = directory;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public String fragment() {
		return "groups/near :: section";
	}

	@Override
	public Map<String, Object> model(Doorstep doorstep) {
		List<NearbyOrganisation> groups = organisations.near(doorstep.coordinates(), RADIUS_METRES, SHOWN);
		List<Listing> services = directory.search(DirectoryQuery.near(doorstep.coordinates(), RADIUS_METRES, SHOWN))
			.items();
		return Map.of("groups", groups, "services", services, "postcode", doorstep.postcode().value());
	}
}
