package org.bigsociety.access;

import java.util.List;

import static org.bigsociety.access.ModuleEndpoints.get_;
import static org.bigsociety.access.ModuleEndpoints.post_;

/** The foundation's endpoints: platform, place, record and people. */
class FoundationEndpoints implements ModuleEndpoints {

	@Override
	public List<Endpoint> endpoints() {
		return List.of(
				// platform
				get_("/", Access.PUBLIC), get_("/accessibility", Access.PUBLIC), get_("/privacy", Access.PUBLIC),
				get_("/cookies", Access.PUBLIC), get_("/open-data", Access.PUBLIC),
				get_("/admin/outbox", Access.ADMINISTRATOR),
				get_("/error", Access.PUBLIC),
				get_("/api/openapi.json", Access.PUBLIC), get_("/api/openapi.json.yaml", Access.PUBLIC),
				// place
				get_("/near", "/near?postcode=E81DY", Access.PUBLIC), get_("/near/{postcode}", "/near/E81DY", Access.PUBLIC),
				get_("/api/v1/places/postcodes/{postcode}", "/api/v1/places/postcodes/E81DY", Access.PUBLIC),
				get_("/api/v1/places/areas/{id}", "/api/v1/places/areas/1", Access.PUBLIC),
				get_("/places/{id}", "/places/1", Access.PUBLIC),
				// record
				get_("/record", Access.PUBLIC), get_("/record/{seq}", "/record/999999999", Access.PUBLIC),
				get_("/record/verification", Access.PUBLIC),
				get_("/api/v1/record", Access.PUBLIC), get_("/api/v1/record/verify", Access.PUBLIC),
				get_("/api/v1/record/{seq}", "/api/v1/record/999999999", Access.PUBLIC),
				// people: signing up and in
				get_("/register", Access.OPEN_FORM), post_("/register", "/register", Access.OPEN_FORM),
				get_("/register/sent", Access.OPEN_FORM),
				get_("/register/confirm", "/register/confirm?token=not-a-real-token", Access.OPEN_FORM),
				get_("/sign-in", Access.OPEN_FORM),
				get_("/password/forgotten", Access.OPEN_FORM),
				post_("/password/forgotten", "/password/forgotten", Access.OPEN_FORM),
				get_("/password/sent", Access.OPEN_FORM),
				get_("/password/reset", "/password/reset?token=not-a-real-token", Access.OPEN_FORM),
				post_("/password/reset", "/password/reset", Access.OPEN_FORM),
				get_("/account-deleted", Access.PUBLIC),
				// people: your own account (posts here carry no valid form, so they change nothing)
				get_("/account", Access.SIGNED_IN), get_("/account/profile", Access.SIGNED_IN),
				post_("/account/profile", "/account/profile", Access.SIGNED_IN),
				get_("/account/tokens", Access.SIGNED_IN), post_("/account/tokens", "/account/tokens", Access.SIGNED_IN),
				post_("/account/tokens/{id}/revoke", "/account/tokens/999999999/revoke", Access.SIGNED_IN),
				get_("/account/export", Access.SIGNED_IN),
				get_("/account/delete", Access.SIGNED_IN), post_("/account/delete", "/account/delete", Access.SIGNED_IN),
				get_("/api/v1/me", Access.SIGNED_IN),
				// people: administration
				get_("/admin", Access.ADMINISTRATOR), get_("/admin/people", Access.ADMINISTRATOR),
				get_("/admin/people/{id}", "/admin/people/1", Access.ADMINISTRATOR),
				post_("/admin/people/{id}/roles", "/admin/people/999999999/roles", Access.ADMINISTRATOR),
				post_("/admin/people/{id}/roles/{grant}/revoke", "/admin/people/999999999/roles/999999999/revoke",
						Access.ADMINISTRATOR));
	}
}
