package org.bigsociety.timebank.membership;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.bigsociety.people.OnlineInvitation;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.Postcode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A broker enrols, in person, someone without email or internet: the people module makes them an account that cannot
 * sign in, and they become an approved member of the time bank at once (a supported member unless the broker says
 * otherwise), so the broker can post listings, record exchanges and print time sheets for them like for any member.
 * The broker records that the person agreed to join and to brokers acting for them, and the paper form's reference.
 */
@Service
public class OfflineEnrolments {

	public static final int MAX_NAME = 80;
	public static final int MAX_REFERENCE = 60;
	private static final Pattern TOKEN = Pattern.compile("^[A-Za-z0-9-]{1,64}$");

	/** What the broker typed. {@code token} is made when the form is shown, so a double submit enrols once. */
	public record Enrolment(String name, String postcode, String phone, String reference, String agreed,
			String supported, String token) {

		/** An empty form: a supported member unless the broker unticks it. */
		public static Enrolment blank() {
			return new Enrolment("", "", "", "", null, "yes", UUID.randomUUID().toString());
		}

		public boolean hasAgreed() {
			return "yes".equals(agreed);
		}

		public boolean isSupported() {
			return "yes".equals(supported);
		}
	}

	/** How a member came to be enrolled in person, for the broker's page about them. */
	public record Enrolled(PersonId by, Instant at, String reference) {
	}

	private final Brokers brokers;
	private final Memberships memberships;
	private final Members members;
	private final People people;
	private final JdbcClient jdbc;
	private final Clock clock;

	OfflineEnrolments(Brokers brokers, Memberships memberships, Members members, People people, JdbcClient jdbc,
			Clock clock) {
		this.brokers = brokers;
		this.memberships = memberships;
		this.members = members;
		this.people = people;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The problems with the form, field by field (message keys), in the order of the form. */
	static Map<String, String> problemsWith(Enrolment form) {
		Map<String, String> errors = new LinkedHashMap<>();
		String name = strip(form.name());
		if (name.isEmpty()) {
			errors.put("name", "timebank.offline.name.missing");
		}
		else if (name.length() > MAX_NAME) {
			errors.put("name", "timebank.offline.name.tooLong");
		}
		String postcode = strip(form.postcode());
		if (postcode.isEmpty()) {
			errors.put("postcode", "timebank.offline.postcode.missing");
		}
		else {
			try {
				Postcode.parse(postcode);
			}
			catch (IllegalArgumentException ex) {
				errors.put("postcode", "timebank.offline.postcode.invalid");
			}
		}
		String phone = strip(form.phone());
		if (!phone.isEmpty() && !People.OFFLINE_PHONE.matcher(phone).matches()) {
			errors.put("phone", "timebank.offline.phone.invalid");
		}
		if (strip(form.reference()).length() > MAX_REFERENCE) {
			errors.put("reference", "timebank.offline.reference.tooLong");
		}
		if (!form.hasAgreed()) {
			errors.put("agreed", "timebank.offline.agreed.missing");
		}
		return errors;
	}

	/**
	 * Enrols the person and makes them an approved member; {@link Invalid} (nothing changed) for a bad form. The same
	 * form submitted again answers the member it already made.
	 */
	@Transactional
	public Member enrol(TimeBank bank, PersonId broker, Enrolment form) {
		brokers.require(broker, bank);
		Invalid.check(problemsWith(form));
		String token = form.token() != null && TOKEN.matcher(form.token()).matches() ? form.token()
				: UUID.randomUUID().toString();
		// Two clicks race here: the second waits for the first and then finds its member.
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('timebank.offline_enrolment'), hashtext(:token))")
			.param("token", token)
			.query((rs, n) -> 1)
			.list();
		Optional<Member> done = jdbc.sql("SELECT member_id FROM timebank.offline_enrolment WHERE form_token = :token")
			.param("token", token)
			.query(Long.class)
			.optional()
			.flatMap(id -> members.find(bank.id(), id));
		if (done.isPresent()) {
			return done.get();
		}
		String phone = strip(form.phone());
		PersonId person = people.enrolOffline(strip(form.name()), Postcode.parse(strip(form.postcode())),
				phone.isEmpty() ? null : phone, broker);
		Member member = memberships.enrol(bank, broker, person);
		if (form.isSupported()) {
			memberships.markSupported(bank, broker, member.id(), true);
		}
		String reference = strip(form.reference());
		jdbc.sql("""
				INSERT INTO timebank.offline_enrolment (member_id, enrolled_by, enrolled_at, agreed, paper_reference,
				    form_token)
				VALUES (:member, :by, :at, TRUE, :reference, :token)""")
			.param("member", member.id())
			.param("by", broker.value())
			.param("at", Timestamp.from(clock.instant()))
			.param("reference", reference.isEmpty() ? null : reference)
			.param("token", token)
			.update();
		return members.find(bank.id(), member.id()).orElseThrow();
	}

	/** How this member was enrolled in person, if they were. */
	public Optional<Enrolled> of(Member member) {
		return jdbc.sql("""
				SELECT enrolled_by, enrolled_at, paper_reference FROM timebank.offline_enrolment
				WHERE member_id = :member""")
			.param("member", member.id())
			.query((rs, n) -> new Enrolled(new PersonId(rs.getLong("enrolled_by")),
					rs.getTimestamp("enrolled_at").toInstant(), rs.getString("paper_reference")))
			.optional();
	}

	/** Whether the broker may still help this member go online: enrolled in person and not signed up yet. */
	public boolean mayGoOnline(Member member) {
		return member.isPerson() && member.approved() && of(member).isPresent()
				&& people.residence(member.person()).map(r -> !r.emailConfirmed()).orElse(false);
	}

	/**
	 * A broker gives a member enrolled in person an email address; the member gets a link to set a password and can
	 * then sign in like anyone. {@link Invalid} for an address that cannot be used, {@link Refused} if the member is
	 * already online; nothing changes either way.
	 */
	@Transactional
	public void inviteOnline(TimeBank bank, PersonId broker, long memberId, String email) {
		brokers.require(broker, bank);
		Member member = members.find(bank.id(), memberId).orElseThrow(() -> new NotFound("member " + memberId));
		if (!mayGoOnline(member)) {
			throw new Refused("timebank.offline.online.notOffline");
		}
		String typed = strip(email);
		if (typed.isEmpty()) {
			throw new Invalid(Map.of("email", "timebank.offline.online.email.missing"));
		}
		OnlineInvitation outcome = people.inviteOnline(member.person(), typed, broker);
		switch (outcome) {
			case SENT -> {
			}
			case INVALID_ADDRESS -> throw new Invalid(Map.of("email", "timebank.offline.online.email.invalid"));
			case ADDRESS_IN_USE -> throw new Invalid(Map.of("email", "timebank.offline.online.email.inUse"));
			default -> throw new Refused("timebank.offline.online.notOffline");
		}
	}

	private static String strip(String value) {
		return value == null ? "" : value.strip();
	}
}
