package org.bigsociety.timebank.web;

import org.bigsociety.people.PersonId;
import org.bigsociety.timebank.membership.Brokers;
import org.bigsociety.timebank.membership.Member;
import org.bigsociety.timebank.membership.Members;
import org.bigsociety.timebank.membership.Memberships;
import org.bigsociety.timebank.membership.TimeBank;
import org.springframework.stereotype.Component;

/** What a time bank's page says about the person looking at it: their membership and what they may do. */
@Component
class BankPanel {

	private final Memberships memberships;
	private final Members members;
	private final Brokers brokers;
	private final Balances balances;

	BankPanel(Memberships memberships, Members members, Brokers brokers, Balances balances) {
		this.memberships = memberships;
		this.members = members;
		this.brokers = brokers;
		this.balances = balances;
	}

	/**
	 * @param status the person's own membership status, or null if signed out or never asked
	 * @param waiting for a broker, how many people are waiting for a decision
	 */
	record Panel(boolean signedIn, String status, boolean member, boolean digest, boolean broker, long waiting,
			long memberCount, String balance) {
	}

	Panel of(TimeBank bank, PersonId person) {
		Member own = person == null ? null : memberships.own(bank, person).orElse(null);
		boolean broker = brokers.brokers(person, bank);
		return new Panel(person != null, own == null ? null : own.status().name(), own != null && own.approved(),
				own != null && own.digest(), broker, broker ? members.count(bank.id(), Member.Status.REQUESTED) : 0,
				members.count(bank.id(), Member.Status.APPROVED), own != null && own.approved() ? balances.of(own) : null);
	}
}
