package org.bigsociety.timebank;

import java.util.List;
import java.util.Optional;

import org.bigsociety.place.AreaId;

/** The time bank module's facade for other modules: which time banks exist, and where. */
public interface TimeBanks {

	Optional<TimeBankSummary> find(TimeBankId id);

	/** The time banks that serve this area: those of the area itself and of every area it lies in, by name. */
	List<TimeBankSummary> serving(AreaId area);

	/** What other modules may show about a time bank. */
	record TimeBankSummary(TimeBankId id, String name, AreaId area) {
	}
}
