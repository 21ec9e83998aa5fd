package org.bigsociety.action;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.bigsociety.IntegrationTest;
import org.bigsociety.TestClock;
import org.bigsociety.action.events.Events;
import org.bigsociety.people.People;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The iCalendar feeds, read back with ical4j (an independent RFC 5545 parser) as a calendar app would. */
@IntegrationTest
class CalendarFeedTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Events events;

	@Autowired
	People people;

	@Autowired
	Places places;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	ActionFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ActionFixtures(events, people, places, jdbc, clock);
	}

	@Test
	void everyEventIsInTheFeedWithItsTextUnescapedExactlyAndItsTimesInUtc() throws Exception {
		String title = ActionFixtures.unique("Lunch; bring chairs, tables \\ and songs – “everyone” welcome ☕");
		EventId id = fixtures.event().title(title).scheduled();

		Calendar calendar = feed("/events.ics");

		VEvent event = eventWithUid(calendar, "event-" + id + "@localhost");
		assertThat(value(event, Property.SUMMARY)).isEqualTo(title);
		assertThat(value(event, Property.LOCATION)).isEqualTo("Outside 12 Mare Street, E8 1DY");
		assertThat(value(event, Property.DESCRIPTION)).startsWith("Bring a dish to share.\n\nAccess: Step-free.")
			.endsWith("/events/" + id);
		assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
		assertThat(value(event, Property.DTSTART)).isEqualTo(utc(events.get(id).startsAt()));
		assertThat(value(event, Property.DTEND)).isEqualTo(utc(events.get(id).endsAt()));
		assertThat(event.getProperty(Property.DTSTAMP)).isPresent();
		// ical4j's GEO rule forgets the sign RFC 5545 allows (3.3.6: float = ["+" / "-"] 1*DIGIT ...), and every
		// London longitude west of Greenwich is negative; everything else must validate.
		assertThat(calendar.validate().getEntries())
			.filteredOn(entry -> !"GEO".equals(entry.getContext()))
			.isEmpty();
		assertThat(value(event, Property.GEO)).matches("[+-]?\\d+\\.\\d+;[+-]?\\d+\\.\\d+");
	}

	@Test
	void longTextIsFoldedWithinSeventyFiveOctetsAndUnfoldsToTheSame() throws Exception {
		String title = ActionFixtures.unique("Très longue fête de rue ☕ ".repeat(4)).strip();
		EventId id = fixtures.event().title(title).scheduled();

		MvcResult result = mvc.perform(get("/events.ics")).andReturn();
		byte[] raw = result.getResponse().getContentAsByteArray();
		String text = new String(raw, StandardCharsets.UTF_8);

		assertThat(result.getResponse().getContentType()).startsWith("text/calendar");
		assertThat(text).contains("\r\n ").doesNotContain("\n\n");
		for (String line : text.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		VEvent event = eventWithUid(new CalendarBuilder().build(new StringReader(text)), "event-" + id + "@localhost");
		assertThat(value(event, Property.SUMMARY)).isEqualTo(title);
	}

	@Test
	void aCalledOffEventStaysInTheFeedAsCancelledWithAHigherSequence() throws Exception {
		EventId id = fixtures.event().scheduled();
		events.callOff(id, fixtures.demo("organiser"), "Rain");

		VEvent event = eventWithUid(feed("/events.ics"), "event-" + id + "@localhost");

		assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
		assertThat(value(event, Property.SEQUENCE)).isEqualTo("1");
	}

	@Test
	void anAreasFeedHoldsOnlyEventsInThatArea() throws Exception {
		EventId id = fixtures.event().scheduled();
		long hackney = places.byGssCode(ActionFixtures.HACKNEY).orElseThrow().id().value();
		long elsewhere = places.byGssCode(new GssCode("E09000033")).orElseThrow().id().value();

		assertThat(uids(feed("/events.ics?area=E09000012"))).contains("event-" + id + "@localhost");
		assertThat(uids(feed("/events.ics?area=" + hackney))).contains("event-" + id + "@localhost");
		assertThat(uids(feed("/events.ics?area=" + elsewhere))).doesNotContain("event-" + id + "@localhost");
		assertThat(value(feed("/events.ics?area=E09000012"), "X-WR-CALNAME")).isEqualTo("Events in Hackney – Big Society");
	}

	@Test
	void refusesAnUnknownAreaOrGroupAndAskingForBoth() throws Exception {
		assertThat(mvc.perform(get("/events.ics?area=E09999999")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/events.ics?area=not-an-area")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/events.ics?group=999999999")).andReturn().getResponse().getStatus()).isEqualTo(404);
		MvcResult both = mvc.perform(get("/events.ics?group=1&area=1")).andReturn();
		assertThat(both.getResponse().getStatus()).isEqualTo(400);
		assertThat(both.getResponse().getContentAsString()).contains("one area or of one group");
	}

	@Test
	void eventsThatEndedMoreThanThirtyDaysAgoLeaveTheFeed() throws Exception {
		EventId id = fixtures.event().startsIn(Duration.ofDays(1)).scheduled();
		try {
			clock.advance(Duration.ofDays(20));
			assertThat(uids(feed("/events.ics"))).contains("event-" + id + "@localhost");
			clock.advance(Duration.ofDays(20));
			assertThat(uids(feed("/events.ics"))).doesNotContain("event-" + id + "@localhost");
		}
		finally {
			clock.reset();
		}
	}

	private Calendar feed(String path) throws Exception {
		MvcResult result = mvc.perform(get(path)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return new CalendarBuilder().build(new StringReader(
				new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8)));
	}

	private static List<String> uids(Calendar calendar) {
		return calendar.<VEvent>getComponents("VEVENT").stream().map(e -> value(e, Property.UID)).toList();
	}

	private static VEvent eventWithUid(Calendar calendar, String uid) {
		return calendar.<VEvent>getComponents("VEVENT").stream()
			.filter(e -> uid.equals(value(e, Property.UID)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No event " + uid + " in the feed"));
	}

	private static String value(net.fortuna.ical4j.model.PropertyContainer container, String name) {
		return container.getProperty(name).map(Property::getValue).orElse(null);
	}

	private static String value(Calendar calendar, String name) {
		return calendar.getProperty(name).map(Property::getValue).orElse(null);
	}

	private static String utc(Instant instant) {
		return java.time.format.DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
			.withZone(java.time.ZoneOffset.UTC)
			.format(instant);
	}
}
