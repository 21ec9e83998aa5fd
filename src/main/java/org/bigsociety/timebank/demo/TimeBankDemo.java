package org.bigsociety.timebank.demo;

import java.util.List;

import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.PersonSummary;
import org.bigsociety.place.Area;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.bigsociety.platform.DemoContent;
import org.bigsociety.timebank.membership.Memberships;
import org.bigsociety.timebank.membership.TimeBank;
import org.bigsociety.timebank.membership.TimeBankManagement;
import org.bigsociety.timebank.membership.TimeBankManagement.NewTimeBank;
import org.springframework.stereotype.Component;

/**
 * The demo time bank: Hackney Time Bank at {@code /timebanks/hackney-time-bank}, run by the demo broker, with the
 * demo resident, the broker and many of the made-up Hackney residents as members.
 */
@Component
class TimeBankDemo implements DemoContent {

	static final String SLUG = "hackney-time-bank";
	static final String NAME = "Hackney Time Bank";
	static final String HACKNEY = "E09000012";

	private final TimeBankManagement management;
	private final Memberships memberships;
	private final People people;
	private final Places places;

	TimeBankDemo(TimeBankManagement management, Memberships memberships, People people, Places places) {
		this.management = management;
		this.memberships = memberships;
		this.people = people;
		this.places = places;
	}

	@Override
	public String name() {
		return "timebank: Hackney Time Bank";
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public void load() {
		Area hackney = places.byGssCode(new GssCode(HACKNEY)).orElse(null);
		if (hackney == null) {
			return;
		}
		List<PersonId> residents = people.livingIn(hackney.id(), 1000);
		PersonId broker = named(residents, "Demo Broker");
		PersonId resident = named(residents, "Demo Resident");
		if (broker == null) {
			return;
		}
		TimeBank bank = management.open(broker, new NewTimeBank(NAME, HACKNEY,
				"Neighbours in Hackney swapping time: an hour of help is worth an hour, whoever gives it.", ""));
		memberships.enrol(bank, broker, broker);
		if (resident != null) {
			memberships.enrol(bank, broker, resident);
		}
		// Every third made-up resident is a member: about a hundred, spread over the borough.
		for (int i = 0; i < residents.size(); i += 3) {
			memberships.enrol(bank, broker, residents.get(i));
		}
	}

	private PersonId named(List<PersonId> residents, String name) {
		return residents.stream()
			.filter(id -> people.find(id).map(PersonSummary::displayName).filter(name::equals).isPresent())
			.findFirst()
			.orElse(null);
	}
}
