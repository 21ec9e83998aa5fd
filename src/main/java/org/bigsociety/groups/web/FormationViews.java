package org.bigsociety.groups.web;

import java.util.Optional;

import org.bigsociety.groups.formation.GroupFormation;
import org.bigsociety.groups.organisation.Profile;
import org.bigsociety.people.People;
import org.springframework.stereotype.Component;

/** A group's formation as its public page and its administrators' page show it. */
@Component
class FormationViews {

	private final GroupFormation formation;
	private final People people;
	private final Viewer viewer;

	FormationViews(GroupFormation formation, People people, Viewer viewer) {
		this.formation = formation;
		this.people = people;
		this.viewer = viewer;
	}

	/** Empty for an organisation that was not formed on the platform. */
	Optional<FormationView> of(Profile group, boolean namesVisible) {
		return formation.of(group.id())
			.map(f -> FormationView.of(f, viewer.current().orElse(null), namesVisible, people));
	}
}
