package org.bigsociety.people.account;

import java.time.Instant;

import org.bigsociety.people.PersonId;
import org.bigsociety.people.Role;
import org.bigsociety.people.RoleScope;

/** A role a person holds in a scope, who granted it and when. */
public record Grant(long id, PersonId person, Role role, RoleScope scope, PersonId grantedBy, Instant grantedAt) {
}
