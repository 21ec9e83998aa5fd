package org.bigsociety.participation.petitions.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.bigsociety.participation.petitions.Petition;
import org.bigsociety.participation.petitions.PetitionDates;
import org.bigsociety.participation.petitions.Petitions;
import org.bigsociety.participation.petitions.Standing;

/**
 * A petition's public page, ready to render: its words (unless a rejection hides them), status, counts by ward with
 * the bar chart's geometry, thresholds, the response clock, the response, and how fresh the counts are.
 */
record PetitionView(long id, String title, List<String> background, List<String> details, boolean textShown,
		String area, String status, String statusColour, boolean signable, long signatures, List<WardRow> wards,
		long elsewhere, int chartHeight, int responseThreshold, int debateThreshold, long neededForResponse,
		boolean responseReached, String reachedOn, String dueBy, int workingDays, boolean overdue, boolean debateReached,
		List<String> response, String respondedOn, String rejectionReason, String moderationNote, String openedOn,
		String closesOn, String countedAt, int cacheSeconds) {

	/** One ward's row in the table and the chart: a label line, then a bar whose length is to scale. */
	record WardRow(String name, String gssCode, long signatures, int labelY, int barY, int barWidth, int countX) {
	}

	static final int ROW_HEIGHT = 46;
	static final int BAR_MAX = 300;

	static PetitionView of(Standing standing, int workingDays) {
		Petition petition = standing.petition();
		List<WardRow> wards = new ArrayList<>();
		long largest = standing.largestWard();
		int y = 0;
		for (Standing.WardCount ward : standing.wards()) {
			int width = (int) Math.max(2, Math.round(BAR_MAX * (double) ward.signatures() / largest));
			wards.add(new WardRow(ward.name(), ward.gssCode(), ward.signatures(), y + 18, y + 24, width, width + 8));
			y += ROW_HEIGHT;
		}
		Standing.Status status = standing.status();
		String reason = petition.moderation() == null || petition.moderation().reason() == null ? null
				: petition.moderation().reason().name();
		return new PetitionView(petition.id().value(), petition.title(), paragraphs(petition.background()),
				paragraphs(petition.details()), standing.textShown(), standing.areaName(), status.name(),
				colour(status), status == Standing.Status.OPEN, standing.signatures(), wards, standing.elsewhere(),
				Math.max(ROW_HEIGHT, y + 4), standing.thresholds().response(), standing.thresholds().debate(),
				standing.neededForResponse(), standing.responseThresholdReached(),
				standing.responseDueFrom() == null ? null
						: PetitionDates.DAY.format(standing.responseDueFrom().atZone(Petitions.LONDON)),
				standing.responseDueBy() == null ? null : PetitionDates.DAY.format(standing.responseDueBy()),
				workingDays, standing.overdue(), standing.debateReached(),
				petition.response() == null ? List.of() : paragraphs(petition.response().text()),
				petition.response() == null ? null
						: PetitionDates.DAY.format(petition.response().at().atZone(Petitions.LONDON)),
				reason, reason == null ? null : petition.moderation().note(),
				petition.openedAt() == null ? null : PetitionDates.DAY.format(petition.openedAt().atZone(Petitions.LONDON)),
				petition.closesAt() == null ? null : PetitionDates.DAY.format(petition.closesAt().atZone(Petitions.LONDON)),
				PetitionDates.TIME.format(standing.countedAt()), standing.cacheSeconds());
	}

	static String colour(Standing.Status status) {
		return switch (status) {
			case OPEN -> "govuk-tag--green";
			case CLOSED -> "govuk-tag--grey";
			case REJECTED -> "govuk-tag--red";
			case COLLECTING_SUPPORT, AWAITING_MODERATION -> "govuk-tag--yellow";
		};
	}

	/** Text as typed, in paragraphs split at blank lines. */
	static List<String> paragraphs(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.strip().split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
	}
}
