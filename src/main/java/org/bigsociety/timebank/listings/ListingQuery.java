package org.bigsociety.timebank.listings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bigsociety.place.Coordinates;
import org.bigsociety.place.Postcode;

/**
 * A search of a time bank's open listings: words (PostgreSQL full text), a category, and a distance from a
 * postcode. Built by {@link Listings#query}, which says what is wrong with each parameter.
 *
 * @param near the centre of a distance search, or null
 * @param withinMetres how far from {@code near}
 */
public record ListingQuery(String words, String category, Listing.Kind kind, Postcode nearPostcode, Coordinates near,
		long withinMetres, int limit) {

	public static final List<Integer> MILES = List.of(1, 2, 5, 10);
	public static final int DEFAULT_MILES = 2;
	public static final int MAX_WORDS = 200;
	static final double METRES_PER_MILE = 1609.344;

	/** What someone typed into the search form, or sent to the API. */
	public record Form(String q, String category, String near, String within, String kind) {

		public static Form empty() {
			return new Form("", "", "", Integer.toString(DEFAULT_MILES), "");
		}
	}

	/** The outcome of reading a form: a query, or field id to message key for each problem. */
	public record Checked(ListingQuery query, Map<String, String> problems) {

		static Checked problems(Map<String, String> problems) {
			return new Checked(null, new LinkedHashMap<>(problems));
		}
	}

	public boolean hasWords() {
		return words != null && !words.isBlank();
	}
}
