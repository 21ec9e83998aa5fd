package org.bigsociety.participation.ideas.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bigsociety.groups.OrganisationSummary;
import org.bigsociety.participation.ideas.Call;
import org.bigsociety.participation.ideas.Idea;
import org.bigsociety.participation.ideas.IdeasCalls;
import org.bigsociety.participation.ideas.Ranking;
import org.bigsociety.place.Area;

/** View models for the ideas pages: only what a page shows, formatted, never a secret. */
final class IdeasViews {

	private static final java.time.ZoneId LONDON = java.time.ZoneId.of("Europe/London");
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	private IdeasViews() {
	}

	record CallView(long id, String title, String challenge, String area, String phase, String closes,
			String weekendDate, String weekendPlace, int weekendCapacity, boolean accepting, boolean judged) {
	}

	record IdeaView(long id, long callId, String title, String problem, String proposal, String beneficiaries,
			String author, int supports, boolean supported, boolean shortlisted, String shortlistNote, String outcome,
			String amount, String outcomeNote, String groupName, String groupPath) {
	}

	record RankRow(int rank, long idea, String title, String mean, long maximum, int judges, boolean shortlisted,
			String note) {
	}

	static CallView call(Call call, IdeasCalls calls) {
		Instant now = calls.now();
		// The deadline is midnight at the end of the closing day; the page names that day.
		LocalDate lastDay = LocalDate.ofInstant(call.ideasCloseAt().minusSeconds(1), LONDON);
		return new CallView(call.id(), call.title(), call.challenge(),
				calls.area(call).map(Area::name).orElse(""), call.phase().name(), DAY.format(lastDay),
				DAY.format(call.weekendDate()), call.weekendPlace(), call.weekendCapacity(), call.acceptingIdeas(now),
				call.phase().judged());
	}

	static IdeaView idea(Idea idea, IdeasCalls calls, Set<Long> supported) {
		Optional<OrganisationSummary> group = calls.group(idea);
		return new IdeaView(idea.id(), idea.callId(), idea.title(), idea.problem(), idea.proposal(),
				idea.beneficiaries(), calls.name(idea.authorId()), idea.supports(), supported.contains(idea.id()),
				idea.shortlisted(), idea.shortlistNote(), idea.outcome() == null ? null : idea.outcome().name(),
				idea.outcomePence() == null ? null : pounds(idea.outcomePence()), idea.outcomeNote(),
				group.map(OrganisationSummary::name).orElse(null), group.map(OrganisationSummary::profilePath)
					.orElse(null));
	}

	static List<IdeaView> ideas(List<Idea> ideas, IdeasCalls calls, Set<Long> supported) {
		return ideas.stream().map(i -> idea(i, calls, supported)).toList();
	}

	static List<RankRow> ranking(List<Ranking.Place> places, List<Idea> ideas) {
		Map<Long, Idea> byId = new HashMap<>();
		ideas.forEach(i -> byId.put(i.id(), i));
		return places.stream().map(p -> {
			Idea idea = byId.get(p.idea());
			return new RankRow(p.rank(), p.idea(), idea.title(), p.mean().toPlainString(), p.maximum(), p.judges(),
					idea.shortlisted(), idea.shortlistNote());
		}).toList();
	}

	static String pounds(long pence) {
		return pence % 100 == 0 ? String.format(Locale.UK, "£%,d", pence / 100)
				: String.format(Locale.UK, "£%,d.%02d", pence / 100, pence % 100);
	}

	/** A whole number as typed, or null if it is not one (or is absurdly long). */
	static Integer number(String text) {
		if (text == null || text.isBlank() || text.strip().length() > 9) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	/** A day typed as three numbers, or null if they are not a date. */
	static LocalDate date(String day, String month, String year) {
		Integer d = number(day);
		Integer m = number(month);
		Integer y = number(year);
		if (d == null || m == null || y == null || y < 2000 || y > 2200) {
			return null;
		}
		try {
			return LocalDate.of(y, m, d);
		}
		catch (java.time.DateTimeException e) {
			return null;
		}
	}

	/** An amount of money typed in pounds (commas and a £ allowed, at most two decimals), in pence; null if not. */
	static Long pence(String text) {
		if (text == null) {
			return null;
		}
		String cleaned = text.strip().replace(",", "").replace("£", "");
		if (!cleaned.matches("\\d{1,9}(\\.\\d{1,2})?")) {
			return null;
		}
		return new java.math.BigDecimal(cleaned).movePointRight(2).longValueExact();
	}
}
