package org.bigsociety.timebank.membership;

import java.util.List;

/**
 * Something a person asked for that the rules do not allow (joining twice, accepting a cancelled exchange). Carries
 * the message key of what to tell them; nothing was changed.
 */
public class Refused extends RuntimeException {

	private final String messageKey;
	private final List<Object> arguments;

	public Refused(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.toArray();
	}
}
