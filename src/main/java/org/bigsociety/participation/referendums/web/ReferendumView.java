package org.bigsociety.participation.referendums.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bigsociety.participation.referendums.Referendum;
import org.bigsociety.participation.referendums.Referendums;
import org.bigsociety.place.Area;

/** What the pages show of a referendum or poll; never the stored record itself. */
record ReferendumView(long id, boolean poll, String question, List<String> explanation, String area, String status,
		String opens, String closes, boolean open, boolean counted, int passPercent, int minimumTurnout,
		String verification, int minChoices, int maxChoices, List<Answer> answers, Integer rollSize, Integer ballots,
		String turnoutPercent, Boolean passed, String ballotHash, int chartHeight) {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("h:mma 'on' d MMMM yyyy", Locale.UK);
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	/**
	 * One answer and, once counted, its votes, share of the ballots (one decimal place, rounded half up in integer
	 * arithmetic) and bar geometry for the SVG chart.
	 */
	record Answer(int position, String label, Integer votes, String percent, int barY, int labelY, int barWidth,
			int countX) {
	}

	static ReferendumView of(Referendum r, Referendums referendums) {
		Instant now = referendums.now();
		String area = referendums.area(r.area()).map(Area::name).orElse("");
		boolean counted = r.ballots() != null;
		int total = 0;
		int max = 1;
		if (counted) {
			for (Referendum.Option o : r.options()) {
				int v = o.votes() == null ? 0 : o.votes();
				total += v;
				max = Math.max(max, v);
			}
		}
		List<Answer> answers = new ArrayList<>();
		int y = 0;
		for (Referendum.Option o : r.options()) {
			int votes = o.votes() == null ? 0 : o.votes();
			int width = counted ? (int) ((long) votes * 300 / max) : 0;
			answers.add(new Answer(o.position(), o.label(), counted ? votes : null,
					counted ? tenths(votes, r.poll() ? r.ballots() : total) : null, y + 22, y + 16, width,
					width + 6));
			y += 48;
		}
		String turnout = counted && !r.poll() && r.rollSize() != null ? tenths(r.ballots(), r.rollSize()) : null;
		String status = switch (r.state()) {
			case DRAFT -> "DRAFT";
			case OPEN -> r.openAt(now) ? "OPEN" : "CLOSED";
			case COUNTED -> "COUNTED";
		};
		return new ReferendumView(r.id(), r.poll(), r.question(), paragraphs(r.explanation()), area, status,
				WHEN.format(r.opensAt().atZone(LONDON)).replace("AM", "am").replace("PM", "pm"),
				WHEN.format(r.closesAt().atZone(LONDON)).replace("AM", "am").replace("PM", "pm"), r.openAt(now),
				counted, r.rule().percent(), r.rule().minimumTurnout(), r.verification().name(), r.minChoices(),
				r.maxChoices(), answers, r.rollSize(), r.ballots(), turnout, r.passed(), r.ballotHash(), Math.max(48, y));
	}

	static String day(Instant at) {
		return DAY.format(at.atZone(LONDON));
	}

	/** {@code part} of {@code whole} as a percentage with one decimal place, rounded half up; "0.0" of nothing. */
	static String tenths(long part, long whole) {
		if (whole <= 0) {
			return "0.0";
		}
		long tenths = (part * 2000 + whole) / (2 * whole);
		return (tenths / 10) + "." + (tenths % 10);
	}

	private static List<String> paragraphs(String text) {
		List<String> paragraphs = new ArrayList<>();
		for (String p : text.split("\\R\\s*\\R")) {
			if (!p.isBlank()) {
				paragraphs.add(p.trim());
			}
		}
		return paragraphs;
	}
}
