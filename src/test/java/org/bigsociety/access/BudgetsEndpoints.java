package org.bigsociety.access;

import java.util.List;

import static org.bigsociety.access.ModuleEndpoints.get_;
import static org.bigsociety.access.ModuleEndpoints.post_;

/**
 * Participatory budgeting's endpoints (participation module). The examples use the demo's Hackney round (id 1, in
 * its voting phase, with projects 1 to 12); the posts carry no valid form, so they change nothing.
 */
class BudgetsEndpoints implements ModuleEndpoints {

	@Override
	public List<Endpoint> endpoints() {
		return List.of(
				get_("/budgets", Access.PUBLIC),
				get_("/budgets/{id}", "/budgets/1", Access.PUBLIC),
				get_("/budgets/{id}/round.pb", "/budgets/1/round.pb", Access.PUBLIC),
				get_("/budgets/{id}/ballot", "/budgets/1/ballot", Access.SIGNED_IN),
				post_("/budgets/{id}/ballot", "/budgets/1/ballot", Access.SIGNED_IN),
				get_("/budgets/{id}/propose", "/budgets/1/propose", Access.SIGNED_IN),
				post_("/budgets/{id}/propose", "/budgets/1/propose", Access.SIGNED_IN),
				get_("/budgets/new", Access.OFFICER),
				post_("/budgets/new", "/budgets/new", Access.OFFICER),
				get_("/budgets/{id}/manage", "/budgets/1/manage", Access.OFFICER),
				post_("/budgets/{id}/manage/phase", "/budgets/1/manage/phase", Access.OFFICER),
				post_("/budgets/{id}/manage/projects", "/budgets/1/manage/projects", Access.OFFICER),
				post_("/budgets/{id}/manage/import", "/budgets/1/manage/import", Access.OFFICER),
				get_("/budgets/{id}/manage/projects/{projectId}", "/budgets/1/manage/projects/1", Access.OFFICER),
				post_("/budgets/{id}/manage/projects/{projectId}/review", "/budgets/1/manage/projects/1/review",
						Access.OFFICER),
				post_("/budgets/{id}/manage/projects/{projectId}/delivery", "/budgets/1/manage/projects/1/delivery",
						Access.OFFICER),
				get_("/budgets/{id}/manage/paper", "/budgets/1/manage/paper", Access.OFFICER),
				post_("/budgets/{id}/manage/paper", "/budgets/1/manage/paper", Access.OFFICER),
				post_("/api/v1/budgets/tally", "/api/v1/budgets/tally?rule=equal-shares", Access.PUBLIC));
	}
}
