package org.bigsociety.timebank.membership;

import java.util.Locale;

import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Mail to members about their time bank, written from the message bundle: {@code <key>.subject} and
 * {@code <key>.body}, each given the same arguments, with the platform's address as the last one. The address is
 * never seen here: {@link People#sendMail} looks it up.
 */
@Component
public class Notices {

	private final People people;
	private final MessageSource messages;
	private final String baseUrl;

	Notices(People people, MessageSource messages, @Value("${bigsociety.base-url}") String baseUrl) {
		this.people = people;
		this.messages = messages;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	/** Sends the notice; the {@code path} (such as {@code /timebanks/hackney}) becomes a full link, argument 0. */
	public boolean send(PersonId to, String key, String path, Object... arguments) {
		if (to == null) {
			return false;
		}
		Object[] all = new Object[arguments.length + 1];
		all[0] = baseUrl + path;
		System.arraycopy(arguments, 0, all, 1, arguments.length);
		String subject = messages.getMessage(key + ".subject", all, Locale.UK);
		String body = messages.getMessage(key + ".body", all, Locale.UK);
		return people.sendMail(to, subject, body);
	}

	/** The platform's public address, for links in mail. */
	public String baseUrl() {
		return baseUrl;
	}

	/** A message from the bundle, for text built in code (such as a digest's lines). */
	public String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.UK);
	}
}
