package org.bigsociety.participation.petitions;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.bigsociety.participation.PetitionId;
import org.bigsociety.place.Postcode;
import org.springframework.stereotype.Service;

/**
 * Signing a petition and confirming the signature from the emailed link. Only confirmed signatures count. The person
 * signing always sees the same answer ("check your email"), whether or not that address had signed before, so the
 * form cannot be used to find out who signed; the email tells the owner of the address what happened.
 */
@Service
public class Signing {

	public static final int MAX_NAME = 100;

	/** What a person typed into the signing form. */
	public record Application(String name, String email, String postcode, boolean declared) {
	}

	/** What became of a confirmation link. */
	public enum Confirmation {
		/** The signature now counts. */
		CONFIRMED,
		/** It counted already (the link was used before). */
		ALREADY_CONFIRMED,
		/** The petition closed, or was rejected, before the link was used. */
		TOO_LATE,
		/** Not a link this platform sent, replaced by a newer one, or struck out by a moderator. */
		NOT_VALID
	}

	public record Confirmed(Confirmation outcome, PetitionId petition) {
	}

	private final Signatures signatures;
	private final PetitionStore store;
	private final Petitions petitions;
	private final Blocklist blocklist;
	private final SignerPlaces places;
	private final Clock clock;

	Signing(Signatures signatures, PetitionStore store, Petitions petitions, Blocklist blocklist, SignerPlaces places,
			Clock clock) {
		this.signatures = signatures;
		this.store = store;
		this.petitions = petitions;
		this.blocklist = blocklist;
		this.places = places;
		this.clock = clock;
	}

	/** The problems with what was typed, field by field (message keys), in the order of the form. */
	public static Map<String, String> problemsWith(Application application) {
		Map<String, String> problems = new LinkedHashMap<>();
		String name = application.name() == null ? "" : application.name().strip();
		if (name.isEmpty()) {
			problems.put("name", "petitions.sign.name.missing");
		}
		else if (name.length() > MAX_NAME) {
			problems.put("name", "petitions.sign.name.tooLong");
		}
		try {
			new CanonicalEmail(application.email());
		}
		catch (IllegalArgumentException ex) {
			problems.put("email", ex.getMessage());
		}
		if (application.postcode() == null || application.postcode().isBlank()) {
			problems.put("postcode", "petitions.sign.postcode.missing");
		}
		else {
			try {
				Postcode.parse(application.postcode());
			}
			catch (IllegalArgumentException ex) {
				problems.put("postcode", "petitions.sign.postcode.invalid");
			}
		}
		if (!application.declared()) {
			problems.put("declared", "petitions.sign.declared.missing");
		}
		return problems;
	}

	/**
	 * Signs the petition: adds an unconfirmed signature and queues the email with its confirmation link. Answers the
	 * problems (message keys by field); empty means "check your email". Signing again with an address that has signed
	 * sends its owner a new link (if it was never confirmed) or a note that it has signed (if it was), and adds nothing.
	 */
	public Map<String, String> sign(Petition petition, Application application, String clientAddress) {
		Map<String, String> problems = problemsWith(application);
		if (!problems.isEmpty()) {
			return problems;
		}
		Instant now = clock.instant();
		if (!petition.acceptsSignatures(now)) {
			return Map.of("petition", "petitions.sign.closed");
		}
		CanonicalEmail canonical = new CanonicalEmail(application.email());
		if (blocklist.blocks(canonical)) {
			return Map.of("email", "petitions.sign.email.blocked");
		}
		Postcode postcode = Postcode.parse(application.postcode());
		String email = application.email().strip();
		String name = application.name().strip();
		Secret secret = Secret.random();
		var signature = new Signatures.NewSignature(petition.id(), canonical, email, name, postcode.value(),
				places.wardWithin(petition.area(), postcode), clientAddress == null ? "" : clientAddress, now);
		if (signatures.add(signature, secret).isEmpty()) {
			signedBefore(petition.id(), canonical);
		}
		return Map.of();
	}

	private void signedBefore(PetitionId petition, CanonicalEmail canonical) {
		Optional<Signatures.Existing> existing = signatures.existing(petition, canonical);
		if (existing.isEmpty() || existing.get().invalidated()) {
			return; // struck out by a moderator: nothing to send, nothing to say
		}
		if (existing.get().confirmed()) {
			signatures.queue(MailKind.ALREADY_SIGNED, petition, existing.get().id(), existing.get().email(),
					existing.get().name(), null);
		}
		else {
			signatures.reissue(petition, existing.get(), Secret.random());
		}
	}

	/** Confirms the signature a link is for. */
	public Confirmed confirm(String link) {
		Optional<SignatureToken> token = SignatureToken.parse(link);
		if (token.isEmpty()) {
			return new Confirmed(Confirmation.NOT_VALID, null);
		}
		Instant now = clock.instant();
		Optional<Signatures.Confirmed> confirmed = signatures.confirm(token.get(), now);
		if (confirmed.isPresent()) {
			PetitionId petition = confirmed.get().petition();
			if (confirmed.get().state() == PetitionState.COLLECTING_SUPPORT
					&& store.submitIfSupported(petition, Petition.SUPPORTERS_NEEDED, now)) {
				petitions.evict(petition);
			}
			return new Confirmed(Confirmation.CONFIRMED, petition);
		}
		return signatures.linkState(token.get()).map(state -> {
			if (state.confirmed() && !state.invalidated()) {
				return new Confirmed(Confirmation.ALREADY_CONFIRMED, state.petition());
			}
			if (state.invalidated()) {
				return new Confirmed(Confirmation.NOT_VALID, state.petition());
			}
			return new Confirmed(Confirmation.TOO_LATE, state.petition());
		}).orElse(new Confirmed(Confirmation.NOT_VALID, null));
	}
}
