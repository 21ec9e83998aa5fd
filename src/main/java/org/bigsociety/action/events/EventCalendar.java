package org.bigsociety.action.events;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Events as an iCalendar (RFC 5545) feed that calendar apps subscribe to. Times are in UTC (so no time zone
 * definitions are needed), each event keeps its UID for ever and raises its SEQUENCE when it changes, and an event
 * that is called off stays in the feed with STATUS:CANCELLED so subscribed calendars drop it. There is no METHOD: a
 * subscribed feed is not an iTIP (RFC 5546) message. Text is escaped
 * (section 3.3.11) and lines are folded at 75 octets without splitting a character (section 3.1).
 */
public final class EventCalendar {

	static final String CRLF = "\r\n";
	static final int MAX_OCTETS = 75;

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private EventCalendar() {
	}

	/**
	 * @param name the calendar's name, as apps show it
	 * @param baseUrl the platform's public address, for each event's link and UID domain
	 * @param kindName the name of each kind of event, for CATEGORIES
	 */
	public static String write(String name, List<Event> events, String baseUrl, Function<EventKind, String> kindName) {
		String host = URI.create(baseUrl).getHost();
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Big Society//Events//EN");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "X-WR-CALNAME:" + text(name));
		for (Event event : events) {
			String link = baseUrl + "/events/" + event.id();
			String description = event.description() + "\n\nAccess: " + event.accessibility() + "\n\n" + link;
			line(out, "BEGIN:VEVENT");
			line(out, "UID:event-" + event.id() + "@" + (host == null ? "bigsociety" : host));
			line(out, "DTSTAMP:" + UTC.format(event.updatedAt()));
			line(out, "CREATED:" + UTC.format(event.createdAt()));
			line(out, "LAST-MODIFIED:" + UTC.format(event.updatedAt()));
			line(out, "SEQUENCE:" + event.revision());
			line(out, "DTSTART:" + UTC.format(event.startsAt()));
			line(out, "DTEND:" + UTC.format(event.endsAt()));
			line(out, "SUMMARY:" + text(event.title()));
			line(out, "DESCRIPTION:" + text(description));
			line(out, "LOCATION:" + text(event.address() + ", " + event.postcode()));
			line(out, String.format(Locale.ROOT, "GEO:%.6f;%.6f", event.coordinates().latitude(),
					event.coordinates().longitude()));
			line(out, "CATEGORIES:" + text(kindName.apply(event.kind())));
			line(out, "URL:" + link);
			line(out, "STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
			line(out, "TRANSP:OPAQUE");
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
	static String text(String value) {
		return value.replaceAll("[\\p{Cc}&&[^\\r\\n\\t]]", "")
			.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\r", "\\n")
			.replace("\n", "\\n");
	}

	/** Appends a content line, folded so no physical line is longer than 75 octets of UTF-8. */
	static void line(StringBuilder out, String content) {
		int octets = 0;
		int limit = MAX_OCTETS;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append(CRLF).append(' ');
				octets = 0;
				limit = MAX_OCTETS - 1; // the leading space of a continuation line counts
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append(CRLF);
	}
}
