package org.bigsociety.groups.organisation;

import java.time.Instant;

import org.bigsociety.groups.LegalForm;
import org.bigsociety.groups.OrganisationId;
import org.bigsociety.groups.OrganisationStatus;
import org.bigsociety.place.AreaId;

/** An organisation's public profile, as its page shows it. Numbers and contact details are null when not given. */
public record Profile(OrganisationId id, String slug, String name, LegalForm legalForm, OrganisationStatus status,
		String purpose, AreaId area, String areaName, Registrations registrations, String postcode, String email,
		String phone, String website, String theme, Instant createdAt, Instant formedAt) {

	public String path() {
		return "/groups/" + slug;
	}

	public boolean proposed() {
		return status == OrganisationStatus.PROPOSED;
	}
}
