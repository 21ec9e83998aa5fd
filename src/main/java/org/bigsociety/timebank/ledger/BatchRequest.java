package org.bigsociety.timebank.ledger;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bigsociety.timebank.Minutes;

/**
 * A group activity: one payer credits many payees in one atomic batch, all or nothing. Each payee appears once.
 */
public record BatchRequest(AccountId payer, List<Credit> credits, Recording recording) {

	public static final int MAX_CREDITS = 10_000;

	public BatchRequest {
		if (payer == null || credits == null || recording == null) {
			throw new IllegalArgumentException("A batch needs a payer, credits and a recording");
		}
		credits = List.copyOf(credits);
		if (credits.isEmpty() || credits.size() > MAX_CREDITS) {
			throw new IllegalArgumentException("A batch credits between 1 and " + MAX_CREDITS + " payees");
		}
		Set<AccountId> payees = new HashSet<>();
		for (Credit credit : credits) {
			if (!payees.add(credit.payee())) {
				throw new IllegalArgumentException("Account " + credit.payee() + " appears twice in one batch");
			}
		}
	}

	/** Every payee receives the same amount. */
	public static BatchRequest equalShares(AccountId payer, List<AccountId> payees, Minutes each, Recording recording) {
		return new BatchRequest(payer, payees.stream().map(payee -> new Credit(payee, each)).toList(), recording);
	}

	public Minutes total() {
		return credits.stream().map(Credit::amount).reduce(Minutes.ZERO, Minutes::plus);
	}
}
