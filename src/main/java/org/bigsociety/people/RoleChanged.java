package org.bigsociety.people;

import java.util.Locale;

import org.bigsociety.place.AreaId;
import org.bigsociety.record.PublicFact;

/**
 * A role in an area was granted or revoked. Who holds power in an area goes on the public record; who the person is
 * does not (no name, no account id).
 *
 * @param grantId the grant's own number, which makes each change's reference unique
 */
public record RoleChanged(AreaId area, long grantId, Role role, boolean granted) implements PublicFact {

	@Override
	public String kind() {
		return granted ? "people.role-granted" : "people.role-revoked";
	}

	@Override
	public String summary() {
		String name = role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
		return "The role of " + name + " in this area was " + (granted ? "granted to" : "revoked from")
				+ " a member of the platform.";
	}

	@Override
	public String reference() {
		return "people/role-grant/" + grantId + (granted ? "/granted" : "/revoked");
	}
}
