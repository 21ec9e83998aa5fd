package org.bigsociety.people;

/** What a person may do, always held in a {@link RoleScope}. Spring Security sees each as {@code ROLE_<name>}. */
public enum Role {
	RESIDENT, ORGANISER, BROKER, GROUP_ADMIN, OFFICER, MODERATOR, ADMINISTRATOR;

	/** The Spring Security authority for this role, such as {@code ROLE_OFFICER}. */
	public String authority() {
		return "ROLE_" + name();
	}
}
