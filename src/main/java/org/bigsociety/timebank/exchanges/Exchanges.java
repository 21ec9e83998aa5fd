package org.bigsociety.timebank.exchanges;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.bigsociety.people.PersonId;
import org.bigsociety.timebank.Minutes;
import org.bigsociety.timebank.exchanges.Exchange.Actor;
import org.bigsociety.timebank.exchanges.Exchange.Side;
import org.bigsociety.timebank.ledger.Transfer;
import org.bigsociety.timebank.listings.Categories;
import org.bigsociety.timebank.listings.Listing;
import org.bigsociety.timebank.listings.Listings;
import org.bigsociety.timebank.membership.Brokers;
import org.bigsociety.timebank.membership.Invalid;
import org.bigsociety.timebank.membership.LedgerBooks;
import org.bigsociety.timebank.membership.Member;
import org.bigsociety.timebank.membership.Members;
import org.bigsociety.timebank.membership.Memberships;
import org.bigsociety.timebank.membership.NotFound;
import org.bigsociety.timebank.membership.Notices;
import org.bigsociety.timebank.membership.Refused;
import org.bigsociety.timebank.membership.TimeBank;
import org.bigsociety.timebank.membership.TimeBankDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exchanges between members: asking or offering from a listing, accepting, agreeing a time, saying it is done,
 * confirming the hours (when the credits move, once), cancelling, disputing and a broker's decision, references, and
 * a broker recording an exchange for members without the internet. Each step mails the other side.
 */
@Service
public class Exchanges {

	static final ZoneId LONDON = ZoneId.of("Europe/London");
	public static final int MAX_REFERENCE = 1000;

	/** Responding to a listing: a message, and how long it may take (optional). */
	public record Response(String message, String hours, String minutes, Long member) {

		public static Response blank() {
			return new Response("", "", "", null);
		}
	}

	/** A broker records an exchange that happened: who helped whom, with what, for how long, on which day. */
	public record Recorded(Long provider, Long recipient, String category, String description, String hours,
			String minutes, String day, String month, String year) {

		public static Recorded blank(Long provider) {
			return new Recorded(provider, null, "", "", "", "", "", "", "");
		}
	}

	private final ExchangeStore store;
	private final Members members;
	private final Memberships memberships;
	private final Listings listings;
	private final Categories categories;
	private final Brokers brokers;
	private final TimeBankDirectory directory;
	private final LedgerBooks ledger;
	private final Notices notices;
	private final JdbcClient jdbc;
	private final Clock clock;

	Exchanges(ExchangeStore store, Members members, Memberships memberships, Listings listings, Categories categories,
			Brokers brokers, TimeBankDirectory directory, LedgerBooks ledger, Notices notices, JdbcClient jdbc,
			Clock clock) {
		this.store = store;
		this.members = members;
		this.memberships = memberships;
		this.listings = listings;
		this.categories = categories;
		this.brokers = brokers;
		this.directory = directory;
		this.ledger = ledger;
		this.notices = notices;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	// ---- starting

	/**
	 * A member answers a listing: asks for the help an offer gives, or offers the help a request wants. They may
	 * answer as any membership they hold, in this time bank or another (then the credits clear between the banks).
	 */
	@Transactional
	public Exchange respond(TimeBank bank, PersonId person, long listingId, Response form) {
		Listing listing = listings.find(bank.id(), listingId).orElseThrow(() -> new NotFound("listing " + listingId));
		if (!listing.open()) {
			throw new Refused("timebank.exchange.listingClosed");
		}
		Member owner = members.find(listing.memberId()).orElseThrow();
		Member responder = responder(bank, person, form.member());
		if (responder.id().equals(owner.id()) || responder.actingPerson().equals(owner.actingPerson())) {
			throw new Refused("timebank.exchange.withYourself");
		}
		if (responder.supported()) {
			throw new Refused("timebank.exchange.supportedNeedsBroker");
		}
		Map<String, String> errors = new LinkedHashMap<>();
		Minutes estimate = null;
		try {
			estimate = Duration.read(form.hours(), form.minutes(), true);
		}
		catch (IllegalArgumentException ex) {
			errors.put("hours", ex.getMessage());
		}
		if (form.message() != null && form.message().strip().length() > Exchange.MAX_TEXT) {
			errors.put("message", "timebank.exchange.text.tooLong");
		}
		Invalid.check(errors);
		Side side = listing.kind() == Listing.Kind.OFFER ? Side.RECIPIENT : Side.PROVIDER;
		long provider = side == Side.PROVIDER ? responder.id() : owner.id();
		long recipient = side == Side.PROVIDER ? owner.id() : responder.id();
		String description = form.message() == null || form.message().isBlank() ? listing.title()
				: listing.title() + ": " + form.message().strip();
		Exchange exchange = store.save(Exchange.start(bank.id(), listing.id(), provider, recipient, listing.category(),
				description, estimate, Actor.member(person, side), clock.instant()));
		tell(exchange, person, "proposed");
		return exchange;
	}

	private Member responder(TimeBank bank, PersonId person, Long chosen) {
		List<Member> mine = members.actedForBy(person).stream().filter(Member::approved).toList();
		Optional<Member> picked = chosen != null ? mine.stream().filter(m -> m.id().equals(chosen)).findFirst()
				: mine.stream().filter(m -> m.timeBank().equals(bank.id())).findFirst()
					.or(() -> mine.stream().findFirst());
		return picked.orElseThrow(() -> new Refused("timebank.notMember"));
	}

	/**
	 * A broker records an exchange that already happened, for members without the internet: it is agreed and
	 * confirmed for both at once, and the credits move now. Shown everywhere as recorded by the broker.
	 */
	@Transactional
	public Exchange record(TimeBank bank, PersonId broker, Recorded form) {
		brokers.require(broker, bank);
		Map<String, String> errors = new LinkedHashMap<>();
		Member provider = form.provider() == null ? null : members.find(bank.id(), form.provider())
			.filter(Member::approved).orElse(null);
		Member recipient = form.recipient() == null ? null : members.find(bank.id(), form.recipient())
			.filter(Member::approved).orElse(null);
		if (provider == null) {
			errors.put("provider", "timebank.record.provider.missing");
		}
		if (recipient == null) {
			errors.put("recipient", "timebank.record.recipient.missing");
		}
		else if (provider != null && provider.id().equals(recipient.id())) {
			errors.put("recipient", "timebank.record.recipient.same");
		}
		if (!categories.exists(form.category())) {
			errors.put("category", "timebank.listing.category.missing");
		}
		String description = form.description() == null ? "" : form.description().strip();
		if (description.isEmpty()) {
			errors.put("description", "timebank.record.description.missing");
		}
		else if (description.length() > Exchange.MAX_TEXT) {
			errors.put("description", "timebank.exchange.text.tooLong");
		}
		Minutes minutes = null;
		try {
			minutes = Duration.read(form.hours(), form.minutes(), false);
		}
		catch (IllegalArgumentException ex) {
			errors.put("hours", ex.getMessage());
		}
		LocalDate day = null;
		try {
			day = LocalDate.of(Integer.parseInt(form.year().strip()), Integer.parseInt(form.month().strip()),
					Integer.parseInt(form.day().strip()));
			if (day.isAfter(LocalDate.now(clock.withZone(LONDON)))) {
				errors.put("day", "timebank.record.date.future");
			}
		}
		catch (RuntimeException ex) {
			errors.put("day", "timebank.record.date.invalid");
		}
		Invalid.check(errors);
		return recordAndPay(bank, broker, provider, recipient, form.category(), description, minutes,
				Exchange.Origin.BROKER, LocalDateTime.of(day, LocalTime.NOON).atZone(LONDON).toInstant(), null);
	}

	/**
	 * Records an exchange that happened and moves its credits now; used for a broker's record and for each row of an
	 * imported paper time sheet.
	 *
	 * @param key the ledger's idempotency key; null for the exchange's own
	 */
	public Exchange recordAndPay(TimeBank bank, PersonId broker, Member provider, Member recipient, String category,
			String description, Minutes minutes, Exchange.Origin origin, Instant happened, String key) {
		Exchange saved = recordHistory(bank, broker, provider, recipient, category, description, minutes, origin,
				happened, key);
		tell(saved, broker, "recorded");
		return saved;
	}

	/**
	 * Records a past exchange and moves its credits, without mailing anyone: for loading history (the demo's months
	 * of exchanges). The caller checks who may do it.
	 */
	@Transactional
	public Exchange recordHistory(TimeBank bank, PersonId broker, Member provider, Member recipient,
			String category, String description, Minutes minutes, Exchange.Origin origin, Instant happened,
			String key) {
		Exchange exchange = store.save(Exchange.recorded(bank.id(), provider.id(), recipient.id(), category,
				description, minutes, origin, broker, happened, clock.instant()));
		pay(exchange, Actor.broker(broker), key);
		return store.save(exchange);
	}

	// ---- the steps

	@Transactional
	public Exchange accept(TimeBank bank, PersonId person, long id) {
		Exchange exchange = lock(bank, id);
		Actor actor = actor(exchange, person);
		exchange.accept(actor, clock.instant());
		return saveAndTell(exchange, person, "accepted");
	}

	/** Agrees when it will happen: a day and a time, read in London time. */
	@Transactional
	public Exchange agreeTime(TimeBank bank, PersonId person, long id, String day, String month, String year,
			String time) {
		Exchange exchange = lock(bank, id);
		Actor actor = actor(exchange, person);
		Instant when;
		try {
			LocalDate date = LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
					Integer.parseInt(day.strip()));
			when = LocalDateTime.of(date, time(time)).atZone(LONDON).toInstant();
		}
		catch (RuntimeException ex) {
			throw new Invalid(Map.of("day", "timebank.exchange.time.invalid"));
		}
		exchange.agreeTime(actor, when, clock.instant());
		return saveAndTell(exchange, person, "time");
	}

	private static LocalTime time(String text) {
		String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('.', ':');
		if (t.isEmpty()) {
			return LocalTime.NOON;
		}
		boolean pm = t.endsWith("pm");
		boolean am = t.endsWith("am");
		if (pm || am) {
			t = t.substring(0, t.length() - 2).strip();
		}
		String[] parts = t.split(":");
		int hour = Integer.parseInt(parts[0]);
		int minute = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
		if (pm && hour < 12) {
			hour += 12;
		}
		if (am && hour == 12) {
			hour = 0;
		}
		return LocalTime.of(hour, minute);
	}

	/** Says it happened and how long it took: the actor's side confirms those hours. */
	@Transactional
	public Exchange markDone(TimeBank bank, PersonId person, long id, String hours, String minutes) {
		Exchange exchange = lock(bank, id);
		Actor actor = actor(exchange, person);
		Minutes took;
		try {
			took = Duration.read(hours, minutes, false);
		}
		catch (IllegalArgumentException ex) {
			throw new Invalid(Map.of("hours", ex.getMessage()));
		}
		exchange.markDone(actor, took, clock.instant());
		return saveAndTell(exchange, person, "done");
	}

	/** Confirms the hours; when both sides (or a broker) have, the credits move, once. */
	@Transactional
	public Exchange confirm(TimeBank bank, PersonId person, long id) {
		Exchange exchange = lock(bank, id);
		Actor actor = actor(exchange, person);
		boolean completed = exchange.confirm(actor, clock.instant());
		if (completed) {
			pay(exchange, actor, null);
			return saveAndTell(exchange, person, "completed");
		}
		if (exchange.newSteps().isEmpty()) {
			// Confirmed already (a double click): nothing to save or say.
			return exchange;
		}
		return saveAndTell(exchange, person, "confirmed");
	}

	@Transactional
	public Exchange cancel(TimeBank bank, PersonId person, long id, String reason) {
		Exchange exchange = lock(bank, id);
		exchange.cancel(actor(exchange, person), reason, clock.instant());
		return saveAndTell(exchange, person, "cancelled");
	}

	@Transactional
	public Exchange dispute(TimeBank bank, PersonId person, long id, String reason) {
		Exchange exchange = lock(bank, id);
		Actor actor = actor(exchange, person);
		if (actor.broker() && actor.side() == null) {
			throw new Refused("timebank.exchange.dispute.partiesOnly");
		}
		if (reason == null || reason.isBlank()) {
			throw new Invalid(Map.of("reason", "timebank.exchange.dispute.reason"));
		}
		exchange.dispute(actor, reason, clock.instant());
		return saveAndTell(exchange, person, "disputed");
	}

	/** A broker decides a dispute: the hours that happened (credits move), or nothing (cancelled). */
	@Transactional
	public Exchange resolve(TimeBank bank, PersonId broker, long id, String hours, String minutes, String note) {
		Exchange exchange = lock(bank, id);
		if (!mayBroker(broker, exchange)) {
			throw new AccessDeniedException("Only a broker decides a dispute");
		}
		Minutes decided;
		try {
			decided = Duration.read(hours, minutes, true);
		}
		catch (IllegalArgumentException ex) {
			throw new Invalid(Map.of("hours", ex.getMessage()));
		}
		Actor actor = Actor.broker(broker);
		boolean pay = exchange.resolve(actor, decided, note, clock.instant());
		if (pay) {
			pay(exchange, actor, null);
		}
		return saveAndTell(exchange, broker, pay ? "resolved-completed" : "resolved-cancelled");
	}

	/** Each side leaves one reference about the other after a completed exchange (a broker may write it for them). */
	@Transactional
	public void leaveReference(TimeBank bank, PersonId person, long id, String body) {
		Exchange exchange = lock(bank, id);
		Actor actor = actor(exchange, person);
		if (exchange.status() != Exchange.Status.COMPLETED) {
			throw new Refused("timebank.reference.notYet");
		}
		if (actor.side() == null) {
			throw new Refused("timebank.reference.partiesOnly");
		}
		String text = body == null ? "" : body.strip();
		if (text.isEmpty()) {
			throw new Invalid(Map.of("reference", "timebank.reference.missing"));
		}
		if (text.length() > MAX_REFERENCE) {
			throw new Invalid(Map.of("reference", "timebank.reference.tooLong"));
		}
		int added = jdbc.sql("""
				INSERT INTO timebank.reference (exchange_id, from_member_id, about_member_id, written_by, written_at, body)
				VALUES (:exchange, :from, :about, :by, :at, :body) ON CONFLICT DO NOTHING""")
			.param("exchange", exchange.id())
			.param("from", exchange.member(actor.side()))
			.param("about", exchange.member(actor.side().other()))
			.param("by", person.value())
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.param("body", text)
			.update();
		if (added == 0) {
			throw new Refused("timebank.reference.already");
		}
	}

	/** A reference as the exchange page shows it. */
	public record Reference(long fromMember, long aboutMember, PersonId writtenBy, Instant writtenAt, String body) {
	}

	public List<Reference> references(long exchangeId) {
		return jdbc.sql("SELECT from_member_id, about_member_id, written_by, written_at, body FROM timebank.reference WHERE exchange_id = :id ORDER BY written_at")
			.param("id", exchangeId)
			.query((row, n) -> new Reference(row.getLong(1), row.getLong(2), new PersonId(row.getLong(3)),
					row.getTimestamp(4).toInstant(), row.getString(5)))
			.list();
	}

	// ---- reading

	/** An exchange, for one of its sides or a broker. */
	public Exchange view(TimeBank bank, PersonId person, long id) {
		Exchange exchange = store.find(id).filter(e -> e.timeBank().equals(bank.id()))
			.orElseThrow(() -> new NotFound("exchange " + id));
		if (side(exchange, person).isEmpty() && !mayBroker(person, exchange)) {
			throw new AccessDeniedException("Only its members and brokers see an exchange");
		}
		return exchange;
	}

	/** Which side the person is on, if either. */
	public Optional<Side> side(Exchange exchange, PersonId person) {
		if (person == null) {
			return Optional.empty();
		}
		if (person.equals(members.find(exchange.provider()).map(Member::actingPerson).orElse(null))) {
			return Optional.of(Side.PROVIDER);
		}
		if (person.equals(members.find(exchange.recipient()).map(Member::actingPerson).orElse(null))) {
			return Optional.of(Side.RECIPIENT);
		}
		return Optional.empty();
	}

	public boolean mayBroker(PersonId person, Exchange exchange) {
		if (person == null) {
			return false;
		}
		List<Long> banks = new ArrayList<>();
		banks.add(exchange.timeBank().value());
		members.find(exchange.provider()).ifPresent(m -> banks.add(m.timeBank().value()));
		members.find(exchange.recipient()).ifPresent(m -> banks.add(m.timeBank().value()));
		return banks.stream().distinct()
			.map(b -> directory.bank(new org.bigsociety.timebank.TimeBankId(b)).orElse(null))
			.anyMatch(b -> b != null && brokers.brokers(person, b));
	}

	/** The person's exchanges that belong to this time bank, or that they take part in as its member. */
	public List<Exchange> mine(TimeBank bank, PersonId person) {
		List<Member> mine = members.actedForBy(person);
		List<Long> ids = mine.stream().map(Member::id).toList();
		List<Long> here = mine.stream().filter(m -> m.timeBank().equals(bank.id())).map(Member::id).toList();
		return store.ofMembers(ids).stream()
			.filter(e -> e.timeBank().equals(bank.id()) || here.contains(e.provider()) || here.contains(e.recipient()))
			.toList();
	}

	/** What needs a broker: disputes, and open exchanges with a supported member. */
	public List<Exchange> forBrokers(TimeBank bank, PersonId broker) {
		brokers.require(broker, bank);
		return store.inBank(bank.id(), List.of("PROPOSED", "ACCEPTED", "DONE", "DISPUTED")).stream()
			.filter(e -> e.status() == Exchange.Status.DISPUTED || supported(e.provider()) || supported(e.recipient()))
			.toList();
	}

	/** A member's exchanges, for a broker (their time sheet). */
	public List<Exchange> ofMember(TimeBank bank, PersonId broker, long memberId) {
		brokers.require(broker, bank);
		return store.ofMembers(List.of(memberId));
	}

	private boolean supported(long memberId) {
		return members.find(memberId).map(Member::supported).orElse(false);
	}

	// ---- internals

	private Exchange lock(TimeBank bank, long id) {
		return store.lock(id).filter(e -> e.timeBank().equals(bank.id()))
			.orElseThrow(() -> new NotFound("exchange " + id));
	}

	/**
	 * Who the person acts as: their own side, or a broker for the exchange. A supported member's side is acted on
	 * only by a broker.
	 */
	private Actor actor(Exchange exchange, PersonId person) {
		Optional<Side> side = side(exchange, person);
		boolean broker = mayBroker(person, exchange);
		if (side.isPresent()) {
			Member member = members.find(exchange.member(side.get())).orElseThrow();
			if (member.supported()) {
				if (!broker) {
					throw new Refused("timebank.exchange.supportedNeedsBroker");
				}
				return new Actor(person, side.get(), true);
			}
			return Actor.member(person, side.get());
		}
		if (broker) {
			return Actor.broker(person);
		}
		throw new AccessDeniedException("Only its members and brokers act on an exchange");
	}

	private void pay(Exchange exchange, Actor actor, String key) {
		Member provider = members.find(exchange.provider()).orElseThrow();
		Member recipient = members.find(exchange.recipient()).orElseThrow();
		PersonId onBehalfOf = actor.broker() && recipient.isPerson() ? recipient.person() : null;
		Transfer transfer = ledger.pay(recipient, provider, exchange.minutes(),
				key == null ? exchange.transferKey() : key, exchange.description(), actor.person(), onBehalfOf,
				exchange.reference());
		exchange.paidBy(transfer.id().value());
	}

	private Exchange saveAndTell(Exchange exchange, PersonId actor, String action) {
		Exchange saved = store.save(exchange);
		tell(saved, actor, action);
		return saved;
	}

	/** Mails each side's person, except whoever did it: what happened, by whom, and the link. */
	private void tell(Exchange exchange, PersonId actor, String action) {
		TimeBank bank = directory.bank(exchange.timeBank()).orElseThrow();
		String path = "/timebanks/" + bank.slug() + "/exchanges/" + exchange.id();
		String who = memberships.name(actor);
		String hours = exchange.minutes() == null ? "" : exchange.minutes().toString();
		for (long memberId : List.of(exchange.provider(), exchange.recipient())) {
			Member member = members.find(memberId).orElse(null);
			if (member == null || member.actingPerson().equals(actor)) {
				continue;
			}
			notices.send(member.actingPerson(), "timebank.mail.exchange." + action, path, bank.name(), who,
					exchange.description(), hours);
		}
	}
}
