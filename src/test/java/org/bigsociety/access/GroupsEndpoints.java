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
	/** The demo's food pantry (name-based id of demo-service:food-pantry) and where it is offered. */
	static final String PANTRY = "f65b0a12-902b-3d39-894d-3970bd59e46f";
	static final String PANTRY_AT_LOCATION = "85d7db88-79ab-3443-9e28-0882f1b0b825";
	static final String OPEN_ELIGIBILITY = "36432ca2-5070-3532-9506-4ab8de44f4e4";
	static final String FOOD_PANTRY_TERM = "c6626a35-afe0-3570-b728-c14720378ecd";

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
						Access.GROUP_ADMIN),
				// the directory
				get_("/groups/{slug}/manage/services/new", RUN_BY_GROUP_ADMIN + "/manage/services/new",
						Access.GROUP_ADMIN),
				post_("/groups/{slug}/manage/services/new", RUN_BY_GROUP_ADMIN + "/manage/services/new",
						Access.GROUP_ADMIN),
				post_("/groups/{slug}/manage/services/{id}/withdraw",
						RUN_BY_GROUP_ADMIN + "/manage/services/00000000-0000-0000-0000-000000000000/withdraw",
						Access.GROUP_ADMIN),
				get_("/services", Access.PUBLIC), get_("/services/{id}", "/services/" + PANTRY, Access.PUBLIC),
				// the directory as Open Referral UK: public and read-only
				get_("/openreferral", Access.PUBLIC), get_("/openreferral/", Access.PUBLIC),
				get_("/openreferral/services", Access.PUBLIC),
				get_("/openreferral/services/{id}", "/openreferral/services/" + PANTRY, Access.PUBLIC),
				get_("/openreferral/service_at_locations", Access.PUBLIC),
				get_("/openreferral/service_at_locations/{id}", "/openreferral/service_at_locations/" + PANTRY_AT_LOCATION,
						Access.PUBLIC),
				get_("/openreferral/taxonomies", Access.PUBLIC),
				get_("/openreferral/taxonomies/{id}", "/openreferral/taxonomies/" + OPEN_ELIGIBILITY, Access.PUBLIC),
				get_("/openreferral/taxonomy_terms", Access.PUBLIC),
				get_("/openreferral/taxonomy_terms/{id}", "/openreferral/taxonomy_terms/" + FOOD_PANTRY_TERM,
						Access.PUBLIC));
	}
}
