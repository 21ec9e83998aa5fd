package org.bigsociety.participation.petitions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bigsociety.participation.PetitionId;
import org.bigsociety.participation.PetitionOpened;
import org.bigsociety.participation.PetitionRejected;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.Role;
import org.bigsociety.people.RoleScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderators for a petition's area accept it, opening it for signatures, or reject it for one of the standard
 * reasons with a note. Either way the creator is told by email and the decision goes on the public record.
 */
@Service
public class Moderation {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Moderation.class);

	public static final int MAX_NOTE = 2000;

	/** A moderator's decision as typed: {@code accept} true or false (null: not chosen). */
	public record Decision(Boolean accept, RejectionReason reason, String note) {
	}

	private final PetitionStore store;
	private final Petitions petitions;
	private final People people;
	private final ApplicationEventPublisher events;
	private final MessageSource messages;
	private final Clock clock;
	private final Duration openFor;
	private final String baseUrl;

	Moderation(PetitionStore store, Petitions petitions, People people, ApplicationEventPublisher events,
			MessageSource messages, Clock clock, @Value("${bigsociety.petitions.open-days:182}") int openDays,
			@Value("${bigsociety.base-url}") String baseUrl) {
		this.store = store;
		this.petitions = petitions;
		this.people = people;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
		this.openFor = Duration.ofDays(openDays);
		this.baseUrl = baseUrl;
	}

	/** Whether this person moderates petitions for the petition's area. */
	public boolean moderates(PersonId person, Petition petition) {
		return people.holds(person, Role.MODERATOR, RoleScope.area(petition.area()));
	}

	/** Petitions waiting for a decision that this moderator may make, oldest first. */
	public List<Petition> queue(PersonId moderator) {
		return store.inState(PetitionState.AWAITING_MODERATION, 500).stream()
			.filter(petition -> moderates(moderator, petition))
			.toList();
	}

	/** The petition, for a moderator of its area; refuses anyone else. */
	public Petition forModerator(PersonId moderator, PetitionId id) {
		Petition petition = petitions.current(id).orElseThrow(() -> new NotFound(id));
		if (!moderates(moderator, petition)) {
			throw new AccessDeniedException("Only a moderator for the petition's area may do this");
		}
		return petition;
	}

	public static Map<String, String> problemsWith(Decision decision) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (decision.accept() == null) {
			problems.put("accept", "petitions.moderate.decision.missing");
		}
		else if (!decision.accept() && decision.reason() == null) {
			problems.put("reason", "petitions.moderate.reason.missing");
		}
		String note = decision.note() == null ? "" : decision.note().strip();
		if (note.length() > MAX_NOTE) {
			problems.put("note", "petitions.moderate.note.tooLong");
		}
		else if (decision.accept() != null && !decision.accept() && note.isEmpty()) {
			problems.put("note", "petitions.moderate.note.missing");
		}
		return problems;
	}

	/** Decides on a petition awaiting moderation. Answers the problems (message keys by field); empty if done. */
	@Transactional
	public Map<String, String> decide(PersonId moderator, PetitionId id, Decision decision) {
		Petition before = forModerator(moderator, id);
		Map<String, String> problems = problemsWith(decision);
		if (!problems.isEmpty()) {
			return problems;
		}
		if (before.state() != PetitionState.AWAITING_MODERATION) {
			return Map.of("accept", "petitions.moderate.alreadyDecided");
		}
		Instant now = clock.instant();
		String note = decision.note() == null ? "" : decision.note().strip();
		Petition after = decision.accept() ? before.accepted(moderator, note, now, openFor)
				: before.rejected(moderator, decision.reason(), note, now);
		if (!store.save(before, after)) {
			return Map.of("accept", "petitions.moderate.alreadyDecided");
		}
		String area = petitions.areaName(after.area());
		if (decision.accept()) {
			events.publishEvent(new PetitionOpened(after.area(), id,
					text("petitions.fact.opened", id.value(), area, Facts.quoted(after.title()))));
			tellCreator(after, "petitions.mail.accepted.subject", "petitions.mail.accepted.body");
		}
		else {
			String reason = text("petitions.reason." + decision.reason().name());
			events.publishEvent(new PetitionRejected(after.area(), id, decision.reason().name(),
					text("petitions.fact.rejected", id.value(), area, reason)));
			tellCreator(after, "petitions.mail.rejected.subject", "petitions.mail.rejected.body");
		}
		petitions.evict(id);
		return Map.of();
	}

	private void tellCreator(Petition petition, String subject, String body) {
		if (petition.creator() == null) {
			return;
		}
		String reason = petition.moderation().reason() == null ? ""
				: text("petitions.reason." + petition.moderation().reason().name() + ".explained");
		try {
			people.sendMail(petition.creator(), text(subject, petition.title()), text(body, petition.title(),
					baseUrl + "/petitions/" + petition.id().value(), reason, petition.moderation().note()));
		}
		catch (RuntimeException ex) {
			// The decision stands without the courtesy email; the creator sees it on "Your petitions".
			log.warn("Could not tell the creator of petition {} about the decision: {}", petition.id(), ex.getMessage());
		}
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.UK);
	}

	/** There is no such petition. */
	public static class NotFound extends RuntimeException {

		public NotFound(PetitionId id) {
			super("No petition " + id);
		}
	}
}
