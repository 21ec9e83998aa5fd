package org.bigsociety.groups.directory;

import java.time.DayOfWeek;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import org.bigsociety.groups.OrganisationId;
import org.bigsociety.place.Coordinates;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The directory's value objects refuse what cannot be, and the service form reads what people type. */
class DirectoryValuesTests {

	@Property
	void anOpeningTimeWritesItsTimesAsOpenReferralDoes(@ForAll @IntRange(min = 0, max = 1438) int opens,
			@ForAll @IntRange(min = 1, max = 60) int length) {
		int closes = Math.min(24 * 60, opens + length);
		Opening opening = new Opening(DayOfWeek.WEDNESDAY, opens, closes);
		assertThat(Opening.clock(opening.opensAt())).matches("([01][0-9]|2[0-3]):[0-5][0-9]");
		assertThat(Integer.parseInt(Opening.clock(opens).substring(0, 2)) * 60
				+ Integer.parseInt(Opening.clock(opens).substring(3))).isEqualTo(opens);
		assertThat(opening.byDay()).isEqualTo("WE");
	}

	@Test
	void refusesAnOpeningThatClosesBeforeItOpensOrRunsPastMidnight() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Opening(DayOfWeek.MONDAY, 600, 600));
		assertThatIllegalArgumentException().isThrownBy(() -> new Opening(DayOfWeek.MONDAY, 600, 500));
		assertThatIllegalArgumentException().isThrownBy(() -> new Opening(DayOfWeek.MONDAY, 1400, 1441));
		assertThatIllegalArgumentException().isThrownBy(() -> new Opening(null, 600, 700));
		assertThat(Opening.clock(24 * 60)).isEqualTo("24:00");
	}

	@Test
	void aQueryRefusesADistanceWithoutAPlaceAndPagesOutOfRange() {
		Coordinates hackney = new Coordinates(51.545, -0.055);
		assertThat(DirectoryQuery.near(hackney, 2000, 20).offset()).isZero();
		assertThat(DirectoryQuery.all(3, 20).offset()).isEqualTo(40);
		assertThatIllegalArgumentException().isThrownBy(() -> DirectoryQuery.near(hackney, 50_001, 20));
		assertThatIllegalArgumentException().isThrownBy(() -> DirectoryQuery.near(hackney, 0, 20));
		assertThatIllegalArgumentException().isThrownBy(() -> DirectoryQuery.all(0, 20));
		assertThatIllegalArgumentException().isThrownBy(() -> DirectoryQuery.all(1, 101));
		assertThatIllegalArgumentException().isThrownBy(() -> new DirectoryQuery(null, null, null, null, null, null,
				null, null, null, null, null, 100L, null, 1, 10));
		assertThatIllegalArgumentException().isThrownBy(() -> new DirectoryQuery("x".repeat(201), null, null, null,
				null, null, null, null, null, null, null, null, null, 1, 10));
		assertThat(new DirectoryQuery("  ", null, null, null, null, null, null, null, null, null, null, null, null, 1,
				10).words()).isNull();
	}

	static ServiceForm form(String cost, String day, String opens, String closes) {
		return new ServiceForm("Lunch club", "Lunch for neighbours.", "", "", "", cost, "", "", "", "E8 1DY", "", "", "",
				"", day, opens, closes);
	}

	@Test
	void theServiceFormReadsCostsInPoundsAndPenceAndLeavesAnEmptyCostFree() {
		OrganisationId group = new OrganisationId(1);
		assertThat(form("", "", "", "").problems()).isEmpty();
		assertThat(form("", "", "", "").toService(UUID.randomUUID(), group).free()).isTrue();
		assertThat(form("3.50", "", "", "").toService(UUID.randomUUID(), group).costPence()).isEqualTo(350);
		assertThat(form("£3.5", "", "", "").toService(UUID.randomUUID(), group).costPence()).isEqualTo(350);
		assertThat(form("12", "", "", "").toService(UUID.randomUUID(), group).costPence()).isEqualTo(1200);
		assertThat(form("0", "", "", "").problems()).containsKey("cost");
		assertThat(form("a fiver", "", "", "").problems()).containsKey("cost");
		assertThat(form("3.505", "", "", "").problems()).containsKey("cost");
	}

	@Test
	void theServiceFormWantsAWholeOpeningTimeOrNone() {
		OrganisationId group = new OrganisationId(1);
		NewService service = form("", "FRIDAY", "9:30", "12.00").toService(UUID.randomUUID(), group);
		assertThat(service.openings()).containsExactly(new Opening(DayOfWeek.FRIDAY, 570, 720));
		assertThat(form("", "FRIDAY", "", "").problems()).containsKeys("opens", "closes");
		assertThat(form("", "", "09:00", "10:00").problems()).containsKey("day");
		assertThat(form("", "FRIDAY", "11:00", "10:00").problems()).containsEntry("closes",
				"groups.serviceForm.time.order");
		assertThat(form("", "Someday", "09:00", "10:00").problems()).containsKey("day");
	}

	@Test
	void theServiceFormNeedsANameADescriptionAndARealPostcode() {
		ServiceForm empty = ServiceForm.empty();
		assertThat(empty.problems()).containsKeys("name", "description", "postcode");
		ServiceForm badPostcode = new ServiceForm("Club", "A club.", "", "", "", "", "", "", "", "nowhere", "nobody",
				"", "www.example.org", "food", "", "", "");
		assertThat(badPostcode.problems()).containsKeys("postcode", "email", "website", "term");
		ServiceForm ages = new ServiceForm("Club", "A club.", "", "18", "11", "", "", "", "", "E8 1DY", "", "", "", "",
				"", "", "");
		assertThat(ages.problems()).containsEntry("maximumAge", "groups.serviceForm.age.order");
	}
}
