package org.bigsociety.participation.petitions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bigsociety.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import static org.bigsociety.participation.petitions.PetitionStore.instant;
import static org.bigsociety.participation.petitions.PetitionStore.timestamp;

/**
 * Email addresses and domains moderators have blocked from signing any petition. Every signature checks them, so the
 * list is held in memory and read again every few seconds (and at once on this node when a moderator changes it).
 */
@Service
public class Blocklist {

	public enum Kind {
		ADDRESS, DOMAIN
	}

	public record Entry(Kind kind, String value, String note, Instant at) {
	}

	private record Snapshot(Set<String> addresses, Set<String> domains) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;
	private final ShortLivedCache<String, Snapshot> snapshot = new ShortLivedCache<>(Duration.ofSeconds(10), 1);

	Blocklist(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	boolean blocks(CanonicalEmail email) {
		Snapshot now = snapshot.get("now", key -> load());
		return now.addresses().contains(email.value()) || now.domains().contains(email.domain());
	}

	public List<Entry> entries() {
		return jdbc.sql("SELECT kind, value, note, at FROM participation.petition_block ORDER BY kind, value")
			.query((rs, n) -> new Entry(Kind.valueOf(rs.getString("kind")), rs.getString("value"), rs.getString("note"),
					instant(rs, "at")))
			.list();
	}

	/**
	 * Blocks an address (in its canonical form, so every way of writing it is blocked) or a domain. Answers the value
	 * as stored; throws {@link IllegalArgumentException} with a message key if it is not an address or domain.
	 */
	public String block(PersonId moderator, Kind kind, String typed, String note) {
		if (kind == null) {
			throw new IllegalArgumentException("petitions.blocked.kind.missing");
		}
		String value;
		try {
			value = kind == Kind.ADDRESS ? new CanonicalEmail(typed).value() : CanonicalEmail.canonicalDomain(typed);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(kind == Kind.ADDRESS ? "petitions.blocked.address.invalid"
					: "petitions.blocked.domain.invalid");
		}
		String cleanNote = note == null ? "" : note.trim();
		if (cleanNote.length() > 500) {
			throw new IllegalArgumentException("petitions.blocked.note.tooLong");
		}
		jdbc.sql("""
				INSERT INTO participation.petition_block (kind, value, note, moderator_id, at)
				VALUES (:kind, :value, :note, :moderator, :at)
				ON CONFLICT (kind, value) DO UPDATE SET note = excluded.note""")
			.param("kind", kind.name())
			.param("value", value)
			.param("note", cleanNote)
			.param("moderator", moderator.value())
			.param("at", timestamp(clock.instant()))
			.update();
		snapshot.clear();
		return value;
	}

	public boolean unblock(Kind kind, String value) {
		if (kind == null || value == null) {
			return false;
		}
		boolean removed = jdbc.sql("DELETE FROM participation.petition_block WHERE kind = :kind AND value = :value")
			.param("kind", kind.name())
			.param("value", value)
			.update() == 1;
		snapshot.clear();
		return removed;
	}

	private Snapshot load() {
		Set<String> addresses = new HashSet<>();
		Set<String> domains = new HashSet<>();
		jdbc.sql("SELECT kind, value FROM participation.petition_block").query(rs -> {
			(Kind.valueOf(rs.getString("kind")) == Kind.ADDRESS ? addresses : domains).add(rs.getString("value"));
		});
		return new Snapshot(Set.copyOf(addresses), Set.copyOf(domains));
	}
}
