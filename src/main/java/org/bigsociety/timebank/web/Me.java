package org.bigsociety.timebank.web;

import java.util.Optional;

import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who is asking, for the time bank's controllers. */
@Component
class Me {

	private final People people;

	Me(People people) {
		this.people = people;
	}

	Optional<PersonId> maybe() {
		return people.currentPerson();
	}

	/** The signed-in person; the URL rules already sent anyone else to sign in, so this is a safety net. */
	PersonId required() {
		return people.currentPerson().orElseThrow(() -> new AccessDeniedException("Sign in first"));
	}
}
