package org.bigsociety.timebank.ledger;

import java.time.LocalDate;
import java.util.HexFormat;

import org.bigsociety.place.AreaId;
import org.bigsociety.record.PublicFact;
import org.bigsociety.timebank.TimeBankId;

/**
 * A time bank's book closed a day: how many transfers it posted that day, how many minutes they moved, and the
 * SHA-256 of that day's entries in their canonical form (see {@link DayClosings#canonicalLine}), so anyone can later
 * check that the day was not rewritten. Names nobody.
 *
 * @param entriesHash 64 lower-case hex digits
 */
public record DayClosed(AreaId area, TimeBankId bank, LocalDate day, long transfers, long minutes, String entriesHash)
		implements PublicFact {

	@Override
	public String kind() {
		return "timebank.day-closed";
	}

	@Override
	public String reference() {
		return "timebank/" + bank + "/day/" + day;
	}

	/**
	 * One sentence; the hash is written in colon-separated pairs (like a certificate fingerprint) so that no run of
	 * its digits can read as a phone number to the record's personal-data check.
	 */
	@Override
	public String summary() {
		return "Time bank " + bank + ", day " + day + ": " + transfers + (transfers == 1 ? " transfer" : " transfers")
				+ " moving " + minutes + (minutes == 1 ? " minute" : " minutes") + ". SHA-256 of the day's entries: "
				+ fingerprint(entriesHash) + ".";
	}

	/** {@code ab01...} as {@code AB:01:...}. */
	public static String fingerprint(String hex) {
		return HexFormat.ofDelimiter(":").withUpperCase().formatHex(HexFormat.of().parseHex(hex));
	}
}
