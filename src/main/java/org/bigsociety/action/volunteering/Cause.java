package org.bigsociety.action.volunteering;

/** What volunteering is for, so hours can be added up by cause; each has a name in the bundle. */
public enum Cause {
	ENVIRONMENT, YOUNG_PEOPLE, OLDER_PEOPLE, HEALTH_AND_CARE, EDUCATION, ARTS_AND_CULTURE, SPORT, HOUSING, FOOD,
	COMMUNITY, OTHER;

	public String messageKey() {
		return "action.cause." + name();
	}
}
