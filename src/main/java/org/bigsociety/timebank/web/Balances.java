package org.bigsociety.timebank.web;

import java.util.Locale;

import org.bigsociety.timebank.Minutes;
import org.bigsociety.timebank.membership.LedgerBooks;
import org.bigsociety.timebank.membership.Member;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Minutes and balances as people read them: "2 h 30 min". */
@Component
class Balances {

	private final LedgerBooks ledger;
	private final MessageSource messages;

	Balances(LedgerBooks ledger, MessageSource messages) {
		this.ledger = ledger;
		this.messages = messages;
	}

	String of(Member member) {
		return ledger.balance(member).map(this::format).orElse(format(Minutes.ZERO));
	}

	String format(Minutes minutes) {
		return minutes.format(messages, Locale.UK);
	}

	String format(long minutes) {
		return format(Minutes.of(minutes));
	}
}
