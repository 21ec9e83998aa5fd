package org.bigsociety.platform;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NavigationItemTests {

	@Test
	void aLinkIsCurrentOnItsOwnPagesAndOnThePartsItStandsFor() {
		NavigationItem hub = new NavigationItem("/have-your-say", "hub", 1, List.of("/petitions", "/budgets"));

		assertThat(hub.covers("/have-your-say")).isTrue();
		assertThat(hub.covers("/petitions")).isTrue();
		assertThat(hub.covers("/petitions/12/sign")).isTrue();
		assertThat(hub.covers("/petitions.json")).isTrue();
		assertThat(hub.covers("/budgets-archive")).isFalse();
		assertThat(hub.covers("/events")).isFalse();
		assertThat(new NavigationItem("/events", "events", 2).covers("/events/3")).isTrue();
	}
}
