package org.bigsociety.participation.consultations;

import java.util.Locale;

import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * "You said, we did" reaches the person who said it: when an officer answers a comment or proposal, its author gets one
 * mail with the consultation, the paragraph, what they wrote, the answer and the officer's reason, and a link to it on
 * the consultation's page; a changed answer gets a short mail saying so. A proposal's supporters are told too. Sent
 * after the answer commits (the event publication registry redelivers if sending fails), through {@link People}, which
 * sends nothing to a deleted account or an unconfirmed address; a deleted author is already forgotten here.
 */
@Component
class AnswerMail {

	private static final Locale UK = Locale.UK;
	/** How much of the paragraph and of the resident's words a mail quotes. */
	static final int PARAGRAPH_QUOTE = 300;
	static final int WORDS_QUOTE = 500;

	private final ConsultationStore store;
	private final People people;
	private final MessageSource messages;
	private final String baseUrl;

	AnswerMail(ConsultationStore store, People people, MessageSource messages,
			@Value("${bigsociety.base-url}") String baseUrl) {
		this.store = store;
		this.people = people;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	@ApplicationModuleListener
	void on(ContributionAnswered answered) {
		Contribution contribution = store.contribution(answered.contribution()).orElse(null);
		Consultation consultation = store.find(answered.consultation()).orElse(null);
		if (contribution == null || consultation == null) {
			return;
		}
		String paragraph = store.paragraphs(consultation.id())
			.flatMap(draft -> draft.paragraphs().stream().filter(p -> p.number() == contribution.paragraph())
				.findFirst())
			.map(Draft.Paragraph::text)
			.orElse("");
		Object[] args = { consultation.title(), contribution.paragraph(), quote(paragraph, PARAGRAPH_QUOTE),
				quote(contribution.text(), WORDS_QUOTE),
				messages.getMessage("consultations.answerChoice." + answered.answer().name(), null, UK),
				answered.reason(), baseUrl + "/consultations/" + consultation.id() + "/paragraphs/"
						+ contribution.paragraph() + "#contribution-" + contribution.id() };
		String kind = contribution.kind().name();
		if (contribution.author() != null) {
			send(contribution.author(), answered.changed() ? "consultations.mail.changed." + kind
					: "consultations.mail.answered." + kind, args);
		}
		if (contribution.kind() == ContributionKind.PROPOSAL) {
			String key = answered.changed() ? "consultations.mail.supportedChanged" : "consultations.mail.supported";
			store.supporters(contribution.id()).forEach(supporter -> send(supporter, key, args));
		}
	}

	private void send(PersonId person, String key, Object[] args) {
		people.sendMail(person, messages.getMessage(key + ".subject", args, UK),
				messages.getMessage(key + ".body", args, UK));
	}

	/** The text whole if short, otherwise cut at a word before {@code max} characters, with an ellipsis. */
	static String quote(String text, int max) {
		String single = text.strip();
		if (single.length() <= max) {
			return single;
		}
		int cut = single.lastIndexOf(' ', max - 1);
		int end = cut > max / 2 ? cut : max - 1;
		if (Character.isHighSurrogate(single.charAt(end - 1))) {
			end--;
		}
		return single.substring(0, end).stripTrailing() + "…";
	}
}
