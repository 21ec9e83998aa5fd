package org.bigsociety.timebank.ledger;

import org.bigsociety.groups.OrganisationId;
import org.bigsociety.people.PersonId;
import org.bigsociety.timebank.TimeBankId;

/**
 * Who holds an account in a time bank's book. Each holder has at most one account per book.
 *
 * @param id for {@link Kind#PERSON} a person id, for {@link Kind#ORGANISATION} an organisation id, for
 *        {@link Kind#PARTNER} a partner id (the time bank module's), for {@link Kind#COMMUNITY_POT} the id of the time
 *        bank whose pot it is, for {@link Kind#CLEARING} the id of the other time bank it clears with
 */
public record Holder(Kind kind, long id) {

	public enum Kind {
		/** A member: takes the book's limits and receives the starting gift. */
		PERSON,
		/** A member organisation: takes the book's limits; pays for the group activities it runs. */
		ORGANISATION,
		/** A partner offering rewards priced in credits: never below zero, no ceiling. */
		PARTNER,
		/** The time bank's own pot: members donate to it, brokers grant from it, starting gifts are paid from it. */
		COMMUNITY_POT,
		/** What this book owes (positive) or is owed by (negative) another time bank. */
		CLEARING
	}

	public Holder {
		if (kind == null) {
			throw new IllegalArgumentException("An account holder needs a kind");
		}
		if (id <= 0) {
			throw new IllegalArgumentException("An account holder's id is a positive number");
		}
	}

	public static Holder person(PersonId person) {
		return new Holder(Kind.PERSON, person.value());
	}

	public static Holder organisation(OrganisationId organisation) {
		return new Holder(Kind.ORGANISATION, organisation.value());
	}

	public static Holder partner(long partnerId) {
		return new Holder(Kind.PARTNER, partnerId);
	}

	public static Holder communityPot(TimeBankId bank) {
		return new Holder(Kind.COMMUNITY_POT, bank.value());
	}

	public static Holder clearing(TimeBankId counterpart) {
		return new Holder(Kind.CLEARING, counterpart.value());
	}

	/** Members take the book's floor and ceiling. */
	public boolean isMember() {
		return kind == Kind.PERSON || kind == Kind.ORGANISATION;
	}

	@Override
	public String toString() {
		return kind + ":" + id;
	}
}
