package org.bigsociety.groups.web;

import java.util.Optional;

import org.bigsociety.groups.organisation.OrganisationProfiles;
import org.bigsociety.groups.organisation.Profile;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Who is looking, and the group a page is about: the small look-ups every groups controller starts with. */
@Component
class Viewer {

	private final People people;
	private final OrganisationProfiles profiles;

	Viewer(People people, OrganisationProfiles profiles) {
		this.people = people;
		this.profiles = profiles;
	}

	Optional<PersonId> current() {
		return people.currentPerson();
	}

	/** The signed-in person; the URL rules send anyone else to sign in before this is reached. */
	PersonId signedIn() {
		return people.currentPerson().orElseThrow(() -> new AccessDeniedException("Sign in first"));
	}

	/** The group at {@code /groups/{slug}}, or a 404. */
	Profile group(String slug) {
		return profiles.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
