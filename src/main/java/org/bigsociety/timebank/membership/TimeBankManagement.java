package org.bigsociety.timebank.membership;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.bigsociety.groups.OrganisationId;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.Role;
import org.bigsociety.people.RoleScope;
import org.bigsociety.place.Area;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening a time bank: a broker of an area opens one for it, and its ledger book opens with it. */
@Service
public class TimeBankManagement {

	public static final int MAX_NAME = 120;
	public static final int MAX_DESCRIPTION = 4000;

	/** What a broker fills in to open a time bank. */
	public record NewTimeBank(String name, String area, String description, String organisation) {

		public static NewTimeBank blank() {
			return new NewTimeBank("", "", "", "");
		}
	}

	private final TimeBankDirectory directory;
	private final Places places;
	private final People people;
	private final Brokers brokers;
	private final LedgerBooks ledger;
	private final Clock clock;

	TimeBankManagement(TimeBankDirectory directory, Places places, People people, Brokers brokers, LedgerBooks ledger,
			Clock clock) {
		this.directory = directory;
		this.places = places;
		this.people = people;
		this.brokers = brokers;
		this.ledger = ledger;
		this.clock = clock;
	}

	/**
	 * Opens a time bank for an area (given by its GSS code) that the person brokers, or for an organisation they
	 * broker or run in that area. Throws {@link Invalid} with the form's problems.
	 */
	@Transactional
	public TimeBank open(PersonId broker, NewTimeBank form) {
		Map<String, String> errors = new LinkedHashMap<>();
		String name = form.name() == null ? "" : form.name().strip();
		if (name.isEmpty()) {
			errors.put("name", "timebank.new.name.missing");
		}
		else if (name.length() > MAX_NAME) {
			errors.put("name", "timebank.new.name.tooLong");
		}
		Optional<Area> area = Optional.empty();
		if (form.area() == null || form.area().isBlank()) {
			errors.put("area", "timebank.new.area.missing");
		}
		else {
			try {
				area = places.byGssCode(new GssCode(form.area()));
				if (area.isEmpty()) {
					errors.put("area", "timebank.new.area.unknown");
				}
			}
			catch (IllegalArgumentException ex) {
				errors.put("area", "timebank.new.area.invalid");
			}
		}
		String description = form.description() == null ? "" : form.description().strip();
		if (description.length() > MAX_DESCRIPTION) {
			errors.put("description", "timebank.new.description.tooLong");
		}
		OrganisationId organisation = null;
		if (form.organisation() != null && !form.organisation().isBlank()) {
			try {
				organisation = new OrganisationId(Long.parseLong(form.organisation().strip()));
			}
			catch (IllegalArgumentException ex) {
				errors.put("organisation", "timebank.new.organisation.invalid");
			}
		}
		Invalid.check(errors);
		boolean allowed = brokers.brokersIn(broker, area.get().id()) || organisation != null
				&& (people.holds(broker, Role.BROKER, RoleScope.organisation(organisation.value()))
						|| people.holds(broker, Role.GROUP_ADMIN, RoleScope.organisation(organisation.value())));
		if (!allowed) {
			throw new AccessDeniedException("Only a broker of the area or organisation may open a time bank for it");
		}
		Slug slug = Slug.from(name);
		for (int n = 2; directory.slugTaken(slug); n++) {
			slug = new Slug(Slug.from(name).value() + "-" + n);
		}
		TimeBank bank = directory.insert(slug, name, description, area.get().id(), organisation, clock.instant(),
				broker.value());
		ledger.openBook(bank);
		return bank;
	}
}
