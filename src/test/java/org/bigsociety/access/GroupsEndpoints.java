package org.bigsociety.access;

import java.util.List;

import static org.bigsociety.access.ModuleEndpoints.get_;
import static org.bigsociety.access.ModuleEndpoints.post_;

/**
 * The groups module's endpoints. The demo group administrator runs the demo's Mapledene Road Residents' Association;
 * posts carry no valid form or name no real request or member, so they change nothing. Joining and leaving use the
 * demo's library service, which no other test relies on.
 */
class GroupsEndpoints implements ModuleEndpoints {

	static final String RUN_BY_GROUP_ADMIN = "/groups/mapledene-road-residents-association";
	static final String OTHER = "/groups/hackney-council-libraries";
	static final String BEING_FORMED = "/groups/haggerston-street-lunch";

	@Override
	public List<Endpoint> endpoints() {
		return List.of(
				get_("/groups", Access.PUBLIC),
				get_("/groups/{slug}", RUN_BY_GROUP_ADMIN, Access.PUBLIC),
				get_("/groups/new", Access.SIGNED_IN), post_("/groups/new", "/groups/new", Access.SIGNED_IN),
				post_("/groups/{slug}/join", OTHER + "/join", Access.SIGNED_IN),
				post_("/groups/{slug}/leave", OTHER + "/leave", Access.SIGNED_IN),
				get_("/groups/{slug}/manage", RUN_BY_GROUP_ADMIN + "/manage", Access.GROUP_ADMIN),
				get_("/groups/{slug}/manage/profile", RUN_BY_GROUP_ADMIN + "/manage/profile", Access.GROUP_ADMIN),
				post_("/groups/{slug}/manage/profile", RUN_BY_GROUP_ADMIN + "/manage/profile", Access.GROUP_ADMIN),
				post_("/groups/{slug}/manage/news", RUN_BY_GROUP_ADMIN + "/manage/news", Access.GROUP_ADMIN),
				post_("/groups/{slug}/manage/requests/{id}/approve",
						RUN_BY_GROUP_ADMIN + "/manage/requests/999999999/approve", Access.GROUP_ADMIN),
				post_("/groups/{slug}/manage/requests/{id}/decline",
						RUN_BY_GROUP_ADMIN + "/manage/requests/999999999/decline", Access.GROUP_ADMIN),
				post_("/groups/{slug}/manage/members/{person}", RUN_BY_GROUP_ADMIN + "/manage/members/999999999",
						Access.GROUP_ADMIN),
				post_("/groups/{slug}/manage/members/{person}/remove",
						RUN_BY_GROUP_ADMIN + "/manage/members/999999999/remove", Access.GROUP_ADMIN),
				// forming a group (the demo group administrator proposed the demo group being formed)
				get_("/groups/propose", Access.SIGNED_IN), post_("/groups/propose", "/groups/propose", Access.SIGNED_IN),
				get_("/groups/constitutions/{model}", "/groups/constitutions/unincorporated-association", Access.PUBLIC),
				post_("/groups/{slug}/manage/constitution", BEING_FORMED + "/manage/constitution", Access.GROUP_ADMIN),
				get_("/groups/{slug}/manage/founding-meeting", BEING_FORMED + "/manage/founding-meeting",
						Access.GROUP_ADMIN),
				post_("/groups/{slug}/manage/founding-meeting", BEING_FORMED + "/manage/founding-meeting",
						Access.GROUP_ADMIN),
				post_("/groups/{slug}/manage/checklist/{step}", BEING_FORMED + "/manage/checklist/BANK_ACCOUNT",
						Access.GROUP_ADMIN));
	}
}
