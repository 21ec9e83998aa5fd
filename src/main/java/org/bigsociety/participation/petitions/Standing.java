package org.bigsociety.participation.petitions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.bigsociety.place.AreaId;

/**
 * A petition as the public sees it at one moment: its status, how many confirmed signatures count and where the
 * signers live, the thresholds, and the council's response clock. Built from the signatures, then kept for a few
 * seconds ({@code cacheSeconds}), which the page and the JSON both say.
 *
 * @param elsewhere signatures from outside the petition's area, or from postcodes the platform does not know
 * @param responseDueFrom when the response threshold was reached; null if it has not been
 * @param responseDueBy the last working day for the council's response; null until the threshold is reached
 * @param overdue no response, and the due date has passed
 */
public record Standing(Petition petition, String areaName, Status status, long signatures, List<WardCount> wards,
		long elsewhere, Thresholds thresholds, Instant responseDueFrom, LocalDate responseDueBy, boolean overdue,
		boolean debateReached, Instant countedAt, int cacheSeconds) {

	public enum Status {
		COLLECTING_SUPPORT, AWAITING_MODERATION, OPEN, CLOSED, REJECTED
	}

	/** Confirmed signatures from one ward of the petition's area. */
	public record WardCount(AreaId ward, String name, String gssCode, long signatures) {
	}

	public Standing {
		wards = List.copyOf(wards);
	}

	/** The larger of the ward counts (at least 1), for scaling a bar chart. */
	public long largestWard() {
		return Math.max(1, wards.stream().mapToLong(WardCount::signatures).max().orElse(0));
	}

	/** Whether the petition's words may be shown (not for a rejection whose reason is the words themselves). */
	public boolean textShown() {
		return petition.textShown();
	}

	/** Signatures still needed for a response, 0 once reached. */
	public long neededForResponse() {
		return Math.max(0, thresholds.response() - signatures);
	}

	public boolean responseThresholdReached() {
		return responseDueFrom != null;
	}
}
