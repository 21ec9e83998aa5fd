package org.bigsociety.timebank.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bigsociety.groups.OrganisationId;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.PersonSummary;
import org.bigsociety.people.Role;
import org.bigsociety.people.RoleScope;
import org.bigsociety.place.AreaId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joining a time bank and the brokers' side of membership: approving (which opens the member's ledger account),
 * refusing, private notes, the vetting record and the supported-member flag.
 */
@Service("timeBankMemberships")
public class Memberships {

	public static final int MAX_NOTE = 4000;
	public static final int MAX_CHECK = 200;

	/** How someone joins: for themselves, or for an organisation they run. */
	public record JoinRequest(String as, String organisation, String why) {

		public static JoinRequest blank() {
			return new JoinRequest(null, "", "");
		}
	}

	/** A broker's vetting record: what was checked (a DBS check, say) and when. */
	public record Vetting(String check, String day, String month, String year) {

		public static Vetting of(Member member) {
			LocalDate date = member.vettingDate();
			return new Vetting(member.vettingCheck() == null ? "" : member.vettingCheck(),
					date == null ? "" : Integer.toString(date.getDayOfMonth()),
					date == null ? "" : Integer.toString(date.getMonthValue()),
					date == null ? "" : Integer.toString(date.getYear()));
		}
	}

	/** A broker's private note, with who wrote it. */
	public record Note(long id, String writtenBy, java.time.Instant writtenAt, String body) {
	}

	private final Members members;
	private final People people;
	private final Brokers brokers;
	private final LedgerBooks ledger;
	private final Notices notices;
	private final JdbcClient jdbc;
	private final Clock clock;

	Memberships(Members members, People people, Brokers brokers, LedgerBooks ledger, Notices notices, JdbcClient jdbc,
			Clock clock) {
		this.members = members;
		this.people = people;
		this.brokers = brokers;
		this.ledger = ledger;
		this.notices = notices;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Asks to join for yourself or for an organisation you run; {@link Invalid} or {@link Refused} otherwise. */
	@Transactional
	public Member askToJoin(TimeBank bank, PersonId person, JoinRequest form) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (form.as() == null || !(form.as().equals("PERSON") || form.as().equals("ORGANISATION"))) {
			errors.put("as", "timebank.join.as.missing");
		}
		OrganisationId organisation = null;
		if ("ORGANISATION".equals(form.as())) {
			try {
				organisation = new OrganisationId(Long.parseLong(form.organisation() == null ? "" : form.organisation().strip()));
			}
			catch (IllegalArgumentException ex) {
				errors.put("organisation", "timebank.join.organisation.invalid");
			}
		}
		if (form.why() != null && form.why().strip().length() > Member.MAX_WHY) {
			errors.put("why", "timebank.join.why.tooLong");
		}
		Invalid.check(errors);
		if (organisation != null) {
			if (!people.holds(person, Role.GROUP_ADMIN, RoleScope.organisation(organisation.value()))) {
				throw new Invalid(Map.of("organisation", "timebank.join.organisation.notYours"));
			}
			Optional<Member> existing = members.ofOrganisation(bank.id(), organisation);
			if (existing.isPresent()) {
				existing.get().askAgain(person, form.why(), clock.instant());
				return members.save(existing.get());
			}
			return members.save(Member.organisationAsks(bank.id(), organisation, person, form.why(), clock.instant()));
		}
		AreaId area = people.find(person).map(PersonSummary::area).orElse(null);
		Optional<Member> existing = members.ofPerson(bank.id(), person);
		if (existing.isPresent()) {
			Member member = existing.get();
			member.askAgain(person, form.why(), clock.instant());
			member.livesIn(area);
			return members.save(member);
		}
		return members.save(Member.personAsks(bank.id(), person, area, form.why(), clock.instant()));
	}

	@Transactional
	public Member approve(TimeBank bank, PersonId broker, long memberId) {
		brokers.require(broker, bank);
		Member member = member(bank, memberId);
		member.approve(broker, clock.instant());
		Member saved = members.save(member);
		ledger.openAccount(bank, saved);
		notices.send(saved.actingPerson(), "timebank.mail.approved", "/timebanks/" + bank.slug(), bank.name());
		return saved;
	}

	/**
	 * A broker enrols a person directly, already approved: for demo content and for people a broker signs up in
	 * person. No mail is sent; the broker tells them.
	 */
	@Transactional
	public Member enrol(TimeBank bank, PersonId broker, PersonId person) {
		brokers.require(broker, bank);
		Optional<Member> existing = members.ofPerson(bank.id(), person);
		if (existing.isPresent() && existing.get().approved()) {
			return existing.get();
		}
		AreaId area = people.find(person).map(PersonSummary::area).orElse(null);
		Member member;
		if (existing.isPresent()) {
			member = existing.get();
			member.askAgain(person, "", clock.instant());
			member.livesIn(area);
		}
		else {
			member = Member.personAsks(bank.id(), person, area, "", clock.instant());
		}
		member = members.save(member);
		member.approve(broker, clock.instant());
		Member saved = members.save(member);
		ledger.openAccount(bank, saved);
		return saved;
	}

	@Transactional
	public Member refuse(TimeBank bank, PersonId broker, long memberId, String reason) {
		brokers.require(broker, bank);
		String text = reason == null ? "" : reason.strip();
		if (text.length() > MAX_NOTE) {
			throw new Invalid(Map.of("reason", "timebank.member.reason.tooLong"));
		}
		Member member = member(bank, memberId);
		member.refuse(broker, text, clock.instant());
		Member saved = members.save(member);
		notices.send(saved.actingPerson(), "timebank.mail.refused", "/timebanks/" + bank.slug(), bank.name(),
				text.isEmpty() ? notices.text("timebank.mail.refused.noReason") : text);
		return saved;
	}

	@Transactional
	public void addNote(TimeBank bank, PersonId broker, long memberId, String body) {
		brokers.require(broker, bank);
		Member member = member(bank, memberId);
		String text = body == null ? "" : body.strip();
		if (text.isEmpty()) {
			throw new Invalid(Map.of("note", "timebank.member.note.missing"));
		}
		if (text.length() > MAX_NOTE) {
			throw new Invalid(Map.of("note", "timebank.member.note.tooLong"));
		}
		jdbc.sql("""
				INSERT INTO timebank.broker_note (member_id, written_by, written_at, body)
				VALUES (:member, :by, :at, :body)""")
			.param("member", member.id())
			.param("by", broker.value())
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.param("body", text)
			.update();
	}

	public List<Note> notes(TimeBank bank, PersonId broker, long memberId) {
		brokers.require(broker, bank);
		Member member = member(bank, memberId);
		return jdbc.sql("SELECT id, written_by, written_at, body FROM timebank.broker_note WHERE member_id = :member ORDER BY written_at DESC, id DESC")
			.param("member", member.id())
			.query((row, n) -> new Note(row.getLong("id"), name(new PersonId(row.getLong("written_by"))),
					row.getTimestamp("written_at").toInstant(), row.getString("body")))
			.list();
	}

	@Transactional
	public void recordVetting(TimeBank bank, PersonId broker, long memberId, Vetting form) {
		brokers.require(broker, bank);
		Member member = member(bank, memberId);
		Map<String, String> errors = new LinkedHashMap<>();
		String check = form.check() == null ? "" : form.check().strip();
		if (check.isEmpty()) {
			errors.put("check", "timebank.vetting.check.missing");
		}
		else if (check.length() > MAX_CHECK) {
			errors.put("check", "timebank.vetting.check.tooLong");
		}
		LocalDate date = null;
		try {
			date = LocalDate.of(Integer.parseInt(form.year().strip()), Integer.parseInt(form.month().strip()),
					Integer.parseInt(form.day().strip()));
			if (date.isAfter(LocalDate.now(clock))) {
				errors.put("day", "timebank.vetting.date.future");
			}
		}
		catch (RuntimeException ex) {
			errors.put("day", "timebank.vetting.date.invalid");
		}
		Invalid.check(errors);
		member.vetted(check, date, broker);
		members.save(member);
	}

	@Transactional
	public void markSupported(TimeBank bank, PersonId broker, long memberId, boolean supported) {
		brokers.require(broker, bank);
		Member member = member(bank, memberId);
		member.supported(supported);
		members.save(member);
	}

	/** A member turns the weekly email of new matches on or off. */
	@Transactional
	public void digest(TimeBank bank, PersonId person, boolean wanted) {
		Member member = members.ofPerson(bank.id(), person).filter(Member::approved)
			.orElseThrow(() -> new Refused("timebank.notMember"));
		member.digest(wanted);
		members.save(member);
	}

	/** The person's own membership of this time bank, if they asked to join. */
	public Optional<Member> own(TimeBank bank, PersonId person) {
		return person == null ? Optional.empty() : members.ofPerson(bank.id(), person);
	}

	/** The approved members this person may act as: themselves, and organisations they act for. */
	public List<Member> actingAs(TimeBank bank, PersonId person) {
		if (person == null) {
			return List.of();
		}
		return members.actedForBy(bank.id(), person).stream().filter(Member::approved).toList();
	}

	/** A member of this bank, for a broker. */
	public Member forBroker(TimeBank bank, PersonId broker, long memberId) {
		brokers.require(broker, bank);
		return member(bank, memberId);
	}

	public List<Member> list(TimeBank bank, PersonId broker, Member.Status status) {
		brokers.require(broker, bank);
		return members.inBank(bank.id(), status);
	}

	private Member member(TimeBank bank, long memberId) {
		return members.find(bank.id(), memberId).orElseThrow(() -> new NotFound("member " + memberId));
	}

	/** A person's public name, or the neutral label for a deleted account. */
	public String name(PersonId person) {
		return people.find(person).map(PersonSummary::displayName).orElse(notices.text("timebank.person.gone"));
	}

	/** How a member is shown: their public name, or the organisation's number until groups can name it. */
	public String name(Member member) {
		if (member.isPerson()) {
			return name(member.person());
		}
		return notices.text("timebank.member.organisation", member.organisation().value());
	}

	/** How the member with this number is shown. */
	public String nameOfMember(long memberId) {
		return members.find(memberId).map(this::name).orElse(notices.text("timebank.person.gone"));
	}

	static void denyUnless(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("Not allowed");
		}
	}
}
