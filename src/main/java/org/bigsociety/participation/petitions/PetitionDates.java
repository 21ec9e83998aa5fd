package org.bigsociety.participation.petitions;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How petitions write dates for people: "14 March 2026", in London time. */
public final class PetitionDates {

	public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
	public static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
		.withZone(Petitions.LONDON);
	public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.UK)
		.withZone(Petitions.LONDON);

	private PetitionDates() {
	}
}
