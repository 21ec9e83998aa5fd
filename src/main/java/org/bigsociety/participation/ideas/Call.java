package org.bigsociety.participation.ideas;

import java.time.Instant;
import java.time.LocalDate;

import org.bigsociety.place.AreaId;

/** An ideas call as stored. {@code ideasCloseAt} is the deadline: nothing is submitted, supported or joined after it. */
public record Call(long id, AreaId area, String title, String challenge, Instant ideasCloseAt, LocalDate weekendDate,
		String weekendPlace, int weekendCapacity, CallPhase phase, String panelCode) {

	/** Whether ideas, supports and teams may still change: the call is open and its deadline has not passed. */
	public boolean acceptingIdeas(Instant now) {
		return phase == CallPhase.OPEN && now.isBefore(ideasCloseAt);
	}
}
