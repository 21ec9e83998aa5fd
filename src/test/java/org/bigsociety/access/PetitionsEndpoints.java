package org.bigsociety.access;

import java.util.List;

import static org.bigsociety.access.ModuleEndpoints.get_;
import static org.bigsociety.access.ModuleEndpoints.post_;

/**
 * Petitions (participation module). Examples use the demo's fixed petitions: 1 is open, 3 is open and overdue (for the
 * officer), 4 awaits moderation. Posts carry no form, so they change nothing and answer with the form's errors.
 */
class PetitionsEndpoints implements ModuleEndpoints {

	@Override
	public List<Endpoint> endpoints() {
		return List.of(
				get_("/petitions", Access.PUBLIC),
				get_("/petitions/{id}", "/petitions/1", Access.PUBLIC),
				get_("/petitions/{id}.json", "/petitions/1.json", Access.PUBLIC),
				get_("/petitions/similar.json", "/petitions/similar.json?title=canal%20bins", Access.PUBLIC),
				get_("/petitions/{id}/sign", "/petitions/1/sign", Access.PUBLIC),
				post_("/petitions/{id}/sign", "/petitions/1/sign", Access.PUBLIC),
				get_("/petitions/{id}/sign/check-email", "/petitions/1/sign/check-email", Access.PUBLIC),
				get_("/petitions/confirm", "/petitions/confirm?token=1.not-a-real-secret-at-all", Access.PUBLIC),
				get_("/petitions/{id}/signed", "/petitions/1/signed", Access.PUBLIC),
				// starting a petition
				get_("/petitions/new", Access.SIGNED_IN),
				get_("/petitions/new/check", "/petitions/new/check?title=More%20trees", Access.SIGNED_IN),
				post_("/petitions/new", "/petitions/new", Access.SIGNED_IN),
				get_("/petitions/yours", Access.SIGNED_IN),
				// moderators for the petition's area
				get_("/petitions/moderation", Access.MODERATOR),
				get_("/petitions/moderation/{id}", "/petitions/moderation/4", Access.MODERATOR),
				post_("/petitions/moderation/{id}", "/petitions/moderation/4", Access.MODERATOR),
				get_("/petitions/moderation/{id}/signatures", "/petitions/moderation/1/signatures", Access.MODERATOR),
				post_("/petitions/moderation/{id}/signatures", "/petitions/moderation/1/signatures", Access.MODERATOR),
				get_("/petitions/moderation/blocked", Access.MODERATOR),
				post_("/petitions/moderation/blocked", "/petitions/moderation/blocked", Access.MODERATOR),
				post_("/petitions/moderation/blocked/remove", "/petitions/moderation/blocked/remove", Access.MODERATOR),
				// officers for the petition's area
				get_("/petitions/{id}/respond", "/petitions/3/respond", Access.OFFICER),
				post_("/petitions/{id}/respond", "/petitions/3/respond", Access.OFFICER),
				get_("/petitions/thresholds/{gss}", "/petitions/thresholds/E09000012", Access.OFFICER),
				post_("/petitions/thresholds/{gss}", "/petitions/thresholds/E09000012", Access.OFFICER));
	}
}
