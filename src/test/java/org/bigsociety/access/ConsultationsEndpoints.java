package org.bigsociety.access;

import java.util.List;

import static org.bigsociety.access.ModuleEndpoints.get_;
import static org.bigsociety.access.ModuleEndpoints.post_;

/**
 * Consultations' endpoints (participation module). The examples use the demo's Hackney consultations: 1 is open
 * (contribution 2 is a proposal on its paragraph 1), 2 is closed with its outcome recorded, 3 is an unpublished draft.
 * The posts carry no valid form (or act on something already done), so they change nothing.
 */
class ConsultationsEndpoints implements ModuleEndpoints {

	@Override
	public List<Endpoint> endpoints() {
		return List.of(
				get_("/consultations", Access.PUBLIC),
				get_("/consultations/{id}", "/consultations/1", Access.PUBLIC),
				get_("/consultations/{id}/paragraphs/{number}", "/consultations/1/paragraphs/4", Access.PUBLIC),
				get_("/consultations/{id}/results", "/consultations/2/results", Access.PUBLIC),
				get_("/consultations/{id}/results.csv", "/consultations/2/results.csv", Access.PUBLIC),
				post_("/consultations/{id}/paragraphs/{number}/comments", "/consultations/1/paragraphs/4/comments",
						Access.SIGNED_IN),
				post_("/consultations/{id}/paragraphs/{number}/proposals", "/consultations/1/paragraphs/4/proposals",
						Access.SIGNED_IN),
				post_("/consultations/{id}/contributions/{contributionId}/support",
						"/consultations/1/contributions/2/support", Access.SIGNED_IN),
				get_("/consultations/new", Access.OFFICER),
				post_("/consultations/new", "/consultations/new", Access.OFFICER),
				get_("/consultations/{id}/preview", "/consultations/3/preview", Access.OFFICER),
				get_("/consultations/{id}/edit", "/consultations/3/edit", Access.OFFICER),
				post_("/consultations/{id}/edit", "/consultations/3/edit", Access.OFFICER),
				post_("/consultations/{id}/publish", "/consultations/1/publish", Access.OFFICER),
				get_("/consultations/answers", Access.OFFICER),
				get_("/consultations/{id}/contributions/{contributionId}/answer",
						"/consultations/1/contributions/2/answer", Access.OFFICER),
				post_("/consultations/{id}/contributions/{contributionId}/answer",
						"/consultations/1/contributions/2/answer", Access.OFFICER),
				post_("/consultations/{id}/outcome", "/consultations/2/outcome", Access.OFFICER));
	}
}
