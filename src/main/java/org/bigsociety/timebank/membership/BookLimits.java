package org.bigsociety.timebank.membership;

import java.util.LinkedHashMap;
import java.util.Map;

import org.bigsociety.people.PersonId;
import org.bigsociety.timebank.Minutes;
import org.bigsociety.timebank.ledger.Ledger;
import org.bigsociety.timebank.ledger.Limits;
import org.bigsociety.timebank.ledger.Refusal;
import org.springframework.stereotype.Component;

/**
 * Each time bank's own limits: how far below zero a member may go (so a newcomer can receive help first), how many
 * hours a member may bank, and the gift a new member receives from the community pot. A broker of the time bank sets
 * them in whole hours; the ledger enforces them on every transfer and refuses limits that would leave a member's
 * balance outside them.
 */
@Component
public class BookLimits {

	/** The most hours any limit may be set to. */
	static final int MAX_HOURS = 1_000;

	private final Ledger ledger;
	private final Brokers brokers;

	BookLimits(Ledger ledger, Brokers brokers) {
		this.ledger = ledger;
		this.brokers = brokers;
	}

	public Limits of(TimeBank bank) {
		return ledger.book(bank.id()).orElseThrow().limits();
	}

	/**
	 * Sets the time bank's limits, given as whole hours: {@code below} how far below zero a member may go, {@code up}
	 * the highest balance, {@code gift} what a new member receives.
	 *
	 * @throws Invalid with the fields that are wrong, or {@code below}/{@code up} when a member's balance lies outside
	 *         the new limits
	 * @throws org.springframework.security.access.AccessDeniedException for anyone but a broker of the time bank
	 */
	public Limits change(TimeBank bank, PersonId by, String below, String up, String gift) {
		brokers.require(by, bank);
		Map<String, String> errors = new LinkedHashMap<>();
		Integer floor = hours(below, "below", errors);
		Integer ceiling = hours(up, "up", errors);
		if (ceiling != null && ceiling == 0) {
			errors.put("up", "timebank.limits.up.zero");
		}
		Integer starting = hours(gift, "gift", errors); // errors in the order of the form's fields
		if (starting != null && ceiling != null && starting > ceiling) {
			errors.put("gift", "timebank.limits.gift.aboveCeiling");
		}
		Invalid.check(errors);
		Limits limits = new Limits(Minutes.ofHours(-floor), Minutes.ofHours(ceiling), Minutes.ofHours(starting));
		try {
			ledger.changeLimits(bank.id(), limits);
		}
		catch (Refusal refusal) {
			if (refusal.reason() == Refusal.Reason.LIMITS_EXCLUDE_BALANCES) {
				throw new Invalid(Map.of("below", "timebank.limits.excludeBalances"));
			}
			throw refusal;
		}
		return limits;
	}

	private static Integer hours(String text, String field, Map<String, String> errors) {
		String trimmed = text == null ? "" : text.strip();
		if (trimmed.isEmpty()) {
			errors.put(field, "timebank.limits." + field + ".missing");
			return null;
		}
		if (!trimmed.matches("\\d{1,5}")) {
			errors.put(field, "timebank.limits.wholeHours");
			return null;
		}
		int hours = Integer.parseInt(trimmed);
		if (hours > MAX_HOURS) {
			errors.put(field, "timebank.limits.tooMany");
			return null;
		}
		return hours;
	}
}
