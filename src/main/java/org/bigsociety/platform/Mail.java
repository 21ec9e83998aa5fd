package org.bigsociety.platform;

import java.util.List;

/**
 * Sends a plain-text email. On the embedded default it lands in the outbox that administrators read at
 * {@code /admin/outbox}; with {@code bigsociety.mail.outbox=false} it goes out over SMTP ({@code spring.mail.*}).
 */
public interface Mail {

	void send(Message message);

	/**
	 * Sends several messages, by default one after another. Throws at the first that fails; the caller cannot tell
	 * which went, so it may send them again (delivery is at least once). The outbox writes them in one batch.
	 */
	default void sendAll(List<Message> messages) {
		for (Message message : messages) {
			send(message);
		}
	}

	record Message(String to, String subject, String body) {

		public Message {
			if (to == null || to.isBlank() || !to.contains("@")) {
				throw new IllegalArgumentException("A message needs an email address to go to");
			}
			if (subject == null || subject.isBlank()) {
				throw new IllegalArgumentException("A message needs a subject");
			}
			if (body == null) {
				throw new IllegalArgumentException("A message needs a body");
			}
		}
	}
}
