package org.bigsociety.participation.petitions;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.bigsociety.participation.PetitionId;
import org.bigsociety.participation.PetitionResponded;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.Role;
import org.bigsociety.people.RoleScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer for the petition's area writes the council's response. It is shown on the petition, mailed to every
 * confirmed signer (queued in the same transaction, sent by {@link PetitionMail}) and put on the public record.
 */
@Service
public class Responses {

	private final PetitionStore store;
	private final Petitions petitions;
	private final People people;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final MessageSource messages;
	private final Clock clock;

	Responses(PetitionStore store, Petitions petitions, People people, JdbcClient jdbc, ApplicationEventPublisher events,
			MessageSource messages, Clock clock) {
		this.store = store;
		this.petitions = petitions;
		this.people = people;
		this.jdbc = jdbc;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	public boolean answersFor(PersonId person, Petition petition) {
		return people.holds(person, Role.OFFICER, RoleScope.area(petition.area()));
	}

	/** The petition, for an officer of its area; refuses anyone else. */
	public Petition forOfficer(PersonId officer, PetitionId id) {
		Petition petition = petitions.current(id).orElseThrow(() -> new Moderation.NotFound(id));
		if (!answersFor(officer, petition)) {
			throw new AccessDeniedException("Only an officer for the petition's area may respond to it");
		}
		return petition;
	}

	/** Records the response. Answers the problems (message keys by field); empty if done. */
	@Transactional
	public Map<String, String> respond(PersonId officer, PetitionId id, String text) {
		Petition before = forOfficer(officer, id);
		String response = text == null ? "" : text.strip();
		if (response.isEmpty()) {
			return Map.of("response", "petitions.respond.response.missing");
		}
		if (response.length() > Petition.MAX_RESPONSE) {
			return Map.of("response", "petitions.respond.response.tooLong");
		}
		if (before.state() != PetitionState.OPEN) {
			return Map.of("response", "petitions.respond.notOpen");
		}
		if (before.response() != null) {
			return Map.of("response", "petitions.respond.already");
		}
		Instant now = clock.instant();
		petitions.evict(id);
		Standing standing = petitions.standing(id).orElseThrow();
		boolean late = standing.responseDueBy() != null
				&& now.atZone(Petitions.LONDON).toLocalDate().isAfter(standing.responseDueBy());
		Petition after = before.responded(officer, response, now);
		if (!store.save(before, after)) {
			return Map.of("response", "petitions.respond.already");
		}
		int mailed = jdbc.sql("""
				INSERT INTO participation.petition_mail (kind, petition_id, signature_id, recipient, name)
				SELECT 'RESPONSE', petition_id, id, email, name FROM participation.petition_signature
				WHERE petition_id = :petition AND\s""" + Signatures.COUNTED)
			.param("petition", id.value())
			.update();
		petitions.evict(id);
		String area = standing.areaName();
		events.publishEvent(new PetitionResponded(after.area(), id, mailed, late,
				text(late ? "petitions.fact.respondedLate" : "petitions.fact.responded", id.value(), area,
						Facts.quoted(after.title()), mailed)));
		return Map.of();
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.UK);
	}
}
