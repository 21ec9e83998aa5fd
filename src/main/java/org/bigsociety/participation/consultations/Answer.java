package org.bigsociety.participation.consultations;

import java.util.Optional;

/** The council's answer to a comment or proposal: "you said, we did". */
public enum Answer {
	ACCEPTED, ACCEPTED_IN_PART, NOT_ACCEPTED;

	public static Optional<Answer> named(String name) {
		for (Answer answer : values()) {
			if (answer.name().equals(name)) {
				return Optional.of(answer);
			}
		}
		return Optional.empty();
	}
}
