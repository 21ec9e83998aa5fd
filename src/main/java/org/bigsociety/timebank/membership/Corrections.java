package org.bigsociety.timebank.membership;

import java.util.Map;

import org.bigsociety.people.PersonId;
import org.bigsociety.timebank.ledger.Account;
import org.bigsociety.timebank.ledger.Recording;
import org.bigsociety.timebank.ledger.Refusal;
import org.bigsociety.timebank.ledger.Transfer;
import org.springframework.stereotype.Component;

/**
 * A broker corrects a mistake on a member's statement (hours recorded twice, or for the wrong person): the ledger posts
 * a reversing transfer that points to the original and says why; the original stays on both statements.
 */
@Component
public class Corrections {

	private final LedgerBooks ledger;
	private final Brokers brokers;

	Corrections(LedgerBooks ledger, Brokers brokers) {
		this.ledger = ledger;
		this.brokers = brokers;
	}

	/**
	 * The transfer on the member's statement that a broker may reverse.
	 *
	 * @throws org.springframework.security.access.AccessDeniedException for anyone but a broker of the time bank
	 * @throws NotFound if the member's account has no such transfer
	 */
	public Transfer reversible(TimeBank bank, PersonId broker, Member member, long transfer) {
		brokers.require(broker, bank);
		Account account = ledger.account(bank.id(), member).orElseThrow(() -> new NotFound("timebank.notMember"));
		return ledger.transfer(bank.id(), transfer)
			.filter(found -> found.from().equals(account.id()) || found.to().equals(account.id()))
			.orElseThrow(() -> new NotFound("timebank.correct.notFound"));
	}

	/**
	 * Reverses the transfer, once per {@code token} (the form's): a second press returns the first reversal.
	 *
	 * @throws Invalid {@code why} missing or too long, or the ledger's refusal (reversed already, a reversal itself,
	 *         or a balance the reversal would take beyond its limits)
	 */
	public Transfer reverse(TimeBank bank, PersonId broker, Member member, long transfer, String why, String token) {
		reversible(bank, broker, member, transfer);
		String reason = why == null ? "" : why.strip();
		if (reason.isEmpty()) {
			throw new Invalid(Map.of("why", "timebank.correct.why.missing"));
		}
		if (reason.length() > Recording.MAX_MEMO || reason.chars().anyMatch(Character::isISOControl)) {
			throw new Invalid(Map.of("why", "timebank.correct.why.tooLong"));
		}
		if (token == null || !token.matches("[A-Za-z0-9-]{8,64}")) {
			throw new Invalid(Map.of("why", "timebank.form.expired"));
		}
		try {
			return ledger.reverse(transfer, "correction/" + token, broker, member.actingPerson(), reason);
		}
		catch (Refusal refusal) {
			String key = switch (refusal.reason()) {
				case ALREADY_REVERSED -> "timebank.correct.already";
				case REVERSAL_OF_REVERSAL -> "timebank.correct.ofCorrection";
				case BEYOND_FLOOR, BEYOND_CEILING -> "timebank.correct.limits";
				default -> throw refusal;
			};
			throw new Invalid(Map.of("why", key));
		}
	}
}
