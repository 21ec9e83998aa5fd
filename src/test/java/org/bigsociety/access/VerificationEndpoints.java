package org.bigsociety.access;

import java.util.List;

import static org.bigsociety.access.ModuleEndpoints.get_;
import static org.bigsociety.access.ModuleEndpoints.post_;

/**
 * Verification of residence (people module). The posts carry no form, so they change nothing: a letter needs the
 * address and the postcode the page showed, a code must be typed, printing needs chosen letters, and recording needs
 * an account and the evidence seen.
 */
class VerificationEndpoints implements ModuleEndpoints {

	@Override
	public List<Endpoint> endpoints() {
		return List.of(
				get_("/account/verify", Access.SIGNED_IN),
				post_("/account/verify/letter", "/account/verify/letter", Access.SIGNED_IN),
				post_("/account/verify/code", "/account/verify/code", Access.SIGNED_IN),
				get_("/verification/letters", Access.OFFICER),
				post_("/verification/letters/print", "/verification/letters/print", Access.OFFICER),
				get_("/verification/check", Access.OFFICER),
				post_("/verification/check", "/verification/check", Access.OFFICER),
				post_("/verification/check/record", "/verification/check/record", Access.OFFICER));
	}
}
