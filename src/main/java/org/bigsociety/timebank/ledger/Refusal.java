package org.bigsociety.timebank.ledger;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The ledger refused to do something, and changed nothing. {@link #reason()} says why; {@link #messageKey()} and
 * {@link #arguments()} give the sentence for people (in {@code messages/timebank.properties}). Thrown inside a
 * caller's transaction, it rolls that transaction back too.
 */
public class Refusal extends RuntimeException {

	public enum Reason {
		/** The payer's balance would fall below its floor. Arguments: account, balance it would reach, floor. */
		BEYOND_FLOOR,
		/** The payee's balance would rise above its ceiling. Arguments: account, balance it would reach, ceiling. */
		BEYOND_CEILING,
		/** The account is not an open account in that book. Arguments: account, time bank. */
		NOT_A_MEMBER,
		/** The caller may not move this account's credits (checked by the API layer). Arguments: account. */
		NOT_YOURS,
		/** The idempotency key was used before for something else. Arguments: key. */
		KEY_REUSED,
		/** Payer and payee are the same account. Arguments: account. */
		SAME_ACCOUNT,
		/** The transfer has been reversed already. Arguments: transfer, its reversal. */
		ALREADY_REVERSED,
		/** A reversal cannot itself be reversed; post a new transfer instead. Arguments: transfer. */
		REVERSAL_OF_REVERSAL,
		/** The time bank has no book. Arguments: time bank. */
		UNKNOWN_BOOK,
		/** There is no such account. Arguments: account. */
		UNKNOWN_ACCOUNT,
		/** There is no such transfer. Arguments: transfer. */
		UNKNOWN_TRANSFER,
		/** A transfer within one book between accounts of two books. Arguments: payer, payee. */
		DIFFERENT_BOOKS,
		/** A transfer between time banks whose accounts are in the same book. Arguments: time bank. */
		SAME_BOOK,
		/** New limits would leave some members' balances outside them. Arguments: how many, time bank. */
		LIMITS_EXCLUDE_BALANCES;

		/** The message key, such as {@code timebank.ledger.refused.beyond-floor}. */
		public String messageKey() {
			return "timebank.ledger.refused." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
	}

	private final Reason reason;
	private final transient Object[] arguments;

	public Refusal(Reason reason, Object... arguments) {
		super(reason + " " + Arrays.toString(arguments));
		this.reason = reason;
		this.arguments = arguments.clone();
	}

	public Reason reason() {
		return reason;
	}

	public String messageKey() {
		return reason.messageKey();
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	/** The sentence for people, in their language. */
	public String message(MessageSource messages, Locale locale) {
		return messages.getMessage(messageKey(), arguments(), getMessage(), locale);
	}
}
