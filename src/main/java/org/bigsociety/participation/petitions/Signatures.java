package org.bigsociety.participation.petitions;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.bigsociety.participation.PetitionId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

import static org.bigsociety.participation.petitions.PetitionStore.instant;
import static org.bigsociety.participation.petitions.PetitionStore.timestamp;

/**
 * Signatures in {@code participation.petition_signature}. Signing is one statement that adds the signature and its
 * confirmation mail together; confirming is one conditional update. Nothing here touches a row shared by signers.
 */
@Repository
class Signatures {

	/** What counts: confirmed, and not struck out by a moderator. */
	static final String COUNTED = "confirmed_at IS NOT NULL AND invalidation_id IS NULL";

	record NewSignature(PetitionId petition, CanonicalEmail canonical, String email, String name, String postcode,
			Long ward, String clientAddress, Instant at) {
	}

	record Existing(long id, String email, String name, boolean confirmed, boolean invalidated) {
	}

	/** A confirmation that took effect, and the state of the petition it was for. */
	record Confirmed(PetitionId petition, PetitionState state) {
	}

	/** Why a link did not confirm anything. */
	record LinkState(PetitionId petition, boolean confirmed, boolean invalidated, PetitionState state, Instant closesAt) {
	}

	private final JdbcClient jdbc;

	Signatures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds the signature and queues its confirmation mail, in one statement (so one round trip and one commit); empty
	 * if this person (by canonical address) has signed this petition before.
	 */
	Optional<Long> add(NewSignature signature, Secret secret) {
		return jdbc.sql("""
				WITH signed AS (
				    INSERT INTO participation.petition_signature (petition_id, canonical_email, email, name, postcode,
				        ward_id, client_address, signed_at, token_hash)
				    VALUES (:petition, :canonical, :email, :name, :postcode, :ward, :address, :at, :hash)
				    ON CONFLICT (petition_id, canonical_email) DO NOTHING
				    RETURNING id)
				INSERT INTO participation.petition_mail (kind, petition_id, signature_id, recipient, name, secret)
				SELECT 'CONFIRM_SIGNATURE', :petition, id, :email, :name, :secret FROM signed
				RETURNING signature_id""")
			.param("petition", signature.petition().value())
			.param("canonical", signature.canonical().value())
			.param("email", signature.email())
			.param("name", signature.name())
			.param("postcode", signature.postcode())
			.param("ward", signature.ward())
			.param("address", signature.clientAddress())
			.param("at", timestamp(signature.at()))
			.param("hash", secret.hash())
			.param("secret", secret.value())
			.query(Long.class)
			.optional();
	}

	Optional<Existing> existing(PetitionId petition, CanonicalEmail canonical) {
		return jdbc.sql("""
				SELECT id, email, name, confirmed_at IS NOT NULL AS confirmed, invalidation_id IS NOT NULL AS invalidated
				FROM participation.petition_signature WHERE petition_id = :petition AND canonical_email = :canonical""")
			.param("petition", petition.value())
			.param("canonical", canonical.value())
			.query((rs, n) -> new Existing(rs.getLong("id"), rs.getString("email"), rs.getString("name"),
					rs.getBoolean("confirmed"), rs.getBoolean("invalidated")))
			.optional();
	}

	/** A new link for an unconfirmed signature (the old one stops working), and its mail queued. */
	void reissue(PetitionId petition, Existing signature, Secret secret) {
		jdbc.sql("UPDATE participation.petition_signature SET token_hash = :hash WHERE id = :id AND confirmed_at IS NULL")
			.param("hash", secret.hash())
			.param("id", signature.id())
			.update();
		queue(MailKind.CONFIRM_SIGNATURE, petition, signature.id(), signature.email(), signature.name(), secret);
	}

	void queue(MailKind kind, PetitionId petition, Long signature, String recipient, String name, Secret secret) {
		jdbc.sql("""
				INSERT INTO participation.petition_mail (kind, petition_id, signature_id, recipient, name, secret)
				VALUES (:kind, :petition, :signature, :recipient, :name, :secret)""")
			.param("kind", kind.name())
			.param("petition", petition.value())
			.param("signature", signature)
			.param("recipient", recipient)
			.param("name", name)
			.param("secret", secret == null ? null : secret.value())
			.update();
	}

	/**
	 * Confirms the signature if the link is right, it is not yet confirmed or struck out, and its petition still takes
	 * confirmations (collecting supporters, awaiting moderation, or open and not closed). Reading the petition's row
	 * in the same statement takes no lock on it.
	 */
	Optional<Confirmed> confirm(SignatureToken token, Instant now) {
		return jdbc.sql("""
				UPDATE participation.petition_signature s SET confirmed_at = :now
				FROM participation.petition p
				WHERE s.id = :id AND s.token_hash = :hash AND s.confirmed_at IS NULL AND s.invalidation_id IS NULL
				  AND p.id = s.petition_id
				  AND (p.state IN ('COLLECTING_SUPPORT', 'AWAITING_MODERATION') OR (p.state = 'OPEN' AND p.closes_at > :now))
				RETURNING s.petition_id, p.state""")
			.param("now", timestamp(now))
			.param("id", token.signature())
			.param("hash", token.secret().hash())
			.query((rs, n) -> new Confirmed(new PetitionId(rs.getLong("petition_id")),
					PetitionState.valueOf(rs.getString("state"))))
			.optional();
	}

	/** What a link that confirmed nothing points at; empty if the link is not one this platform sent. */
	Optional<LinkState> linkState(SignatureToken token) {
		record Row(LinkState state, String hash) {
		}
		return jdbc.sql("""
				SELECT s.petition_id, s.confirmed_at IS NOT NULL AS confirmed, s.invalidation_id IS NOT NULL AS invalidated,
				    s.token_hash, p.state, p.closes_at
				FROM participation.petition_signature s JOIN participation.petition p ON p.id = s.petition_id
				WHERE s.id = :id""")
			.param("id", token.signature())
			.query((rs, n) -> new Row(new LinkState(new PetitionId(rs.getLong("petition_id")), rs.getBoolean("confirmed"),
					rs.getBoolean("invalidated"), PetitionState.valueOf(rs.getString("state")), instant(rs, "closes_at")),
					rs.getString("token_hash")))
			.optional()
			.filter(row -> Secret.sameHash(row.hash(), token.secret().hash()))
			.map(Row::state);
	}

	/** Confirmed signatures that count, by ward (the null key: outside the petition's area or unknown). */
	Map<Long, Long> countByWard(PetitionId petition) {
		Map<Long, Long> counts = new LinkedHashMap<>();
		jdbc.sql("SELECT ward_id, count(*) AS n FROM participation.petition_signature WHERE petition_id = :petition AND "
				+ COUNTED + " GROUP BY ward_id")
			.param("petition", petition.value())
			.query(rs -> {
				long ward = rs.getLong("ward_id");
				counts.put(rs.wasNull() ? null : ward, rs.getLong("n"));
			});
		return counts;
	}

	/**
	 * The counted signatures of each of these petitions, in one query (a petition with none is absent). Its condition
	 * is the counted index's own, so it reads only that index.
	 */
	Map<Long, Long> countEach(Collection<PetitionId> petitions) {
		Map<Long, Long> counts = new HashMap<>();
		jdbc.sql("SELECT petition_id, count(*) AS n FROM participation.petition_signature WHERE petition_id = ANY(:ids)"
				+ " AND " + COUNTED + " GROUP BY petition_id")
			.param("ids", new SqlArrayValue("bigint", petitions.stream().map(PetitionId::value).toArray()))
			.query(rs -> {
				counts.put(rs.getLong("petition_id"), rs.getLong("n"));
			});
		return counts;
	}

	long count(PetitionId petition) {
		return jdbc.sql("SELECT count(*) FROM participation.petition_signature WHERE petition_id = :petition AND " + COUNTED)
			.param("petition", petition.value())
			.query(Long.class)
			.single();
	}

	/** When the n-th signature that counts was confirmed: the moment a threshold of n was reached, if it was. */
	Optional<Instant> nthConfirmation(PetitionId petition, int n) {
		return jdbc.sql("SELECT confirmed_at FROM participation.petition_signature WHERE petition_id = :petition AND "
				+ COUNTED + " ORDER BY confirmed_at OFFSET :skip LIMIT 1")
			.param("petition", petition.value())
			.param("skip", n - 1)
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.optional();
	}
}
