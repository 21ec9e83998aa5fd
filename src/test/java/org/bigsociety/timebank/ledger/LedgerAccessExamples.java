package org.bigsociety.timebank.ledger;

import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.bigsociety.platform.DemoContent;
import org.bigsociety.timebank.Minutes;
import org.bigsociety.timebank.TimeBankId;
import org.springframework.stereotype.Component;

/**
 * A ledger book with a fixed id in Hackney, opened in every integration test's database, so the access tests have a
 * book whose brokers are the demo broker (and the administrator). Test code only: the demo time bank itself belongs to
 * the time bank module's demo content.
 */
@Component
public class LedgerAccessExamples implements DemoContent {

	public static final TimeBankId BANK = new TimeBankId(990_000_001L);

	private final Ledger ledger;
	private final Places places;

	LedgerAccessExamples(Ledger ledger, Places places) {
		this.ledger = ledger;
		this.places = places;
	}

	@Override
	public String name() {
		return "ledger-access-examples";
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	public void load() {
		places.byGssCode(new GssCode("E09000012")).ifPresent(hackney -> ledger.openBook(BANK, hackney.id(),
				new Limits(Minutes.ofHours(-10), Minutes.ofHours(40), Minutes.ofHours(2))));
	}
}
