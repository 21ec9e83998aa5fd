package org.bigsociety.participation.consultations;

import java.time.Instant;
import java.time.LocalDate;

import org.bigsociety.place.AreaId;

/**
 * A consultation: a draft the council asks residents of an area to comment on. Open from the start of its opening day
 * to the end of its closing day, London time; a draft is seen only by officers for its area.
 */
public record Consultation(long id, AreaId area, String title, String summary, String draftText, LocalDate opensOn,
		LocalDate closesOn, Instant opensAt, Instant closesAt, boolean published, Instant publishedAt,
		Instant outcomeRecordedAt) {

	public boolean open(Instant now) {
		return published && !now.isBefore(opensAt) && now.isBefore(closesAt);
	}

	public boolean closed(Instant now) {
		return published && !now.isBefore(closesAt);
	}

	public boolean notYetOpen(Instant now) {
		return published && now.isBefore(opensAt);
	}
}
