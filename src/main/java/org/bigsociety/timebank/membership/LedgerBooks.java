package org.bigsociety.timebank.membership;

import java.time.Instant;
import java.util.Optional;

import org.bigsociety.people.PersonId;
import org.bigsociety.timebank.Minutes;
import org.bigsociety.timebank.TimeBankId;
import org.bigsociety.timebank.ledger.Account;
import org.bigsociety.timebank.ledger.Holder;
import org.bigsociety.timebank.ledger.IdempotencyKey;
import org.bigsociety.timebank.ledger.Ledger;
import org.bigsociety.timebank.ledger.Limits;
import org.bigsociety.timebank.ledger.Recording;
import org.bigsociety.timebank.ledger.Statement;
import org.bigsociety.timebank.ledger.Transfer;
import org.bigsociety.timebank.ledger.TransferId;
import org.bigsociety.timebank.ledger.TransferRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one place the rest of the time bank talks to the ledger ({@code timebank.ledger}): opening books and accounts,
 * moving credits for exchanges and rewards, reading balances and statements. Members' accounts are held by the
 * person, or by the organisation, that is the member.
 */
@Component
public class LedgerBooks {

	private final Ledger ledger;
	private final Limits limits;

	LedgerBooks(Ledger ledger, @Value("${bigsociety.timebank.floor-minutes:-600}") long floor,
			@Value("${bigsociety.timebank.ceiling-minutes:3000}") long ceiling,
			@Value("${bigsociety.timebank.starting-gift-minutes:0}") long startingGift) {
		this.ledger = ledger;
		this.limits = new Limits(Minutes.of(floor), Minutes.of(ceiling), Minutes.of(startingGift));
	}

	void openBook(TimeBank bank) {
		ledger.openBook(bank.id(), bank.area(), limits);
	}

	void openAccount(TimeBank bank, Member member) {
		ledger.openAccount(bank.id(), holder(member));
	}

	public static Holder holder(Member member) {
		return member.isPerson() ? Holder.person(member.person()) : Holder.organisation(member.organisation());
	}

	public Optional<Account> account(TimeBankId bank, Member member) {
		return ledger.accountOf(bank, holder(member));
	}

	public Optional<Minutes> balance(Member member) {
		return ledger.accountOf(member.timeBank(), holder(member)).map(Account::balance);
	}

	/**
	 * Moves minutes from one member to another for something that happened between them, once per key: a retry with
	 * the same key returns the first transfer.
	 *
	 * @param recordedBy who recorded it: a member, or a broker (then {@code onBehalfOf} is the member)
	 * @throws org.bigsociety.timebank.ledger.Refusal if the ledger refuses (beyond a limit, say); nothing moves
	 */
	public Transfer pay(Member from, Member to, Minutes amount, String key, String memo, PersonId recordedBy,
			PersonId onBehalfOf, String reference) {
		Account payer = ledger.openAccount(from.timeBank(), holder(from));
		Account payee = ledger.openAccount(to.timeBank(), holder(to));
		Recording recording = new Recording(IdempotencyKey.of(key), recordedBy, onBehalfOf, memo(memo), reference);
		TransferRequest request = new TransferRequest(payer.id(), payee.id(), amount, recording);
		if (from.timeBank().equals(to.timeBank())) {
			return ledger.transfer(request);
		}
		return ledger.transferBetweenBanks(request).sent();
	}

	/** Moves minutes from a member to a partner's account, for a reward. */
	public Transfer payPartner(Member from, long partnerId, Minutes amount, String key, String memo,
			PersonId recordedBy, String reference) {
		Account payer = ledger.openAccount(from.timeBank(), holder(from));
		Account partner = ledger.openAccount(from.timeBank(), Holder.partner(partnerId));
		Recording recording = new Recording(IdempotencyKey.of(key), recordedBy, null, memo(memo), reference);
		return ledger.transfer(new TransferRequest(payer.id(), partner.id(), amount, recording));
	}

	/** A member gives minutes to the community pot, once per key. */
	public Transfer donate(Member member, Minutes amount, String key, PersonId recordedBy) {
		Account account = ledger.openAccount(member.timeBank(), holder(member));
		return ledger.donateToPot(account.id(), amount,
				new Recording(IdempotencyKey.of(key), recordedBy, null, memo("Community pot"), null));
	}

	/** A broker grants minutes from the community pot to a member in need, once per key. */
	public Transfer grant(Member member, Minutes amount, String key, PersonId broker, String memo) {
		Account account = ledger.openAccount(member.timeBank(), holder(member));
		PersonId onBehalfOf = member.isPerson() ? member.person() : null;
		return ledger.grantFromPot(account.id(), amount,
				new Recording(IdempotencyKey.of(key), broker, onBehalfOf, memo(memo), null));
	}

	/** The transfer, if there is one with this id in the time bank's book. */
	public Optional<Transfer> transfer(TimeBankId bank, long id) {
		return ledger.findTransfer(new TransferId(id)).filter(transfer -> transfer.bank().equals(bank));
	}

	/**
	 * Corrects a mistake: a reversing transfer that points to the original (nothing is ever edited or deleted), once
	 * per key, recorded by the broker for the member whose statement it was found on.
	 *
	 * @throws org.bigsociety.timebank.ledger.Refusal if the ledger refuses (reversed already, a reversal, a limit)
	 */
	public Transfer reverse(long transfer, String key, PersonId broker, PersonId onBehalfOf, String why) {
		return ledger.reverse(new TransferId(transfer),
				new Recording(IdempotencyKey.of(key), broker, onBehalfOf, memo(why), null));
	}

	public Account partnerAccount(TimeBankId bank, long partnerId) {
		return ledger.openAccount(bank, Holder.partner(partnerId));
	}

	public Statement statement(Account account, Instant from, Instant to) {
		return ledger.statement(account.id(), from, to);
	}

	public Optional<Account> account(org.bigsociety.timebank.ledger.AccountId id) {
		return ledger.account(id);
	}

	private static String memo(String text) {
		if (text == null) {
			return null;
		}
		String line = text.replaceAll("\\s+", " ").strip();
		return line.length() > Recording.MAX_MEMO ? line.substring(0, Recording.MAX_MEMO) : line;
	}
}
