package org.bigsociety.timebank.partners;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bigsociety.people.PersonId;
import org.bigsociety.timebank.Minutes;
import org.bigsociety.timebank.membership.Brokers;
import org.bigsociety.timebank.membership.Invalid;
import org.bigsociety.timebank.membership.LedgerBooks;
import org.bigsociety.timebank.membership.Member;
import org.bigsociety.timebank.membership.Members;
import org.bigsociety.timebank.membership.NotFound;
import org.bigsociety.timebank.membership.Notices;
import org.bigsociety.timebank.membership.Refused;
import org.bigsociety.timebank.membership.TimeBank;
import org.bigsociety.timebank.ledger.Transfer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner rewards: brokers add local partners and the rewards they offer, priced in minutes; a member asks for one;
 * the partner's contact (or a broker) confirms when it is handed over, and only then do the minutes move from the
 * member to the partner's ledger account, once.
 */
@Service
public class Partners {

	public static final int MAX_NAME = 120;
	public static final int MAX_TEXT = 2000;
	public static final long MOST_MINUTES = 6000;

	public record Partner(long id, long timeBank, String name, String description, PersonId contact) {
	}

	public record Reward(long id, long partner, String title, String description, Minutes price, boolean open) {
	}

	public enum Status {
		REQUESTED, CONFIRMED, CANCELLED
	}

	public record Redemption(long id, long reward, long member, Minutes price, Status status, Instant requestedAt,
			PersonId requestedBy, Instant decidedAt, PersonId decidedBy, Long transfer) {
	}

	/** A broker adds a partner: a name, what they are, and (optionally) the member who confirms for them. */
	public record NewPartner(String name, String description, Long contact) {

		public static NewPartner blank() {
			return new NewPartner("", "", null);
		}
	}

	public record NewReward(Long partner, String title, String description, String hours, String minutes) {

		public static NewReward blank() {
			return new NewReward(null, "", "", "", "");
		}
	}

	private final JdbcClient jdbc;
	private final Brokers brokers;
	private final Members members;
	private final LedgerBooks ledger;
	private final Notices notices;
	private final Clock clock;

	Partners(JdbcClient jdbc, Brokers brokers, Members members, LedgerBooks ledger, Notices notices, Clock clock) {
		this.jdbc = jdbc;
		this.brokers = brokers;
		this.members = members;
		this.ledger = ledger;
		this.notices = notices;
		this.clock = clock;
	}

	// ---- partners and rewards

	@Transactional
	public Partner add(TimeBank bank, PersonId broker, NewPartner form) {
		brokers.require(broker, bank);
		Map<String, String> errors = new LinkedHashMap<>();
		String name = strip(form.name());
		String description = strip(form.description());
		if (name.isEmpty()) {
			errors.put("name", "timebank.partner.name.missing");
		}
		else if (name.length() > MAX_NAME) {
			errors.put("name", "timebank.partner.name.tooLong");
		}
		else if (byName(bank, name).isPresent()) {
			errors.put("name", "timebank.partner.name.taken");
		}
		if (description.length() > MAX_TEXT) {
			errors.put("description", "timebank.partner.description.tooLong");
		}
		PersonId contact = null;
		if (form.contact() != null) {
			Member member = members.find(bank.id(), form.contact()).filter(Member::approved).orElse(null);
			if (member == null) {
				errors.put("contact", "timebank.partner.contact.unknown");
			}
			else {
				contact = member.actingPerson();
			}
		}
		Invalid.check(errors);
		long id = jdbc.sql("""
				INSERT INTO timebank.partner (time_bank_id, name, description, contact_person, created_at, created_by)
				VALUES (:bank, :name, :description, :contact, :at, :by) RETURNING id""")
			.param("bank", bank.id().value())
			.param("name", name)
			.param("description", description)
			.param("contact", contact == null ? null : contact.value())
			.param("at", Timestamp.from(clock.instant()))
			.param("by", broker.value())
			.query(Long.class).single();
		ledger.partnerAccount(bank.id(), id);
		return partner(bank, id);
	}

	@Transactional
	public Reward addReward(TimeBank bank, PersonId broker, NewReward form) {
		brokers.require(broker, bank);
		Map<String, String> errors = new LinkedHashMap<>();
		if (form.partner() == null || partners(bank).stream().noneMatch(p -> p.id() == form.partner())) {
			errors.put("partner", "timebank.reward.partner.missing");
		}
		String title = strip(form.title());
		String description = strip(form.description());
		if (title.isEmpty()) {
			errors.put("title", "timebank.reward.title.missing");
		}
		else if (title.length() > MAX_NAME) {
			errors.put("title", "timebank.reward.title.tooLong");
		}
		if (description.length() > MAX_TEXT) {
			errors.put("description", "timebank.partner.description.tooLong");
		}
		long minutes = 0;
		try {
			long h = blank(form.hours()) ? 0 : Long.parseLong(form.hours().strip());
			long m = blank(form.minutes()) ? 0 : Long.parseLong(form.minutes().strip());
			minutes = h * 60 + m;
			if (h < 0 || m < 0 || m > 59 || minutes < 1 || minutes > MOST_MINUTES) {
				errors.put("hours", "timebank.reward.price.invalid");
			}
		}
		catch (NumberFormatException ex) {
			errors.put("hours", "timebank.reward.price.invalid");
		}
		Invalid.check(errors);
		long id = jdbc.sql("""
				INSERT INTO timebank.reward (partner_id, title, description, minutes, created_at)
				VALUES (:partner, :title, :description, :minutes, :at) RETURNING id""")
			.param("partner", form.partner())
			.param("title", title)
			.param("description", description)
			.param("minutes", minutes)
			.param("at", Timestamp.from(clock.instant()))
			.query(Long.class).single();
		return reward(bank, id);
	}

	public List<Partner> partners(TimeBank bank) {
		return jdbc.sql("SELECT id, time_bank_id, name, description, contact_person FROM timebank.partner WHERE time_bank_id = :bank ORDER BY name")
			.param("bank", bank.id().value())
			.query((row, n) -> new Partner(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
					person(row.getLong(5), row.wasNull())))
			.list();
	}

	public Partner partner(TimeBank bank, long id) {
		return partners(bank).stream().filter(p -> p.id() == id).findFirst()
			.orElseThrow(() -> new NotFound("partner " + id));
	}

	private Optional<Partner> byName(TimeBank bank, String name) {
		return partners(bank).stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
	}

	public List<Reward> rewards(TimeBank bank) {
		return jdbc.sql("""
				SELECT r.id, r.partner_id, r.title, r.description, r.minutes, r.open
				FROM timebank.reward r JOIN timebank.partner p ON p.id = r.partner_id
				WHERE p.time_bank_id = :bank ORDER BY r.minutes, r.title""")
			.param("bank", bank.id().value())
			.query((row, n) -> new Reward(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
					Minutes.of(row.getLong(5)), row.getBoolean(6)))
			.list();
	}

	public Reward reward(TimeBank bank, long id) {
		return rewards(bank).stream().filter(r -> r.id() == id).findFirst()
			.orElseThrow(() -> new NotFound("reward " + id));
	}

	// ---- redeeming

	/** A member asks for a reward; nothing moves until the partner confirms. */
	@Transactional
	public Redemption redeem(TimeBank bank, PersonId person, long rewardId) {
		Reward reward = reward(bank, rewardId);
		if (!reward.open()) {
			throw new Refused("timebank.reward.closed");
		}
		Member member = members.actedForBy(bank.id(), person).stream().filter(Member::approved).findFirst()
			.orElseThrow(() -> new Refused("timebank.notMember"));
		Minutes balance = ledger.balance(member).orElse(Minutes.ZERO);
		if (balance.value() < reward.price().value()) {
			throw new Refused("timebank.reward.notEnough");
		}
		long id = jdbc.sql("""
				INSERT INTO timebank.redemption (reward_id, member_id, minutes, status, requested_at, requested_by)
				VALUES (:reward, :member, :minutes, 'REQUESTED', :at, :by) RETURNING id""")
			.param("reward", reward.id())
			.param("member", member.id())
			.param("minutes", reward.price().value())
			.param("at", Timestamp.from(clock.instant()))
			.param("by", person.value())
			.query(Long.class).single();
		Partner partner = partner(bank, reward.partner());
		notices.send(partner.contact(), "timebank.mail.redemption.requested", "/timebanks/" + bank.slug() + "/rewards",
				bank.name(), reward.title(), reward.price().toString());
		return redemption(id).orElseThrow();
	}

	/**
	 * The partner's contact (or a broker) confirms the reward was handed over: the minutes move from the member to
	 * the partner, once (a second click changes nothing).
	 */
	@Transactional
	public Redemption confirm(TimeBank bank, PersonId person, long redemptionId) {
		Redemption redemption = lock(bank, redemptionId);
		Partner partner = partnerOf(bank, redemption);
		if (!person.equals(partner.contact()) && !brokers.brokers(person, bank)) {
			throw new AccessDeniedException("Only the partner or a broker confirms a reward");
		}
		if (redemption.status() == Status.CONFIRMED) {
			return redemption;
		}
		if (redemption.status() != Status.REQUESTED) {
			throw new Refused("timebank.redemption.notNow");
		}
		Member member = members.find(redemption.member()).orElseThrow();
		Reward reward = reward(bank, redemption.reward());
		Transfer transfer = ledger.payPartner(member, partner.id(), redemption.price(),
				"redemption/" + redemption.id(), partner.name() + ": " + reward.title(), person,
				"redemption/" + redemption.id());
		jdbc.sql("""
				UPDATE timebank.redemption SET status = 'CONFIRMED', decided_at = :at, decided_by = :by,
				    transfer_id = :transfer WHERE id = :id""")
			.param("at", Timestamp.from(clock.instant()))
			.param("by", person.value())
			.param("transfer", transfer.id().value())
			.param("id", redemption.id())
			.update();
		notices.send(member.actingPerson(), "timebank.mail.redemption.confirmed",
				"/timebanks/" + bank.slug() + "/rewards", bank.name(), reward.title(), redemption.price().toString(),
				partner.name());
		return redemption(redemption.id()).orElseThrow();
	}

	/** The member, the partner or a broker calls it off before it is confirmed. */
	@Transactional
	public Redemption cancel(TimeBank bank, PersonId person, long redemptionId) {
		Redemption redemption = lock(bank, redemptionId);
		Partner partner = partnerOf(bank, redemption);
		Member member = members.find(redemption.member()).orElseThrow();
		if (!person.equals(partner.contact()) && !person.equals(member.actingPerson())
				&& !brokers.brokers(person, bank)) {
			throw new AccessDeniedException("Only the member, the partner or a broker cancels a reward");
		}
		if (redemption.status() != Status.REQUESTED) {
			throw new Refused("timebank.redemption.notNow");
		}
		jdbc.sql("UPDATE timebank.redemption SET status = 'CANCELLED', decided_at = :at, decided_by = :by WHERE id = :id")
			.param("at", Timestamp.from(clock.instant()))
			.param("by", person.value())
			.param("id", redemption.id())
			.update();
		return redemption(redemption.id()).orElseThrow();
	}

	/** The member's own requests and rewards in this time bank, newest first. */
	public List<Redemption> mine(TimeBank bank, PersonId person) {
		List<Long> mine = members.actedForBy(bank.id(), person).stream().map(Member::id).toList();
		if (mine.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " WHERE member_id IN (:members) ORDER BY requested_at DESC, id DESC")
			.param("members", mine)
			.query((row, n) -> map(row))
			.list();
	}

	/** What waits for this person to confirm: as a partner's contact, or every partner's as a broker. */
	public List<Redemption> toConfirm(TimeBank bank, PersonId person) {
		boolean broker = brokers.brokers(person, bank);
		List<Long> partners = partners(bank).stream()
			.filter(p -> broker || person.equals(p.contact()))
			.map(Partner::id)
			.toList();
		if (partners.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + """
				 WHERE status = 'REQUESTED' AND reward_id IN (SELECT id FROM timebank.reward WHERE partner_id IN (:partners))
				ORDER BY requested_at, id""")
			.param("partners", partners)
			.query((row, n) -> map(row))
			.list();
	}

	public boolean isContact(TimeBank bank, PersonId person) {
		return person != null && partners(bank).stream().anyMatch(p -> person.equals(p.contact()));
	}

	public Minutes partnerBalance(TimeBank bank, long partnerId) {
		return ledger.partnerAccount(bank.id(), partnerId).balance();
	}

	private static final String SELECT = """
			SELECT id, reward_id, member_id, minutes, status, requested_at, requested_by, decided_at, decided_by,
			    transfer_id FROM timebank.redemption""";

	private Optional<Redemption> redemption(long id) {
		return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query((row, n) -> map(row)).optional();
	}

	private Redemption lock(TimeBank bank, long id) {
		Redemption redemption = jdbc.sql(SELECT + " WHERE id = :id FOR UPDATE").param("id", id)
			.query((row, n) -> map(row)).optional()
			.orElseThrow(() -> new NotFound("redemption " + id));
		partnerOf(bank, redemption);
		return redemption;
	}

	private Partner partnerOf(TimeBank bank, Redemption redemption) {
		Reward reward = reward(bank, redemption.reward());
		return partner(bank, reward.partner());
	}

	private static Redemption map(java.sql.ResultSet row) throws java.sql.SQLException {
		Timestamp decided = row.getTimestamp("decided_at");
		long decidedBy = row.getLong("decided_by");
		PersonId by = row.wasNull() ? null : new PersonId(decidedBy);
		long transfer = row.getLong("transfer_id");
		Long transferId = row.wasNull() ? null : transfer;
		return new Redemption(row.getLong("id"), row.getLong("reward_id"), row.getLong("member_id"),
				Minutes.of(row.getLong("minutes")), Status.valueOf(row.getString("status")),
				row.getTimestamp("requested_at").toInstant(), new PersonId(row.getLong("requested_by")),
				decided == null ? null : decided.toInstant(), by, transferId);
	}

	private static PersonId person(long value, boolean wasNull) {
		return wasNull ? null : new PersonId(value);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String strip(String text) {
		return text == null ? "" : text.strip();
	}
}
