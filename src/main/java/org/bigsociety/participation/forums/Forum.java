package org.bigsociety.participation.forums;

import org.bigsociety.groups.OrganisationId;
import org.bigsociety.place.AreaId;

/**
 * A forum: an area's (a ward's or the council's) or a group's. An area's forum exists from its first thread; until then
 * {@link #id()} is 0 and it has the default settings.
 *
 * @param path its page, such as {@code /forums/areas/E09000012} or {@code /forums/groups/hackney-downs-food-share}
 * @param membersOnlyReading for a group's forum: only members may read it (the group administrators' choice)
 * @param premoderatePosts the first this many posts of a new account wait for a moderator (0: none do)
 * @param premoderateDays an account is new for this many days after it was opened
 */
public record Forum(long id, AreaId area, OrganisationId organisation, String name, String path,
		boolean membersOnlyReading, int premoderatePosts, int premoderateDays) {

	public boolean forArea() {
		return area != null;
	}

	public boolean exists() {
		return id > 0;
	}

	public boolean premoderated() {
		return premoderatePosts > 0 && premoderateDays > 0;
	}
}
