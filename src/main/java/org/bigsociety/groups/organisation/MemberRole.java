package org.bigsociety.groups.organisation;

/** What a member may do: administrators (and officers, whatever their role) act for the organisation. */
public enum MemberRole {
	MEMBER, ADMINISTRATOR
}
