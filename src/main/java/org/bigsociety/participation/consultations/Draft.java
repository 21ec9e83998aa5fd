package org.bigsociety.participation.consultations;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A consultation's draft as residents read it: sections, each with a heading, and paragraphs numbered through the whole
 * document (so "paragraph 7" means one thing). Officers type it as plain text: a line starting with {@code #} begins a
 * section and is its heading; paragraphs are separated by blank lines; the lines of one paragraph are joined.
 */
public record Draft(List<Section> sections) {

	public static final int MAX_CHARACTERS = 100_000;
	public static final int MAX_PARAGRAPHS = 300;
	public static final int MAX_HEADING = 200;

	public record Section(int number, String heading, List<Paragraph> paragraphs) {

		public Section {
			paragraphs = List.copyOf(paragraphs);
		}
	}

	public record Paragraph(int number, String text) {

		public Paragraph {
			if (number < 1 || text == null || text.isBlank()) {
				throw new IllegalArgumentException("A paragraph has a positive number and some text");
			}
		}
	}

	/** Why typed text is not a draft; {@code messageKey} is the message to show the officer. */
	public static final class Unreadable extends RuntimeException {

		private final String messageKey;

		Unreadable(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return messageKey;
		}
	}

	public Draft {
		sections = List.copyOf(sections);
		if (sections.isEmpty()) {
			throw new IllegalArgumentException("A draft has at least one section");
		}
	}

	public List<Paragraph> paragraphs() {
		return sections.stream().flatMap(s -> s.paragraphs().stream()).toList();
	}

	/** The section a paragraph is in. */
	public Section sectionOf(int paragraph) {
		return sections.stream()
			.filter(s -> s.paragraphs().stream().anyMatch(p -> p.number() == paragraph))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No paragraph " + paragraph));
	}

	/**
	 * Reads the plain text an officer typed.
	 *
	 * @throws Unreadable if it is blank, too long, starts without a heading, has a section with no paragraphs, an
	 * over-long heading, or too many paragraphs
	 */
	public static Draft parse(String typed) {
		if (typed == null || typed.isBlank()) {
			throw new Unreadable("consultations.error.draft.blank");
		}
		if (typed.length() > MAX_CHARACTERS) {
			throw new Unreadable("consultations.error.draft.tooLong");
		}
		List<Section> sections = new ArrayList<>();
		String heading = null;
		List<Paragraph> paragraphs = new ArrayList<>();
		StringBuilder paragraph = new StringBuilder();
		int number = 0;
		for (String raw : typed.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
			String line = raw.strip();
			if (line.startsWith("#")) {
				number = endParagraph(paragraph, paragraphs, number);
				if (heading != null) {
					sections.add(section(sections.size() + 1, heading, paragraphs));
				}
				heading = line.replaceFirst("^#+", "").strip();
				if (heading.isEmpty()) {
					throw new Unreadable("consultations.error.draft.emptyHeading");
				}
				if (heading.length() > MAX_HEADING) {
					throw new Unreadable("consultations.error.draft.longHeading");
				}
				paragraphs = new ArrayList<>();
			}
			else if (line.isEmpty()) {
				number = endParagraph(paragraph, paragraphs, number);
			}
			else {
				if (heading == null) {
					throw new Unreadable("consultations.error.draft.noHeading");
				}
				if (paragraph.length() > 0) {
					paragraph.append(' ');
				}
				paragraph.append(line.replaceAll("\\s+", " "));
			}
			if (number > MAX_PARAGRAPHS) {
				throw new Unreadable("consultations.error.draft.tooMany");
			}
		}
		number = endParagraph(paragraph, paragraphs, number);
		if (number > MAX_PARAGRAPHS) {
			throw new Unreadable("consultations.error.draft.tooMany");
		}
		sections.add(section(sections.size() + 1, Objects.requireNonNull(heading), paragraphs));
		return new Draft(sections);
	}

	private static int endParagraph(StringBuilder paragraph, List<Paragraph> paragraphs, int number) {
		if (paragraph.length() == 0) {
			return number;
		}
		paragraphs.add(new Paragraph(number + 1, paragraph.toString()));
		paragraph.setLength(0);
		return number + 1;
	}

	private static Section section(int number, String heading, List<Paragraph> paragraphs) {
		if (paragraphs.isEmpty()) {
			throw new Unreadable("consultations.error.draft.emptySection");
		}
		return new Section(number, heading, paragraphs);
	}
}
