package org.bigsociety.timebank.exchanges;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bigsociety.people.PersonId;
import org.bigsociety.timebank.Minutes;
import org.bigsociety.timebank.TimeBankId;
import org.bigsociety.timebank.membership.Refused;

/**
 * One member helping another, from asking or offering to the credits moving. An aggregate with verbs: each refuses
 * what the state does not allow, and each notes a {@link Step} saying who did it (a broker acting for a member shows
 * as the broker). Credits move only when the exchange becomes {@link Status#COMPLETED}: both sides confirmed the
 * hours, or a broker did.
 */
public class Exchange {

	public enum Status {
		/** One side asked or offered; the other has not accepted yet. */
		PROPOSED,
		/** Both sides agreed; they may agree a time. */
		ACCEPTED,
		/** Someone said it happened and how long it took; waiting for the hours to be confirmed. */
		DONE,
		/** Both sides (or a broker) confirmed the hours, and the credits moved. Final. */
		COMPLETED,
		/** Called off before the credits moved. Final. */
		CANCELLED,
		/** A side disagrees; a broker decides. */
		DISPUTED
	}

	/** The two sides: who gives the help (and earns the time) and who receives it (and spends it). */
	public enum Side {
		PROVIDER, RECIPIENT;

		public Side other() {
			return this == PROVIDER ? RECIPIENT : PROVIDER;
		}
	}

	public enum Origin {
		ONLINE, BROKER, PAPER
	}

	/**
	 * Who acts. A member acts for their own side; a broker acts for a side ({@code side} given) or for the exchange
	 * as a whole ({@code side} null).
	 */
	public record Actor(PersonId person, Side side, boolean broker) {

		public static Actor member(PersonId person, Side side) {
			return new Actor(person, side, false);
		}

		public static Actor broker(PersonId person) {
			return new Actor(person, null, true);
		}
	}

	/** One thing that happened, for the exchange's history. */
	public record Step(Instant at, String action, PersonId actor, boolean broker, Long forMember, Integer minutes,
			String note) {
	}

	public static final Minutes MOST = Minutes.ofHours(24);
	public static final int MAX_TEXT = 2000;

	private final Long id;
	private final TimeBankId timeBank;
	private final Long listing;
	private final long provider;
	private final long recipient;
	private final String startedBy;
	private final Origin origin;
	private final String category;
	private final String description;
	private Status status;
	private Minutes minutes;
	private Instant agreedFor;
	private boolean providerAccepted;
	private boolean recipientAccepted;
	private PersonId providerConfirmedBy;
	private PersonId recipientConfirmedBy;
	private String dispute;
	private String resolution;
	private Long transfer;
	private final Instant createdAt;
	private final PersonId createdBy;
	private Instant completedAt;
	private final int version;
	private final List<Step> steps;
	private final List<Step> newSteps = new ArrayList<>();

	Exchange(Long id, TimeBankId timeBank, Long listing, long provider, long recipient, String startedBy,
			Origin origin, String category, String description, Status status, Minutes minutes, Instant agreedFor,
			boolean providerAccepted, boolean recipientAccepted, PersonId providerConfirmedBy,
			PersonId recipientConfirmedBy, String dispute, String resolution, Long transfer, Instant createdAt,
			PersonId createdBy, Instant completedAt, int version, List<Step> steps) {
		if (provider == recipient) {
			throw new IllegalArgumentException("A member cannot exchange with themselves");
		}
		this.id = id;
		this.timeBank = timeBank;
		this.listing = listing;
		this.provider = provider;
		this.recipient = recipient;
		this.startedBy = startedBy;
		this.origin = origin;
		this.category = category;
		this.description = description;
		this.status = status;
		this.minutes = minutes;
		this.agreedFor = agreedFor;
		this.providerAccepted = providerAccepted;
		this.recipientAccepted = recipientAccepted;
		this.providerConfirmedBy = providerConfirmedBy;
		this.recipientConfirmedBy = recipientConfirmedBy;
		this.dispute = dispute;
		this.resolution = resolution;
		this.transfer = transfer;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
		this.completedAt = completedAt;
		this.version = version;
		this.steps = new ArrayList<>(steps);
	}

	/**
	 * One side asks for help or offers it (or a broker arranges it for both); the side that started has accepted.
	 *
	 * @param estimate how long it may take, if known
	 */
	static Exchange start(TimeBankId bank, Long listing, long provider, long recipient, String category,
			String description, Minutes estimate, Actor actor, Instant now) {
		checkMinutes(estimate, true);
		Side side = actor.side();
		Exchange exchange = new Exchange(null, bank, listing, provider, recipient,
				side == null ? "BROKER" : side.name(), Origin.ONLINE, category, text(description), Status.PROPOSED,
				estimate, null, side == null || side == Side.PROVIDER, side == null || side == Side.RECIPIENT, null,
				null, null, null, null, now, actor.person(), null, 0, List.of());
		if (side == null) {
			// A broker arranging an exchange has agreed it for both members.
			exchange.status = Status.ACCEPTED;
		}
		exchange.note(now, "started", actor, estimate, null);
		return exchange;
	}

	/**
	 * A broker records an exchange that has already happened, for members without the internet (or from a paper
	 * time sheet): agreed and confirmed for both sides at once, so the credits move now.
	 */
	static Exchange recorded(TimeBankId bank, long provider, long recipient, String category, String description,
			Minutes minutes, Origin origin, PersonId broker, Instant happened, Instant now) {
		checkMinutes(minutes, false);
		Exchange exchange = new Exchange(null, bank, null, provider, recipient, "BROKER", origin, category,
				text(description), Status.COMPLETED, minutes, happened, true, true, broker, broker, null, null, null,
				now, broker, now, 0, List.of());
		exchange.note(now, origin == Origin.PAPER ? "imported" : "recorded", Actor.broker(broker), minutes, null);
		return exchange;
	}

	/** The other side agrees (a broker agrees for whichever side has not). */
	void accept(Actor actor, Instant now) {
		requireStatus(Status.PROPOSED);
		if (actor.side() == null) {
			providerAccepted = true;
			recipientAccepted = true;
		}
		else {
			if (accepted(actor.side())) {
				throw new Refused("timebank.exchange.acceptedAlready");
			}
			accept(actor.side());
		}
		if (providerAccepted && recipientAccepted) {
			status = Status.ACCEPTED;
		}
		note(now, "accepted", actor, null, null);
	}

	/** Either side (or a broker) sets when it will happen. */
	void agreeTime(Actor actor, Instant when, Instant now) {
		requireStatus(Status.ACCEPTED);
		if (when == null) {
			throw new Refused("timebank.exchange.time.missing");
		}
		agreedFor = when;
		note(now, "time", actor, null, null);
	}

	/**
	 * Says it happened and how long it took; this counts as the actor's side confirming those hours. Said again with
	 * other hours, the other side must confirm afresh.
	 */
	void markDone(Actor actor, Minutes took, Instant now) {
		if (status != Status.ACCEPTED && status != Status.DONE) {
			throw new Refused("timebank.exchange.notNow");
		}
		checkMinutes(took, false);
		boolean changed = minutes == null || !minutes.equals(took) || status == Status.ACCEPTED;
		minutes = took;
		status = Status.DONE;
		if (changed) {
			providerConfirmedBy = null;
			recipientConfirmedBy = null;
		}
		if (actor.side() != null) {
			confirm(actor.side(), actor.person());
		}
		note(now, "done", actor, took, null);
	}

	/**
	 * Confirms the hours: a member for their side, a broker for every side not yet confirmed. Answers whether the
	 * exchange is now complete, so the credits must move. Confirming a completed exchange again changes nothing.
	 */
	boolean confirm(Actor actor, Instant now) {
		if (status == Status.COMPLETED) {
			return false;
		}
		requireStatus(Status.DONE);
		if (actor.side() == null) {
			if (providerConfirmedBy == null) {
				providerConfirmedBy = actor.person();
			}
			if (recipientConfirmedBy == null) {
				recipientConfirmedBy = actor.person();
			}
		}
		else {
			if (confirmedBy(actor.side()) != null) {
				return false;
			}
			confirm(actor.side(), actor.person());
		}
		note(now, "confirmed", actor, minutes, null);
		if (providerConfirmedBy != null && recipientConfirmedBy != null) {
			status = Status.COMPLETED;
			completedAt = now;
			return true;
		}
		return false;
	}

	/** Calls it off before the credits move. */
	void cancel(Actor actor, String reason, Instant now) {
		if (status != Status.PROPOSED && status != Status.ACCEPTED && status != Status.DONE) {
			throw new Refused("timebank.exchange.notNow");
		}
		status = Status.CANCELLED;
		note(now, "cancelled", actor, null, text(reason));
	}

	/** A side disagrees about what happened or the hours; a broker will decide. */
	void dispute(Actor actor, String reason, Instant now) {
		if (status != Status.ACCEPTED && status != Status.DONE) {
			throw new Refused("timebank.exchange.notNow");
		}
		String why = text(reason);
		if (why.isEmpty()) {
			throw new Refused("timebank.exchange.dispute.reason");
		}
		status = Status.DISPUTED;
		dispute = why;
		note(now, "disputed", actor, null, why);
	}

	/**
	 * A broker decides a dispute: the hours that happened (the credits move), or none (it is cancelled). Answers
	 * whether the credits must move.
	 */
	boolean resolve(Actor broker, Minutes hours, String note, Instant now) {
		requireStatus(Status.DISPUTED);
		if (!broker.broker()) {
			throw new Refused("timebank.exchange.brokersOnly");
		}
		resolution = text(note);
		if (hours == null || hours.isZero()) {
			status = Status.CANCELLED;
			note(now, "resolved-cancelled", broker, null, resolution);
			return false;
		}
		checkMinutes(hours, false);
		minutes = hours;
		providerConfirmedBy = broker.person();
		recipientConfirmedBy = broker.person();
		status = Status.COMPLETED;
		completedAt = now;
		note(now, "resolved-completed", broker, hours, resolution);
		return true;
	}

	/** The ledger transfer that moved the credits. */
	void paidBy(long transferId) {
		this.transfer = transferId;
	}

	/** The idempotency key of this exchange's transfer: a double click or a retry posts once. */
	public String transferKey() {
		return "exchange/" + id;
	}

	public String reference() {
		return "exchange/" + id;
	}

	private void accept(Side side) {
		if (side == Side.PROVIDER) {
			providerAccepted = true;
		}
		else {
			recipientAccepted = true;
		}
	}

	private void confirm(Side side, PersonId person) {
		if (side == Side.PROVIDER) {
			providerConfirmedBy = person;
		}
		else {
			recipientConfirmedBy = person;
		}
	}

	public boolean accepted(Side side) {
		return side == Side.PROVIDER ? providerAccepted : recipientAccepted;
	}

	public PersonId confirmedBy(Side side) {
		return side == Side.PROVIDER ? providerConfirmedBy : recipientConfirmedBy;
	}

	public long member(Side side) {
		return side == Side.PROVIDER ? provider : recipient;
	}

	private void requireStatus(Status wanted) {
		if (status != wanted) {
			throw new Refused("timebank.exchange.notNow");
		}
	}

	private void note(Instant at, String action, Actor actor, Minutes amount, String text) {
		Long forMember = actor.broker() && actor.side() != null ? member(actor.side()) : null;
		Step step = new Step(at, action, actor.person(), actor.broker(), forMember,
				amount == null ? null : (int) amount.value(), text);
		steps.add(step);
		newSteps.add(step);
	}

	private static void checkMinutes(Minutes minutes, boolean optional) {
		if (minutes == null) {
			if (optional) {
				return;
			}
			throw new Refused("timebank.exchange.minutes.missing");
		}
		if (!minutes.isPositive()) {
			throw new Refused("timebank.exchange.minutes.missing");
		}
		if (minutes.isGreaterThan(MOST)) {
			throw new Refused("timebank.exchange.minutes.tooMany");
		}
	}

	private static String text(String text) {
		String stripped = text == null ? "" : text.strip();
		if (stripped.length() > MAX_TEXT) {
			throw new Refused("timebank.exchange.text.tooLong");
		}
		return stripped;
	}

	List<Step> newSteps() {
		return List.copyOf(newSteps);
	}

	void stepsSaved() {
		newSteps.clear();
	}

	public Long id() {
		return id;
	}

	public TimeBankId timeBank() {
		return timeBank;
	}

	public Long listing() {
		return listing;
	}

	public long provider() {
		return provider;
	}

	public long recipient() {
		return recipient;
	}

	public String startedBy() {
		return startedBy;
	}

	public Origin origin() {
		return origin;
	}

	public String category() {
		return category;
	}

	public String description() {
		return description;
	}

	public Status status() {
		return status;
	}

	public Minutes minutes() {
		return minutes;
	}

	public Instant agreedFor() {
		return agreedFor;
	}

	public String dispute() {
		return dispute;
	}

	public String resolution() {
		return resolution;
	}

	public Long transfer() {
		return transfer;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public PersonId createdBy() {
		return createdBy;
	}

	public Instant completedAt() {
		return completedAt;
	}

	int version() {
		return version;
	}

	public List<Step> steps() {
		return List.copyOf(steps);
	}
}
