package org.bigsociety.access;

import java.util.List;

import static org.bigsociety.access.ModuleEndpoints.get_;
import static org.bigsociety.access.ModuleEndpoints.post_;

/**
 * The time bank ledger's API. The examples use the book that {@code LedgerAccessExamples} opens in Hackney and an
 * account id that does not exist in it: brokers (and the administrator) are told it does not exist, everyone else is
 * refused without learning whether it does. Posting without a body or key is a 400 for anyone signed in.
 */
class TimebankLedgerEndpoints implements ModuleEndpoints {

	private static final String BOOK = "/api/v1/timebanks/990000001";

	@Override
	public List<Endpoint> endpoints() {
		return List.of(
				post_("/api/v1/timebanks/{bank}/transfers", BOOK + "/transfers", Access.SIGNED_IN),
				get_("/api/v1/timebanks/{bank}/account", BOOK + "/account", Access.SIGNED_IN),
				get_("/api/v1/timebanks/{bank}/accounts/{account}", BOOK + "/accounts/999999999", Access.BROKER),
				get_("/api/v1/timebanks/{bank}/accounts/{account}/statement", BOOK + "/accounts/999999999/statement",
						Access.BROKER),
				get_("/api/v1/timebanks/{bank}/days/{day}", BOOK + "/days/2025-01-01", Access.PUBLIC));
	}
}
