package org.bigsociety.platform.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.bigsociety.platform.Mail;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Mail kept in the database for administrators to read, so the embedded default needs no mail server. */
@Component
@ConditionalOnProperty(name = "bigsociety.mail.outbox", havingValue = "true")
class OutboxMail implements Mail {

	private static final String INSERT = "INSERT INTO platform.outbox (sent_at, recipient, subject, body) VALUES (?, ?, ?, ?)";

	private final JdbcClient jdbc;
	private final JdbcTemplate batches;
	private final Clock clock;

	OutboxMail(JdbcClient jdbc, JdbcTemplate batches, Clock clock) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.clock = clock;
	}

	/** One JDBC batch (one round trip) for the lot: a petition surge queues thousands of messages a second. */
	@Override
	public void sendAll(List<Message> messages) {
		if (messages.isEmpty()) {
			return;
		}
		Timestamp at = Timestamp.from(Instant.now(clock));
		batches.batchUpdate(INSERT, messages.stream()
			.map(message -> new Object[] { at, message.to(), message.subject(), message.body() })
			.toList());
	}

	@Override
	public void send(Message message) {
		jdbc.sql("INSERT INTO platform.outbox (sent_at, recipient, subject, body) VALUES (:at, :to, :subject, :body)")
			.param("at", java.sql.Timestamp.from(Instant.now(clock)))
			.param("to", message.to())
			.param("subject", message.subject())
			.param("body", message.body())
			.update();
	}

	record Letter(long id, Instant sentAt, String recipient, String subject, String body) {
	}

	List<Letter> latest(String recipientFilter, int limit) {
		String filter = recipientFilter == null ? "" : recipientFilter.trim().toLowerCase();
		return jdbc.sql("""
				SELECT id, sent_at, recipient, subject, body FROM platform.outbox
				WHERE (:filter = '' OR lower(recipient) = :filter)
				ORDER BY id DESC LIMIT :limit
				""")
			.param("filter", filter)
			.param("limit", limit)
			.query((rs, n) -> new Letter(rs.getLong("id"), rs.getTimestamp("sent_at").toInstant(),
					rs.getString("recipient"), rs.getString("subject"), rs.getString("body")))
			.list();
	}
}
