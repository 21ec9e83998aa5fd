package org.bigsociety.access;

import java.util.List;

import static org.bigsociety.access.ModuleEndpoints.get_;
import static org.bigsociety.access.ModuleEndpoints.post_;

/**
 * Community forums (participation module). Examples use the demo's fixed forums: Hackney's (area E09000012, thread 1,
 * reported post 3, suspension 1), moderated by the demo moderator, and the Mapledene Road Residents' Association's,
 * run by the demo group administrator. Posts carry no form (or no confirmation), so they change nothing and answer
 * with the form's errors or a redirect.
 */
class ForumsEndpoints implements ModuleEndpoints {

	private static final String AREA = "/forums/areas/E09000012";
	private static final String GROUP = "/forums/groups/mapledene-road-residents-association";

	@Override
	public List<Endpoint> endpoints() {
		return List.of(
				get_("/forums", "/forums?postcode=E8%201DY", Access.PUBLIC),
				get_("/forums/areas/{gss}", AREA, Access.PUBLIC),
				get_("/forums/groups/{slug}", GROUP, Access.PUBLIC),
				get_("/forums/threads/{id}", "/forums/threads/1", Access.PUBLIC),
				// posting and reporting
				get_("/forums/areas/{gss}/new", AREA + "/new", Access.SIGNED_IN),
				post_("/forums/areas/{gss}/new", AREA + "/new", Access.SIGNED_IN),
				get_("/forums/groups/{slug}/new", GROUP + "/new", Access.SIGNED_IN),
				post_("/forums/groups/{slug}/new", GROUP + "/new", Access.SIGNED_IN),
				post_("/forums/threads/{id}/replies", "/forums/threads/1/replies", Access.SIGNED_IN),
				get_("/forums/posts/{id}/report", "/forums/posts/3/report", Access.SIGNED_IN),
				post_("/forums/posts/{id}/report", "/forums/posts/3/report", Access.SIGNED_IN),
				// changing a post: only its author may, so for every demo sign-in post 3 (a made-up neighbour's)
				// answers the page saying so, and nothing changes
				get_("/forums/posts/{id}/edit", "/forums/posts/3/edit", Access.SIGNED_IN),
				post_("/forums/posts/{id}/edit", "/forums/posts/3/edit", Access.SIGNED_IN),
				// moderators for the area; administrators of the group
				get_("/forums/areas/{gss}/moderation", AREA + "/moderation", Access.MODERATOR),
				post_("/forums/areas/{gss}/moderation", AREA + "/moderation", Access.MODERATOR),
				get_("/forums/groups/{slug}/moderation", GROUP + "/moderation", Access.GROUP_ADMIN),
				post_("/forums/groups/{slug}/moderation", GROUP + "/moderation", Access.GROUP_ADMIN),
				get_("/forums/posts/{id}/moderate", "/forums/posts/3/moderate", Access.MODERATOR),
				post_("/forums/posts/{id}/moderate", "/forums/posts/3/moderate", Access.MODERATOR),
				get_("/forums/posts/{id}/suspend", "/forums/posts/3/suspend", Access.MODERATOR),
				post_("/forums/posts/{id}/suspend", "/forums/posts/3/suspend", Access.MODERATOR),
				post_("/forums/threads/{id}/lock", "/forums/threads/1/lock", Access.MODERATOR),
				post_("/forums/suspensions/{id}/lift", "/forums/suspensions/1/lift", Access.MODERATOR));
	}
}
