package org.bigsociety.timebank.membership;

import java.time.Instant;
import java.time.LocalDate;

import org.bigsociety.groups.OrganisationId;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.AreaId;
import org.bigsociety.timebank.TimeBankId;

/**
 * A person or an organisation in a time bank: asks to join, is approved or refused by a broker, and carries the
 * brokers' safeguarding record (vetting, the supported-member flag). An aggregate: its state changes only through
 * its verbs, which refuse what the rules do not allow.
 */
public class Member {

	public enum Status {
		REQUESTED, APPROVED, REFUSED, LEFT
	}

	public static final int MAX_WHY = 1000;

	private final Long id;
	private final TimeBankId timeBank;
	private final PersonId person;
	private final OrganisationId organisation;
	private PersonId actingPerson;
	private AreaId area;
	private Status status;
	private String why;
	private Instant requestedAt;
	private Instant decidedAt;
	private PersonId decidedBy;
	private String refusal;
	private boolean supported;
	private String vettingCheck;
	private LocalDate vettingDate;
	private PersonId vettingBy;
	private boolean digest;
	private Instant digestSentAt;
	private final int version;

	Member(Long id, TimeBankId timeBank, PersonId person, OrganisationId organisation, PersonId actingPerson,
			AreaId area, Status status, String why, Instant requestedAt, Instant decidedAt, PersonId decidedBy,
			String refusal, boolean supported, String vettingCheck, LocalDate vettingDate, PersonId vettingBy,
			boolean digest, Instant digestSentAt, int version) {
		if ((person == null) == (organisation == null)) {
			throw new IllegalArgumentException("A member is either a person or an organisation");
		}
		this.id = id;
		this.timeBank = timeBank;
		this.person = person;
		this.organisation = organisation;
		this.actingPerson = actingPerson;
		this.area = area;
		this.status = status;
		this.why = why;
		this.requestedAt = requestedAt;
		this.decidedAt = decidedAt;
		this.decidedBy = decidedBy;
		this.refusal = refusal;
		this.supported = supported;
		this.vettingCheck = vettingCheck;
		this.vettingDate = vettingDate;
		this.vettingBy = vettingBy;
		this.digest = digest;
		this.digestSentAt = digestSentAt;
		this.version = version;
	}

	/** A person asks to join. */
	static Member personAsks(TimeBankId bank, PersonId person, AreaId area, String why, Instant now) {
		return new Member(null, bank, person, null, person, area, Status.REQUESTED, clean(why), now, null, null, null,
				false, null, null, null, true, null, 0);
	}

	/** An organisation asks to join, through a person who runs it; that person acts for it. */
	static Member organisationAsks(TimeBankId bank, OrganisationId organisation, PersonId actingPerson, String why,
			Instant now) {
		return new Member(null, bank, null, organisation, actingPerson, null, Status.REQUESTED, clean(why), now, null,
				null, null, false, null, null, null, true, null, 0);
	}

	private static String clean(String why) {
		String text = why == null ? "" : why.strip();
		if (text.length() > MAX_WHY) {
			throw new Refused("timebank.join.why.tooLong", MAX_WHY);
		}
		return text;
	}

	/** Someone refused or who left asks again. */
	void askAgain(PersonId actingPerson, String why, Instant now) {
		if (status == Status.REQUESTED) {
			throw new Refused("timebank.join.alreadyAsked");
		}
		if (status == Status.APPROVED) {
			throw new Refused("timebank.join.alreadyMember");
		}
		this.actingPerson = actingPerson;
		this.why = clean(why);
		this.status = Status.REQUESTED;
		this.requestedAt = now;
		this.decidedAt = null;
		this.decidedBy = null;
		this.refusal = null;
	}

	void approve(PersonId broker, Instant now) {
		if (status != Status.REQUESTED) {
			throw new Refused("timebank.member.notWaiting");
		}
		status = Status.APPROVED;
		decidedAt = now;
		decidedBy = broker;
	}

	void refuse(PersonId broker, String reason, Instant now) {
		if (status != Status.REQUESTED) {
			throw new Refused("timebank.member.notWaiting");
		}
		status = Status.REFUSED;
		decidedAt = now;
		decidedBy = broker;
		refusal = reason == null ? "" : reason.strip();
	}

	void supported(boolean supported) {
		this.supported = supported;
	}

	void vetted(String check, LocalDate date, PersonId broker) {
		this.vettingCheck = check;
		this.vettingDate = date;
		this.vettingBy = broker;
	}

	void digest(boolean wanted) {
		this.digest = wanted;
	}

	void digestSent(Instant now) {
		this.digestSentAt = now;
	}

	void livesIn(AreaId area) {
		this.area = area;
	}

	/** The person's account is gone: keep the row (the ledger's account hangs on it), drop what described them. */
	void erase() {
		if (status == Status.APPROVED || status == Status.REQUESTED) {
			status = Status.LEFT;
		}
		why = "";
		refusal = null;
		supported = false;
		vettingCheck = null;
		vettingDate = null;
		vettingBy = null;
		digest = false;
		area = null;
	}

	public boolean approved() {
		return status == Status.APPROVED;
	}

	public boolean isPerson() {
		return person != null;
	}

	public Long id() {
		return id;
	}

	public TimeBankId timeBank() {
		return timeBank;
	}

	public PersonId person() {
		return person;
	}

	public OrganisationId organisation() {
		return organisation;
	}

	public PersonId actingPerson() {
		return actingPerson;
	}

	public AreaId area() {
		return area;
	}

	public Status status() {
		return status;
	}

	public String why() {
		return why;
	}

	public Instant requestedAt() {
		return requestedAt;
	}

	public Instant decidedAt() {
		return decidedAt;
	}

	public PersonId decidedBy() {
		return decidedBy;
	}

	public String refusal() {
		return refusal;
	}

	public boolean supported() {
		return supported;
	}

	public String vettingCheck() {
		return vettingCheck;
	}

	public LocalDate vettingDate() {
		return vettingDate;
	}

	public PersonId vettingBy() {
		return vettingBy;
	}

	public boolean digest() {
		return digest;
	}

	public Instant digestSentAt() {
		return digestSentAt;
	}

	int version() {
		return version;
	}
}
