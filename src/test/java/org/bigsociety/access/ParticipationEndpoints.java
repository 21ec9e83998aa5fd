package org.bigsociety.access;

import java.util.List;

import static org.bigsociety.access.ModuleEndpoints.get_;

/** The participation module's own pages, beside its parts (petitions, budgets, ...), which list theirs. */
class ParticipationEndpoints implements ModuleEndpoints {

	@Override
	public List<Endpoint> endpoints() {
		return List.of(get_("/have-your-say", Access.PUBLIC));
	}
}
