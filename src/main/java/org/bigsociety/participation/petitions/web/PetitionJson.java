package org.bigsociety.participation.petitions.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;

import org.bigsociety.participation.PetitionId;
import org.bigsociety.participation.petitions.Petition;
import org.bigsociety.participation.petitions.Petitions;
import org.bigsociety.participation.petitions.Standing;
import org.bigsociety.platform.Problems;
import org.bigsociety.platform.RateLimits;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Petitions as JSON, for anyone to reuse: one petition's standing, and the similar-title search the form uses. */
@RestController
class PetitionJson {

	static final RateLimits.Allowance SEARCH_PER_ADDRESS = new RateLimits.Allowance("petitions-similar", 120,
			Duration.ofMinutes(1));

	record Area(long id, String name) {
	}

	record Ward(long id, String name, String gssCode, long signatures) {
	}

	record ThresholdsJson(int response, int debate) {
	}

	record Clock(Instant started, LocalDate dueBy, int workingDays, boolean overdue) {
	}

	record Response(String text, Instant respondedAt) {
	}

	/** @param note the moderator's note; null when the reason hides the petition's words, as the note may quote them */
	record Rejection(String reason, String note) {
	}

	/**
	 * @param signatures confirmed signatures that count
	 * @param signaturesElsewhere those from outside the area, or from postcodes the platform does not know
	 * @param countedAt when these counts were made: they may be up to {@code maxAgeSeconds} old
	 */
	record PetitionJsonView(long id, String state, String title, String background, String details, Area area,
			Instant openedAt, Instant closesAt, long signatures, List<Ward> signaturesByWard, long signaturesElsewhere,
			ThresholdsJson thresholds, Clock responseClock, boolean debateThresholdReached, Response response,
			Rejection rejection, Instant countedAt, int maxAgeSeconds) {
	}

	record Similar(long id, String title, String url) {
	}

	private final Petitions petitions;
	private final RateLimits limits;

	PetitionJson(Petitions petitions, RateLimits limits) {
		this.petitions = petitions;
		this.limits = limits;
	}

	@Operation(summary = "A petition: its state, confirmed signatures in total and by ward, thresholds, response clock "
			+ "and the council's response. Counts are cached for a few seconds (maxAgeSeconds).")
	@GetMapping(path = "/petitions/{id}.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<PetitionJsonView> petition(@PathVariable String id) {
		Standing standing;
		try {
			standing = PetitionsWeb.publicStanding(petitions, Long.parseLong(id));
		}
		catch (NumberFormatException | PetitionsWeb.NoSuchPetition ex) {
			throw new Problems.ApiProblem(HttpStatus.NOT_FOUND, "Not Found", "There is no public petition " + id + ".");
		}
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofSeconds(standing.cacheSeconds())).cachePublic())
			.body(json(standing, petitions.responseWorkingDays()));
	}

	static PetitionJsonView json(Standing standing, int workingDays) {
		Petition petition = standing.petition();
		boolean shown = standing.textShown();
		Clock clock = standing.responseDueFrom() == null ? null
				: new Clock(standing.responseDueFrom(), standing.responseDueBy(), workingDays, standing.overdue());
		Rejection rejection = petition.moderation() == null || petition.moderation().reason() == null ? null
				: new Rejection(petition.moderation().reason().name(), shown ? petition.moderation().note() : null);
		return new PetitionJsonView(petition.id().value(), standing.status().name(), shown ? petition.title() : null,
				shown ? petition.background() : null, shown ? petition.details() : null,
				new Area(petition.area().value(), standing.areaName()), petition.openedAt(), petition.closesAt(),
				standing.signatures(),
				standing.wards().stream()
					.map(w -> new Ward(w.ward().value(), w.name(), w.gssCode(), w.signatures()))
					.toList(),
				standing.elsewhere(),
				new ThresholdsJson(standing.thresholds().response(), standing.thresholds().debate()), clock,
				standing.debateReached(),
				petition.response() == null ? null : new Response(petition.response().text(), petition.response().at()),
				rejection, standing.countedAt(), standing.cacheSeconds());
	}

	@Operation(summary = "Open petitions whose words match a proposed title, best first (at most 5).")
	@GetMapping(path = "/petitions/similar.json", produces = MediaType.APPLICATION_JSON_VALUE)
	List<Similar> similar(@Parameter(description = "the title being written") @RequestParam(name = "title",
			required = false) String title, HttpServletRequest request) {
		limits.consume(SEARCH_PER_ADDRESS, request.getRemoteAddr());
		String words = title == null ? "" : title.strip();
		if (words.length() < 3) {
			return List.of();
		}
		return petitions.similarTo(words.length() > 200 ? words.substring(0, 200) : words, 5).stream()
			.map(p -> new Similar(p.id().value(), p.title(), "/petitions/" + p.id().value()))
			.toList();
	}

	static PetitionId parse(String id) {
		return new PetitionId(Long.parseLong(id));
	}
}
