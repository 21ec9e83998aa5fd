package org.bigsociety.timebank.membership;

import java.util.Map;
import java.util.regex.Pattern;

import org.bigsociety.people.PersonId;
import org.bigsociety.timebank.Minutes;
import org.bigsociety.timebank.ledger.Transfer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The community pot: members give hours to it, and brokers grant hours from it to members in need. Each form carries
 * a token made when it was shown, so a double click or a retry moves the minutes once.
 */
@Service
public class CommunityPot {

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9-]{8,64}");
	public static final long MOST = 24 * 60;

	private final Members members;
	private final Brokers brokers;
	private final LedgerBooks ledger;

	CommunityPot(Members members, Brokers brokers, LedgerBooks ledger) {
		this.members = members;
		this.brokers = brokers;
		this.ledger = ledger;
	}

	/** A member gives some of their hours to the pot. */
	@Transactional
	public Transfer donate(TimeBank bank, PersonId person, String hours, String minutes, String token) {
		Member member = members.ofPerson(bank.id(), person).filter(Member::approved)
			.orElseThrow(() -> new Refused("timebank.notMember"));
		Minutes amount = amount(hours, minutes);
		return ledger.donate(member, amount, "donation/" + member.id() + "/" + token(token), person);
	}

	/** A broker grants hours from the pot to a member. */
	@Transactional
	public Transfer grant(TimeBank bank, PersonId broker, long memberId, String hours, String minutes, String why,
			String token) {
		brokers.require(broker, bank);
		Member member = members.find(bank.id(), memberId).filter(Member::approved)
			.orElseThrow(() -> new NotFound("member " + memberId));
		Minutes amount = amount(hours, minutes);
		String memo = why == null || why.isBlank() ? "From the community pot" : why.strip();
		if (memo.length() > 200) {
			throw new Invalid(Map.of("why", "timebank.pot.why.tooLong"));
		}
		return ledger.grant(member, amount, "grant/" + member.id() + "/" + token(token), broker, memo);
	}

	private static Minutes amount(String hours, String minutes) {
		try {
			long h = blank(hours) ? 0 : Long.parseLong(hours.strip());
			long m = blank(minutes) ? 0 : Long.parseLong(minutes.strip());
			long total = h * 60 + m;
			if (h < 0 || m < 0 || m > 59 || total < 1 || total > MOST) {
				throw new Invalid(Map.of("hours", "timebank.pot.amount.invalid"));
			}
			return Minutes.of(total);
		}
		catch (NumberFormatException ex) {
			throw new Invalid(Map.of("hours", "timebank.pot.amount.invalid"));
		}
	}

	private static String token(String token) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			throw new Refused("timebank.pot.expired");
		}
		return token;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
