package org.bigsociety.record;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;

import org.bigsociety.place.AreaId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The canonical form is a published contract (docs/public-record.md): other implementations must get the same hash. */
class RecordEntryTests {

	@Test
	void canonicalFormOfTheDocumentedExampleHashesToTheDocumentedValue() throws Exception {
		String canonical = RecordEntry.canonicalForm(1, Instant.parse("2026-03-27T14:05:09.12Z"), new AreaId(12),
				"petition.responded", "The council responded to the petition for a crossing on Mare Street.",
				"petition/42/responded", RecordEntry.GENESIS_HASH);

		assertThat(canonical).isEqualTo("""
				1
				2026-03-27T14:05:09.120000Z
				12
				petition.responded
				The council responded to the petition for a crossing on Mare Street.
				petition/42/responded
				0000000000000000000000000000000000000000000000000000000000000000""");
		assertThat(HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8))))
			.isEqualTo("d47353f77c886cf4f65fad82fbabafb22e5118e84272a0f79cc0321a6526086a");
	}

	@Test
	void timestampAlwaysHasSixFractionalDigitsInUtc() {
		assertThat(RecordEntry.timestamp(Instant.parse("2026-03-27T14:05:09Z"))).isEqualTo("2026-03-27T14:05:09.000000Z");
		assertThat(RecordEntry.timestamp(Instant.parse("2026-07-01T00:00:00.000001Z")))
			.isEqualTo("2026-07-01T00:00:00.000001Z");
	}

	@Test
	void timestampDropsPrecisionFinerThanAMicrosecond() {
		assertThat(RecordEntry.timestamp(Instant.parse("2026-03-27T14:05:09.123456789Z")))
			.isEqualTo("2026-03-27T14:05:09.123456Z");
	}
}
