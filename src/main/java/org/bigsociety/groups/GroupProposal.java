package org.bigsociety.groups;

import org.bigsociety.people.PersonId;
import org.bigsociety.place.AreaId;

/**
 * A proposal for a new group: what it is for and where.
 *
 * @param name what the group will be called, such as "Clapton Square Gardeners"
 * @param purpose what it is for, in a sentence or two
 * @param area its area of benefit
 * @param proposedBy who proposes it; they become its first founder
 * @param theme the listening-campaign theme it came from (what an organiser heard people talking about), or null
 */
public record GroupProposal(String name, String purpose, AreaId area, PersonId proposedBy, String theme) {

	public static final int MAX_NAME = 120;
	public static final int MAX_PURPOSE = 2000;
	public static final int MAX_THEME = 200;

	public GroupProposal {
		name = name == null ? "" : name.strip();
		purpose = purpose == null ? "" : purpose.strip();
		theme = theme == null || theme.isBlank() ? null : theme.strip();
		if (name.isEmpty() || name.length() > MAX_NAME) {
			throw new IllegalArgumentException("A group needs a name of at most " + MAX_NAME + " characters");
		}
		if (purpose.isEmpty() || purpose.length() > MAX_PURPOSE) {
			throw new IllegalArgumentException("A group needs a purpose of at most " + MAX_PURPOSE + " characters");
		}
		if (theme != null && theme.length() > MAX_THEME) {
			throw new IllegalArgumentException("A theme is at most " + MAX_THEME + " characters");
		}
		if (area == null || proposedBy == null) {
			throw new IllegalArgumentException("A group needs an area and someone who proposes it");
		}
	}

	/** A proposal that does not come from a listening campaign. */
	public static GroupProposal of(String name, String purpose, AreaId area, PersonId proposedBy) {
		return new GroupProposal(name, purpose, area, proposedBy, null);
	}
}
