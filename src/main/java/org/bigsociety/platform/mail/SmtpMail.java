package org.bigsociety.platform.mail;

import org.bigsociety.platform.Mail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Mail sent over SMTP to the server in {@code spring.mail.*}. */
@Component
@ConditionalOnProperty(name = "bigsociety.mail.outbox", havingValue = "false", matchIfMissing = true)
class SmtpMail implements Mail {

	private final JavaMailSender sender;
	private final String from;

	SmtpMail(JavaMailSender sender, @Value("${bigsociety.mail.from}") String from) {
		this.sender = sender;
		this.from = from;
	}

	@Override
	public void send(Message message) {
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(from);
		mail.setTo(message.to());
		mail.setSubject(message.subject());
		mail.setText(message.body());
		sender.send(mail);
	}
}
