package org.bigsociety.people.account;

import java.util.Collection;

import org.bigsociety.people.PersonId;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in person: Spring Security's user, carrying the person's id. Kept in the session, so serializable. */
public class PersonPrincipal extends User {

	private static final long serialVersionUID = 1L;

	private final long personId;
	private final String displayName;

	PersonPrincipal(long personId, String email, String displayName, String passwordHash, boolean nonLocked,
			Collection<? extends GrantedAuthority> authorities) {
		super(email, passwordHash == null ? "" : passwordHash, true, true, true, nonLocked, authorities);
		this.personId = personId;
		this.displayName = displayName;
	}

	public PersonId personId() {
		return new PersonId(personId);
	}

	public String displayName() {
		return displayName;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PersonPrincipal that && that.personId == personId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(personId);
	}
}
