package org.bigsociety.action.web;

import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in on this request, for the action module's pages. */
@Component
class Signed {

	private final People people;

	Signed(People people) {
		this.people = people;
	}

	/** The signed-in person; anyone else is sent to sign in (or refused, on the API). */
	PersonId in() {
		return people.currentPerson().orElseThrow(() -> new AccessDeniedException("Sign in first"));
	}

	PersonId orNull() {
		return people.currentPerson().orElse(null);
	}

	/** Whether the person holds the role anywhere (in any area or organisation), as their sign-in says. */
	static boolean holdsAnywhere(Role role) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(a -> a.getAuthority().equals(role.authority()) || a.getAuthority().equals(Role.ADMINISTRATOR.authority()));
	}
}
