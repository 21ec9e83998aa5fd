package org.bigsociety.timebank.ledger.web;

import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.Role;
import org.bigsociety.people.RoleScope;
import org.bigsociety.timebank.ledger.Account;
import org.bigsociety.timebank.ledger.Book;
import org.bigsociety.timebank.ledger.Holder;
import org.springframework.stereotype.Component;

/**
 * Who may move and read whose credits, checked on every call. A person moves their own credits; a group admin moves
 * their organisation's; a broker for the book's area moves any member's, the pot's and partners'. Nobody moves a
 * clearing account's credits directly: only transfers between time banks do. Reading follows the same rules.
 */
@Component
class LedgerAccess {

	private final People people;

	LedgerAccess(People people) {
		this.people = people;
	}

	boolean mayMove(PersonId person, Account account, Book book) {
		if (account.holder().kind() == Holder.Kind.CLEARING) {
			return false;
		}
		return holds(person, account) || isBroker(person, book);
	}

	boolean mayRead(PersonId person, Account account, Book book) {
		return holds(person, account) || isBroker(person, book);
	}

	boolean isBroker(PersonId person, Book book) {
		return people.holds(person, Role.BROKER, RoleScope.area(book.area()));
	}

	/** The person is the account's holder, or a group admin of the organisation that holds it. */
	boolean holds(PersonId person, Account account) {
		Holder holder = account.holder();
		return switch (holder.kind()) {
			case PERSON -> holder.id() == person.value();
			case ORGANISATION -> people.holds(person, Role.GROUP_ADMIN, RoleScope.organisation(holder.id()));
			default -> false;
		};
	}
}
