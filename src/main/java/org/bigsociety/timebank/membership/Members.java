package org.bigsociety.timebank.membership;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bigsociety.groups.OrganisationId;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.AreaId;
import org.bigsociety.timebank.TimeBankId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Where members are kept: plain SQL, with a version so two brokers deciding at once cannot both win. */
@Repository
public class Members {

	private static final String COLUMNS = """
			id, time_bank_id, person_id, organisation_id, acting_person_id, area_id, status, why, requested_at,
			decided_at, decided_by, refusal, supported, vetting_check, vetting_date, vetting_by, digest,
			digest_sent_at, version""";

	private final JdbcClient jdbc;

	Members(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Member> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM timebank.member WHERE id = :id")
			.param("id", id)
			.query(Members::map)
			.optional();
	}

	/** The member with this id in this time bank only. */
	public Optional<Member> find(TimeBankId bank, long id) {
		return find(id).filter(member -> member.timeBank().equals(bank));
	}

	public Optional<Member> ofPerson(TimeBankId bank, PersonId person) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM timebank.member WHERE time_bank_id = :bank AND person_id = :person")
			.param("bank", bank.value())
			.param("person", person.value())
			.query(Members::map)
			.optional();
	}

	public Optional<Member> ofOrganisation(TimeBankId bank, OrganisationId organisation) {
		return jdbc.sql("""
				SELECT %s FROM timebank.member WHERE time_bank_id = :bank AND organisation_id = :organisation
				""".formatted(COLUMNS))
			.param("bank", bank.value())
			.param("organisation", organisation.value())
			.query(Members::map)
			.optional();
	}

	/** Every membership a person holds or acts for (their own, and organisations they act for), in this bank. */
	public List<Member> actedForBy(TimeBankId bank, PersonId person) {
		return jdbc.sql("""
				SELECT %s FROM timebank.member WHERE time_bank_id = :bank AND acting_person_id = :person
				ORDER BY organisation_id NULLS FIRST, id""".formatted(COLUMNS))
			.param("bank", bank.value())
			.param("person", person.value())
			.query(Members::map)
			.list();
	}

	/** Every membership a person holds or acts for, in any time bank. */
	public List<Member> actedForBy(PersonId person) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM timebank.member WHERE acting_person_id = :person OR person_id = :person ORDER BY id")
			.param("person", person.value())
			.query(Members::map)
			.list();
	}

	public List<Member> inBank(TimeBankId bank, Member.Status status) {
		return jdbc.sql("""
				SELECT %s FROM timebank.member WHERE time_bank_id = :bank AND status = :status ORDER BY requested_at, id
				""".formatted(COLUMNS))
			.param("bank", bank.value())
			.param("status", status.name())
			.query(Members::map)
			.list();
	}

	public long count(TimeBankId bank, Member.Status status) {
		return jdbc.sql("SELECT count(*) FROM timebank.member WHERE time_bank_id = :bank AND status = :status")
			.param("bank", bank.value())
			.param("status", status.name())
			.query(Long.class)
			.single();
	}

	/** Members who want the weekly digest of new matches. */
	public List<Member> wantingDigest() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM timebank.member WHERE status = 'APPROVED' AND digest ORDER BY id")
			.query(Members::map)
			.list();
	}

	/** Notes that the member's weekly digest went out now; only new matches after this go in the next one. */
	public void digestSent(long memberId, Instant at) {
		jdbc.sql("UPDATE timebank.member SET digest_sent_at = :at, version = version + 1 WHERE id = :id")
			.param("at", Timestamp.from(at))
			.param("id", memberId)
			.update();
	}

	Member save(Member member) {
		if (member.id() == null) {
			long id = jdbc.sql("""
					INSERT INTO timebank.member (time_bank_id, person_id, organisation_id, acting_person_id, area_id,
					    status, why, requested_at, supported, digest)
					VALUES (:bank, :person, :organisation, :acting, :area, :status, :why, :requestedAt, :supported, :digest)
					RETURNING id""")
				.param("bank", member.timeBank().value())
				.param("person", member.person() == null ? null : member.person().value())
				.param("organisation", member.organisation() == null ? null : member.organisation().value())
				.param("acting", member.actingPerson().value())
				.param("area", member.area() == null ? null : member.area().value())
				.param("status", member.status().name())
				.param("why", member.why())
				.param("requestedAt", Timestamp.from(member.requestedAt()))
				.param("supported", member.supported())
				.param("digest", member.digest())
				.query(Long.class)
				.single();
			return find(id).orElseThrow();
		}
		int updated = jdbc.sql("""
				UPDATE timebank.member SET acting_person_id = :acting, area_id = :area, status = :status, why = :why,
				    requested_at = :requestedAt, decided_at = :decidedAt, decided_by = :decidedBy, refusal = :refusal,
				    supported = :supported, vetting_check = :vettingCheck, vetting_date = :vettingDate,
				    vetting_by = :vettingBy, digest = :digest, digest_sent_at = :digestSentAt, version = version + 1
				WHERE id = :id AND version = :version""")
			.param("acting", member.actingPerson().value())
			.param("area", member.area() == null ? null : member.area().value())
			.param("status", member.status().name())
			.param("why", member.why())
			.param("requestedAt", Timestamp.from(member.requestedAt()))
			.param("decidedAt", timestamp(member.decidedAt()))
			.param("decidedBy", member.decidedBy() == null ? null : member.decidedBy().value())
			.param("refusal", member.refusal())
			.param("supported", member.supported())
			.param("vettingCheck", member.vettingCheck())
			.param("vettingDate", member.vettingDate() == null ? null : Date.valueOf(member.vettingDate()))
			.param("vettingBy", member.vettingBy() == null ? null : member.vettingBy().value())
			.param("digest", member.digest())
			.param("digestSentAt", timestamp(member.digestSentAt()))
			.param("id", member.id())
			.param("version", member.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Member " + member.id() + " was changed by someone else");
		}
		return find(member.id()).orElseThrow();
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	static Member map(ResultSet row, int n) throws SQLException {
		return new Member(row.getLong("id"), new TimeBankId(row.getLong("time_bank_id")),
				personOrNull(row, "person_id"), organisationOrNull(row), personOrNull(row, "acting_person_id"),
				areaOrNull(row), Member.Status.valueOf(row.getString("status")), row.getString("why"),
				instant(row, "requested_at"), instant(row, "decided_at"), personOrNull(row, "decided_by"),
				row.getString("refusal"), row.getBoolean("supported"), row.getString("vetting_check"),
				row.getDate("vetting_date") == null ? null : row.getDate("vetting_date").toLocalDate(),
				personOrNull(row, "vetting_by"), row.getBoolean("digest"), instant(row, "digest_sent_at"),
				row.getInt("version"));
	}

	static PersonId personOrNull(ResultSet row, String column) throws SQLException {
		long value = row.getLong(column);
		return row.wasNull() ? null : new PersonId(value);
	}

	private static OrganisationId organisationOrNull(ResultSet row) throws SQLException {
		long value = row.getLong("organisation_id");
		return row.wasNull() ? null : new OrganisationId(value);
	}

	private static AreaId areaOrNull(ResultSet row) throws SQLException {
		long value = row.getLong("area_id");
		return row.wasNull() ? null : new AreaId(value);
	}

	static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp value = row.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
