package org.bigsociety.platform;

/**
 * Sends a plain-text email. On the embedded default it lands in the outbox that administrators read at
 * {@code /admin/outbox}; with {@code bigsociety.mail.outbox=false} it goes out over SMTP ({@code spring.mail.*}).
 */
public interface Mail {

	void send(Message message);

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
