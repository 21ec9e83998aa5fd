package org.bigsociety.access;

import java.util.List;

import static org.bigsociety.access.ModuleEndpoints.get_;
import static org.bigsociety.access.ModuleEndpoints.post_;

/**
 * The action module's endpoints. The demo (ActionDemo) gives its rows fixed ids: event 1 is the demo organiser's own
 * litter pick, Big Society Day 1 is Hackney's. Posts carry no valid form, or name an event that does not exist, so
 * they change nothing.
 */
class ActionEndpoints implements ModuleEndpoints {

	static final String ORGANISERS_EVENT = "/events/1";
	static final String NO_EVENT = "/events/999999999";

	@Override
	public List<Endpoint> endpoints() {
		return List.of(
				// events
				get_("/events", Access.PUBLIC), get_("/events/{id}", ORGANISERS_EVENT, Access.PUBLIC),
				get_("/events.ics", Access.PUBLIC),
				post_("/events/{id}/sign-up", NO_EVENT + "/sign-up", Access.SIGNED_IN),
				post_("/events/{id}/cancel-place", NO_EVENT + "/cancel-place", Access.SIGNED_IN),
				get_("/events/mine", Access.SIGNED_IN),
				get_("/events/new", Access.ORGANISER_OR_GROUP_ADMIN),
				post_("/events/new", "/events/new", Access.ORGANISER_OR_GROUP_ADMIN),
				get_("/events/{id}/manage", ORGANISERS_EVENT + "/manage", Access.ORGANISER),
				post_("/events/{id}/attendance", ORGANISERS_EVENT + "/attendance", Access.ORGANISER),
				post_("/events/{id}/cancel", ORGANISERS_EVENT + "/cancel", Access.ORGANISER),
				// Big Society Day
				get_("/big-society-day", Access.PUBLIC), get_("/big-society-day/{id}", "/big-society-day/1", Access.PUBLIC),
				get_("/big-society-day/new", Access.OFFICER), post_("/big-society-day/new", "/big-society-day/new", Access.OFFICER),
				// volunteering (opportunity 1 is the demo organiser's own)
				get_("/volunteering", Access.PUBLIC), get_("/volunteering/{id}", "/volunteering/1", Access.PUBLIC),
				post_("/volunteering/{id}/apply", "/volunteering/999999999/apply", Access.SIGNED_IN),
				post_("/volunteering/applications/{id}/withdraw", "/volunteering/applications/999999999/withdraw",
						Access.SIGNED_IN),
				get_("/volunteering/{id}/applications", "/volunteering/1/applications", Access.ORGANISER),
				post_("/volunteering/applications/{id}/accept", "/volunteering/applications/999999999/accept",
						Access.SIGNED_IN),
				post_("/volunteering/applications/{id}/decline", "/volunteering/applications/999999999/decline",
						Access.SIGNED_IN),
				post_("/volunteering/{id}/close", "/volunteering/999999999/close", Access.SIGNED_IN),
				get_("/volunteering/new", Access.ORGANISER_OR_GROUP_ADMIN),
				post_("/volunteering/new", "/volunteering/new", Access.ORGANISER_OR_GROUP_ADMIN),
				get_("/volunteering/mine", Access.SIGNED_IN),
				get_("/volunteering/employers", Access.PUBLIC),
				get_("/volunteering/employers/{id}", "/volunteering/employers/1", Access.PUBLIC),
				get_("/volunteering/employers/new", Access.SIGNED_IN),
				post_("/volunteering/employers/new", "/volunteering/employers/new", Access.SIGNED_IN),
				post_("/volunteering/employers/join", "/volunteering/employers/join", Access.SIGNED_IN),
				get_("/volunteering/hours", Access.SIGNED_IN),
				post_("/volunteering/hours", "/volunteering/hours", Access.SIGNED_IN),
				// community organisers (campaign 1 is the demo organiser's; "loneliness" is heard in Hackney)
				get_("/organisers", Access.PUBLIC),
				get_("/organisers/training", Access.ORGANISER),
				post_("/organisers/training", "/organisers/training", Access.ORGANISER),
				get_("/organisers/campaigns/new", Access.ORGANISER),
				post_("/organisers/campaigns/new", "/organisers/campaigns/new", Access.ORGANISER),
				get_("/organisers/campaigns/{id}", "/organisers/campaigns/1", Access.ORGANISER),
				post_("/organisers/campaigns/{id}/conversations", "/organisers/campaigns/1/conversations",
						Access.ORGANISER),
				get_("/organisers/talking-about", Access.PUBLIC),
				get_("/organisers/talking-about/{area}", "/organisers/talking-about/E09000012", Access.PUBLIC),
				get_("/organisers/groups/new", "/organisers/groups/new?area=E09000012&theme=loneliness",
						Access.ORGANISER),
				post_("/organisers/groups/new", "/organisers/groups/new?area=E09000012&theme=loneliness",
						Access.ORGANISER));
	}
}
