package org.bigsociety.timebank.web;

import java.util.List;
import java.util.Map;

import org.bigsociety.place.Doorstep;
import org.bigsociety.place.DoorstepSection;
import org.bigsociety.timebank.listings.ListingQuery;
import org.bigsociety.timebank.listings.Listings;
import org.bigsociety.timebank.membership.TimeBank;
import org.bigsociety.timebank.membership.TimeBankDirectory;
import org.springframework.stereotype.Component;

/** On {@code /near/{postcode}}: the time banks serving that place, and a few of their listings close by. */
@Component
class TimeBankDoorstep implements DoorstepSection {

	static final int LISTINGS = 3;

	private final TimeBankDirectory directory;
	private final Listings listings;
	private final ListingRows rows;

	TimeBankDoorstep(TimeBankDirectory directory, Listings listings, ListingRows rows) {
		this.directory = directory;
		this.listings = listings;
		this.rows = rows;
	}

	record NearBank(String slug, String name, List<ListingRows.ListingRow> listings) {
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String fragment() {
		return "timebank/near :: section";
	}

	@Override
	public Map<String, Object> model(Doorstep doorstep) {
		List<NearBank> banks = directory.serving(doorstep.smallest().id()).stream().map(summary -> {
			TimeBank bank = directory.bank(summary.id()).orElseThrow();
			ListingQuery query = new ListingQuery("", null, null, doorstep.postcode(), doorstep.coordinates(),
					Math.round(ListingQuery.DEFAULT_MILES * 1609.344), LISTINGS);
			return new NearBank(bank.slug(), bank.name(), listings.search(bank.id(), query).stream()
				.map(found -> rows.row(found.listing(), found.metres())).toList());
		}).toList();
		return Map.of("timeBanks", banks, "postcode", doorstep.postcode().compact());
	}
}
