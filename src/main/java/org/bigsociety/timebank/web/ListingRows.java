package org.bigsociety.timebank.web;

import java.util.List;

import org.bigsociety.place.Area;
import org.bigsociety.place.Places;
import org.bigsociety.timebank.listings.Categories;
import org.bigsociety.timebank.listings.Listing;
import org.bigsociety.timebank.membership.Member;
import org.bigsociety.timebank.membership.Members;
import org.bigsociety.timebank.membership.Memberships;
import org.springframework.stereotype.Component;

/** Listings as pages show them: names from the people module, places by outward code and area only. */
@Component
class ListingRows {

	private final Members members;
	private final Memberships memberships;
	private final Places places;

	ListingRows(Members members, Memberships memberships, Places places) {
		this.members = members;
		this.memberships = memberships;
		this.places = places;
	}

	/**
	 * @param postedBy the broker who posted it for the member, or null if the member posted it
	 * @param distance how far from the search's postcode, as text, or null
	 */
	record ListingRow(long id, long memberId, String kind, String categoryKey, String title, String description,
			List<String> tags, String availability, String place, String memberName, String posted, String postedBy,
			boolean open, String distance) {
	}

	ListingRow row(Listing listing, Long metres) {
		Member member = members.find(listing.memberId()).orElseThrow();
		String place = null;
		if (listing.postcode() != null) {
			String areaName = listing.area() == null ? null : places.area(listing.area()).map(Area::name).orElse(null);
			place = areaName == null ? listing.outward() : listing.outward() + ", " + areaName;
		}
		String postedBy = listing.createdBy().equals(member.actingPerson()) ? null
				: memberships.name(listing.createdBy());
		return new ListingRow(listing.id(), listing.memberId(), listing.kind().name(),
				Categories.messageKey(listing.category()), listing.title(), listing.description(), listing.tags(),
				listing.availability(), place, memberships.name(member), Dates.day(listing.createdAt()), postedBy,
				listing.open(), metres == null ? null : distance(metres));
	}

	/** Distance as people in the UK say it: in miles, to one decimal place under ten. */
	static String distance(long metres) {
		double miles = metres / 1609.344;
		if (miles < 0.1) {
			return "less than 0.1 miles";
		}
		if (miles < 10) {
			return String.format(java.util.Locale.UK, "%.1f miles", miles);
		}
		return Math.round(miles) + " miles";
	}
}
