package org.bigsociety.action;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.bigsociety.place.AreaId;
import org.bigsociety.record.PublicFact;

/**
 * A Big Society Day in an area is over and its totals are final. Counts only: no names, no events' organisers.
 *
 * @param dayId the declared day's number, which makes the reference unique
 * @param places the capacity of every event that went ahead
 * @param signUps the places that were taken (people booked when the day began)
 * @param attended the people organisers recorded as there
 */
public record BigSocietyDayTotalled(AreaId area, long dayId, String areaName, LocalDate day, int events, int places,
		int signUps, int attended) implements PublicFact {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

	@Override
	public String kind() {
		return "action.big-society-day.totalled";
	}

	@Override
	public String summary() {
		return "Big Society Day on " + DAY.format(day) + " in " + areaName + ": " + events + (events == 1 ? " event" : " events")
				+ " with " + places + " places, " + signUps + " taken and " + attended + " people recorded as attending.";
	}

	@Override
	public String reference() {
		return "action/big-society-day/" + dayId + "/totals";
	}
}
