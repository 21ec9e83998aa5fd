package org.bigsociety.action.organisers;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Themes as organisers type them add up as one, however they were written. */
class ThemesTests {

	@Test
	void themesAreSplitOnCommasSemicolonsAndLinesInLowerCaseWithSingleSpacesEachOnce() {
		assertThat(ListeningCampaigns.themes(" Housing  Repairs, loneliness;\r\nhousing repairs\n, ,LONELINESS "))
			.containsExactly("housing repairs", "loneliness");
	}

	@Test
	void nothingTypedIsNoTheme() {
		assertThat(ListeningCampaigns.themes(null)).isEmpty();
		assertThat(ListeningCampaigns.themes(" ,; \n")).isEmpty();
	}
}
