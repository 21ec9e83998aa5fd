package org.bigsociety.participation.consultations.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.bigsociety.participation.consultations.Consultation;
import org.bigsociety.participation.consultations.Consultations;
import org.bigsociety.participation.consultations.Contribution;
import org.bigsociety.participation.consultations.ContributionKind;
import org.bigsociety.participation.consultations.Draft;
import org.bigsociety.participation.consultations.WordDiff;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.Area;

/** View models for the consultation pages: what a template shows, already formatted. */
final class ConsultationViews {

	private static final ZoneId LONDON = Consultations.LONDON;
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private ConsultationViews() {
	}

	/**
	 * @param status one of {@code draft}, {@code upcoming}, {@code open}, {@code closed} (a message key suffix)
	 */
	record ConsultationView(long id, String title, String summary, String area, String opensOn, String closesOn,
			String status, boolean open, boolean closed, boolean published, boolean outcomeRecorded) {
	}

	record SectionView(int number, String heading, List<ParagraphView> paragraphs) {
	}

	record ParagraphView(int number, String text, int comments, int proposals) {
	}

	/**
	 * @param author the contributor's public display name, or null once their account is gone
	 * @param changes the word-level difference (proposals only)
	 * @param answer the answer's name (a message key suffix), or null
	 */
	record ContributionView(long id, int paragraph, boolean proposal, String author, String postedOn, String text,
			List<WordDiff.Change> changes, int supports, boolean supportedByMe, boolean mine, String answer,
			String answerReason, String answeredOn) {
	}

	/** A paragraph with everything said about it, for the results page. */
	record ParagraphResults(int number, String text, List<ContributionView> proposals,
			List<ContributionView> comments) {
	}

	record SectionResults(int number, String heading, List<ParagraphResults> paragraphs) {
	}

	static ConsultationView consultation(Consultation c, Consultations consultations) {
		Instant now = consultations.now();
		String status = !c.published() ? "draft" : c.notYetOpen(now) ? "upcoming" : c.closed(now) ? "closed" : "open";
		return new ConsultationView(c.id(), c.title(), c.summary(),
				consultations.area(c.area()).map(Area::name).orElse(""), day(c.opensOn()), day(c.closesOn()), status,
				c.open(now), c.closed(now), c.published(), c.outcomeRecordedAt() != null);
	}

	static List<SectionView> sections(Draft draft, Map<Integer, int[]> counts) {
		List<SectionView> sections = new ArrayList<>();
		for (Draft.Section section : draft.sections()) {
			sections.add(new SectionView(section.number(), section.heading(), section.paragraphs().stream()
				.map(p -> paragraph(p, counts))
				.toList()));
		}
		return sections;
	}

	static ParagraphView paragraph(Draft.Paragraph p, Map<Integer, int[]> counts) {
		int[] count = counts.getOrDefault(p.number(), new int[2]);
		return new ParagraphView(p.number(), p.text(), count[0], count[1]);
	}

	static ContributionView contribution(Contribution c, String paragraphText, PersonId me, Set<Long> supported,
			Consultations consultations) {
		boolean proposal = c.kind() == ContributionKind.PROPOSAL;
		return new ContributionView(c.id(), c.paragraph(), proposal,
				consultations.displayName(c.author()).orElse(null), day(c.postedAt()), c.text(),
				proposal ? WordDiff.between(paragraphText, c.text()) : List.of(), c.supports(),
				supported.contains(c.id()), me != null && me.equals(c.author()),
				c.answer() == null ? null : c.answer().name(), c.answerReason(),
				c.answeredAt() == null ? null : day(c.answeredAt()));
	}

	static List<SectionResults> results(Draft draft, List<Contribution> all, Consultations consultations) {
		List<SectionResults> sections = new ArrayList<>();
		for (Draft.Section section : draft.sections()) {
			List<ParagraphResults> paragraphs = new ArrayList<>();
			for (Draft.Paragraph p : section.paragraphs()) {
				List<ContributionView> views = all.stream()
					.filter(c -> c.paragraph() == p.number())
					.map(c -> contribution(c, p.text(), null, Set.of(), consultations))
					.toList();
				paragraphs.add(new ParagraphResults(p.number(), p.text(),
						views.stream().filter(ContributionView::proposal).toList(),
						views.stream().filter(v -> !v.proposal()).toList()));
			}
			sections.add(new SectionResults(section.number(), section.heading(), paragraphs));
		}
		return sections;
	}

	static String day(LocalDate date) {
		return date == null ? "" : DAY.format(date);
	}

	static String day(Instant at) {
		return at == null ? "" : DAY.format(at.atZone(LONDON));
	}
}
