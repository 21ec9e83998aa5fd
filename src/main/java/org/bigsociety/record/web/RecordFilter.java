package org.bigsociety.record.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bigsociety.place.AreaId;
import org.bigsociety.record.RecordEntry;
import org.bigsociety.record.RecordQuery;

/**
 * The filter form on the record page, as typed. Every field is optional; {@link #check()} turns it into a query or
 * into the errors to show.
 *
 * @param area an area's number
 * @param kind such as {@code petition.responded}
 * @param from the first day to show, as {@code 2026-03-27} (what a date input sends) or {@code 27/3/2026}
 * @param to the last day to show, the same way
 */
record RecordFilter(String area, String kind, String from, String to) {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-M-d")
		.withResolverStyle(ResolverStyle.STRICT);
	private static final DateTimeFormatter BRITISH = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	RecordFilter {
		area = trimmed(area);
		kind = trimmed(kind) == null ? null : trimmed(kind).toLowerCase(Locale.ROOT);
		from = trimmed(from);
		to = trimmed(to);
	}

	static RecordFilter none() {
		return new RecordFilter(null, null, null, null);
	}

	/** The errors in what was typed, in the order of the fields, each as a field id and a message key. */
	Checked check(int limit, Long before, Long after) {
		List<FieldProblem> problems = new ArrayList<>();
		AreaId areaId = null;
		if (area != null) {
			try {
				areaId = new AreaId(Long.parseLong(area));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("area", "record.filter.area.invalid"));
			}
		}
		if (kind != null && !RecordEntry.KIND.matcher(kind).matches()) {
			problems.add(new FieldProblem("kind", "record.filter.kind.invalid"));
		}
		LocalDate fromDate = date(from);
		if (from != null && fromDate == null) {
			problems.add(new FieldProblem("from", "record.filter.from.invalid"));
		}
		LocalDate toDate = date(to);
		if (to != null && toDate == null) {
			problems.add(new FieldProblem("to", "record.filter.to.invalid"));
		}
		if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
			problems.add(new FieldProblem("to", "record.filter.to.beforeFrom"));
		}
		if (!problems.isEmpty()) {
			return new Checked(null, problems);
		}
		RecordQuery query = new RecordQuery(areaId, kind,
				fromDate == null ? null : fromDate.atStartOfDay(LONDON).toInstant(),
				toDate == null ? null : toDate.plusDays(1).atStartOfDay(LONDON).toInstant(), before, after, limit);
		return new Checked(query, List.of());
	}

	public boolean isEmpty() {
		return area == null && kind == null && from == null && to == null;
	}

	private static LocalDate date(String text) {
		if (text == null) {
			return null;
		}
		for (DateTimeFormatter format : new DateTimeFormatter[] { ISO, BRITISH }) {
			try {
				LocalDate date = LocalDate.parse(text, format);
				// Outside these years the text is almost certainly a typing slip, not a date on the record.
				return date.getYear() >= 1900 && date.getYear() <= 9999 ? date : null;
			}
			catch (DateTimeParseException ex) {
				// try the next format
			}
		}
		return null;
	}

	private static String trimmed(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	record FieldProblem(String field, String messageKey) {
	}

	record Checked(RecordQuery query, List<FieldProblem> problems) {
	}
}
