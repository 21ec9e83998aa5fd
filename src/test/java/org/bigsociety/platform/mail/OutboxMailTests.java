package org.bigsociety.platform.mail;

import java.util.List;
import java.util.UUID;

import org.bigsociety.IntegrationTest;
import org.bigsociety.platform.Mail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class OutboxMailTests {

	@Autowired
	Mail mail;

	@Autowired
	JdbcClient jdbc;

	@Test
	void writesEveryMessageOfABatchToTheOutboxInOrder() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		List<Mail.Message> messages = List.of(
				new Mail.Message("first-" + run + "@example.org", "First " + run, "Body one"),
				new Mail.Message("second-" + run + "@example.org", "Second " + run, "Body two"),
				new Mail.Message("third-" + run + "@example.org", "Third " + run, ""));

		mail.sendAll(messages);

		List<String> written = jdbc.sql("""
				SELECT recipient || '|' || subject || '|' || body FROM platform.outbox
				WHERE recipient LIKE :run ORDER BY id""")
			.param("run", "%-" + run + "@example.org")
			.query(String.class)
			.list();
		assertThat(written).containsExactly("first-" + run + "@example.org|First " + run + "|Body one",
				"second-" + run + "@example.org|Second " + run + "|Body two",
				"third-" + run + "@example.org|Third " + run + "|");
	}

	@Test
	void writesNothingForAnEmptyBatch() {
		long before = jdbc.sql("SELECT count(*) FROM platform.outbox").query(Long.class).single();

		mail.sendAll(List.of());

		assertThat(jdbc.sql("SELECT count(*) FROM platform.outbox").query(Long.class).single()).isEqualTo(before);
	}
}
