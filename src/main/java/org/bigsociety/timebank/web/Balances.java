package org.bigsociety.timebank.web;

import org.bigsociety.timebank.membership.Member;
import org.springframework.stereotype.Component;

/** A member's balance as text, from the ledger. */
@Component
class Balances {

	String of(Member member) {
		return "";
	}
}
