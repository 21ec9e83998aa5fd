package org.bigsociety.timebank.listings;

import java.time.Instant;
import java.util.List;

import org.bigsociety.people.PersonId;
import org.bigsociety.place.AreaId;
import org.bigsociety.place.Coordinates;
import org.bigsociety.place.Postcode;
import org.bigsociety.timebank.TimeBankId;

/**
 * An offer of help or a request for it, by one member of a time bank.
 *
 * @param postcode where, if given; shown only by its outward code
 * @param createdBy who posted it: the member's own person, or a broker acting for them
 */
public record Listing(long id, TimeBankId timeBank, long memberId, Kind kind, String category, String title,
		String description, List<String> tags, String availability, Postcode postcode, AreaId area,
		Coordinates coordinates, Status status, Instant createdAt, PersonId createdBy, Instant closedAt) {

	public enum Kind {
		OFFER, REQUEST;

		public Kind opposite() {
			return this == OFFER ? REQUEST : OFFER;
		}
	}

	public enum Status {
		OPEN, CLOSED
	}

	public Listing {
		tags = List.copyOf(tags);
	}

	public boolean open() {
		return status == Status.OPEN;
	}

	/** The part of the postcode that is safe to show, such as {@code E8}. */
	public String outward() {
		return postcode == null ? null : postcode.outward();
	}
}
