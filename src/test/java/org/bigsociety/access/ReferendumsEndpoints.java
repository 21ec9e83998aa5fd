package org.bigsociety.access;

import java.util.List;

import static org.bigsociety.access.ModuleEndpoints.get_;
import static org.bigsociety.access.ModuleEndpoints.post_;

/**
 * Referendums and polls (participation module). The examples use the demo's counted Hackney Wick referendum (id 1)
 * and open Hackney poll (id 2); the posts carry no valid form (or act on the counted referendum), so they change
 * nothing.
 */
class ReferendumsEndpoints implements ModuleEndpoints {

	private static final String BATCH = "00000000-0000-4000-8000-000000000000";

	@Override
	public List<Endpoint> endpoints() {
		return List.of(
				get_("/referendums", Access.PUBLIC),
				get_("/referendums/{id}", "/referendums/1", Access.PUBLIC),
				get_("/referendums/{id}.json", "/referendums/1.json", Access.PUBLIC),
				get_("/referendums/{id}/ballots.txt", "/referendums/1/ballots.txt", Access.PUBLIC),
				get_("/referendums/{id}/vote", "/referendums/2/vote", Access.SIGNED_IN),
				post_("/referendums/{id}/vote", "/referendums/2/vote", Access.SIGNED_IN),
				get_("/referendums/{id}/vote-with-card", "/referendums/1/vote-with-card", Access.PUBLIC),
				post_("/referendums/{id}/vote-with-card", "/referendums/1/vote-with-card", Access.PUBLIC),
				get_("/referendums/new", Access.OFFICER),
				post_("/referendums/new", "/referendums/new", Access.OFFICER),
				get_("/referendums/{id}/manage", "/referendums/1/manage", Access.OFFICER),
				post_("/referendums/{id}/manage/open", "/referendums/1/manage/open", Access.OFFICER),
				post_("/referendums/{id}/manage/cards", "/referendums/1/manage/cards", Access.OFFICER),
				get_("/referendums/{id}/manage/cards/{batch}", "/referendums/1/manage/cards/" + BATCH, Access.OFFICER),
				post_("/referendums/{id}/manage/cards/{batch}/printed", "/referendums/1/manage/cards/" + BATCH
						+ "/printed", Access.OFFICER),
				post_("/referendums/{id}/manage/count", "/referendums/1/manage/count", Access.OFFICER));
	}
}
