package org.bigsociety.action.web;

import java.util.Locale;
import java.util.Optional;

import org.bigsociety.action.events.EventCalendar;
import org.bigsociety.action.events.Events;
import org.bigsociety.groups.OrganisationId;
import org.bigsociety.groups.OrganisationSummary;
import org.bigsociety.groups.Organisations;
import org.bigsociety.place.Area;
import org.bigsociety.place.AreaId;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /events.ics}: every event as an iCalendar feed, or those in one area ({@code ?area=} its number or GSS code,
 * such as {@code E09000012}) or run by one group ({@code ?group=} its number or the name in its web address).
 */
@Controller
class CalendarFeed {

	static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

	private final Events events;
	private final Places places;
	private final Organisations organisations;
	private final MessageSource messages;
	private final String baseUrl;

	CalendarFeed(Events events, Places places, Organisations organisations, MessageSource messages,
			@Value("${bigsociety.base-url}") String baseUrl) {
		this.events = events;
		this.places = places;
		this.organisations = organisations;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	@GetMapping("/events.ics")
	ResponseEntity<String> feed(@RequestParam(name = "area", required = false) String area,
			@RequestParam(name = "group", required = false) String group) {
		Locale uk = Locale.UK;
		String name = messages.getMessage("action.calendar.name", null, uk);
		AreaId areaId = null;
		OrganisationId organisation = null;
		if (area != null && group != null) {
			return problem(HttpStatus.BAD_REQUEST, "action.calendar.bothGiven");
		}
		if (area != null) {
			Optional<Area> found = area(area.strip());
			if (found.isEmpty()) {
				return problem(HttpStatus.NOT_FOUND, "action.calendar.noArea", area.strip());
			}
			areaId = found.get().id();
			name = messages.getMessage("action.calendar.name.area", new Object[] { found.get().name() }, uk);
		}
		if (group != null) {
			Optional<OrganisationSummary> found = group(group.strip());
			if (found.isEmpty()) {
				return problem(HttpStatus.NOT_FOUND, "action.calendar.noGroup", group.strip());
			}
			organisation = found.get().id();
			name = messages.getMessage("action.calendar.name.group", new Object[] { found.get().name() }, uk);
		}
		String body = EventCalendar.write(name, events.forCalendar(areaId, organisation), baseUrl,
				kind -> messages.getMessage(kind.messageKey(), null, uk));
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(15)).cachePublic())
			.header("Content-Disposition", "inline; filename=\"events.ics\"")
			.body(body);
	}

	private Optional<Area> area(String text) {
		if (text.matches("\\d{1,18}")) {
			long id = Long.parseLong(text);
			return id > 0 ? places.area(new AreaId(id)) : Optional.empty();
		}
		try {
			return places.byGssCode(new GssCode(text));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private Optional<OrganisationSummary> group(String text) {
		if (text.matches("\\d{1,18}")) {
			long id = Long.parseLong(text);
			return id > 0 ? organisations.find(new OrganisationId(id)) : Optional.empty();
		}
		return text.matches("[a-z0-9-]{1,200}") ? organisations.bySlug(text) : Optional.empty();
	}

	private ResponseEntity<String> problem(HttpStatus status, String key, Object... args) {
		String message = messages.getMessage(key, args, Locale.UK);
		return ResponseEntity.status(status)
			.contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
			.body(message + "\n");
	}
}
