package org.bigsociety.access;

import java.util.List;

import static org.bigsociety.access.ModuleEndpoints.post_;

/** Participatory budgeting's endpoints (participation module). */
class BudgetsEndpoints implements ModuleEndpoints {

	@Override
	public List<Endpoint> endpoints() {
		return List.of(
				post_("/api/v1/budgets/tally", "/api/v1/budgets/tally?rule=equal-shares", Access.PUBLIC));
	}
}
