package org.bigsociety.access;

import java.util.List;

import static org.bigsociety.access.ModuleEndpoints.get_;
import static org.bigsociety.access.ModuleEndpoints.post_;

/**
 * Ideas calls' endpoints (participation module). The examples use the demo's Hackney calls: 1 (shortlist and build
 * weekend, ideas 1 to 8), 2 (open for ideas, ideas 11 to 13) and 3 (outcomes, ideas 21 to 23). The posts carry no
 * valid form, or act where the call's phase refuses them, so they change nothing.
 */
class IdeasEndpoints implements ModuleEndpoints {

	@Override
	public List<Endpoint> endpoints() {
		return List.of(
				get_("/ideas", Access.PUBLIC),
				get_("/ideas/{callId}", "/ideas/1", Access.PUBLIC),
				get_("/ideas/{callId}/ideas/{ideaId}", "/ideas/2/ideas/11", Access.PUBLIC),
				get_("/ideas/{callId}/new", "/ideas/2/new", Access.SIGNED_IN),
				post_("/ideas/{callId}/new", "/ideas/2/new", Access.SIGNED_IN),
				post_("/ideas/{callId}/ideas/{ideaId}/support", "/ideas/1/ideas/1/support", Access.SIGNED_IN),
				post_("/ideas/{callId}/ideas/{ideaId}/withdraw-support", "/ideas/1/ideas/1/withdraw-support",
						Access.SIGNED_IN),
				post_("/ideas/{callId}/ideas/{ideaId}/join", "/ideas/1/ideas/1/join", Access.SIGNED_IN),
				post_("/ideas/{callId}/ideas/{ideaId}/team", "/ideas/2/ideas/11/team", Access.SIGNED_IN),
				get_("/ideas/{callId}/panel", "/ideas/1/panel", Access.SIGNED_IN),
				post_("/ideas/{callId}/panel", "/ideas/1/panel", Access.SIGNED_IN),
				get_("/ideas/{callId}/judging", "/ideas/1/judging", Access.SIGNED_IN),
				get_("/ideas/{callId}/judging/{ideaId}", "/ideas/1/judging/1", Access.SIGNED_IN),
				post_("/ideas/{callId}/judging/{ideaId}", "/ideas/1/judging/1", Access.SIGNED_IN),
				post_("/ideas/{callId}/weekend", "/ideas/3/weekend", Access.SIGNED_IN),
				post_("/ideas/{callId}/weekend/withdraw", "/ideas/3/weekend/withdraw", Access.SIGNED_IN),
				get_("/ideas/new", Access.OFFICER),
				post_("/ideas/new", "/ideas/new", Access.OFFICER),
				get_("/ideas/{callId}/manage", "/ideas/1/manage", Access.OFFICER),
				post_("/ideas/{callId}/manage/phase", "/ideas/1/manage/phase", Access.OFFICER),
				post_("/ideas/{callId}/manage/panel/remove", "/ideas/1/manage/panel/remove", Access.OFFICER),
				post_("/ideas/{callId}/manage/ideas/{ideaId}/shortlist", "/ideas/1/manage/ideas/1/shortlist",
						Access.OFFICER),
				get_("/ideas/{callId}/manage/ideas/{ideaId}/outcome", "/ideas/3/manage/ideas/23/outcome",
						Access.OFFICER),
				post_("/ideas/{callId}/manage/ideas/{ideaId}/outcome", "/ideas/3/manage/ideas/23/outcome",
						Access.OFFICER));
	}
}
