package org.bigsociety.participation.consultations;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DraftTests {

	@Test
	void readsSectionsByHeadingLinesAndParagraphsByBlankLines() {
		Draft draft = Draft.parse("""
				# Our vision
				Parks are for everyone.
				Every resident should live near one.

				We will look after them.
				## Nature
				Let the grass grow.


				Plant trees.
				""");

		assertThat(draft.sections()).hasSize(2);
		assertThat(draft.sections().get(0).heading()).isEqualTo("Our vision");
		assertThat(draft.sections().get(0).paragraphs()).extracting(Draft.Paragraph::text)
			.containsExactly("Parks are for everyone. Every resident should live near one.", "We will look after them.");
		assertThat(draft.sections().get(1).heading()).isEqualTo("Nature");
		assertThat(draft.paragraphs()).extracting(Draft.Paragraph::number).containsExactly(1, 2, 3, 4);
		assertThat(draft.sectionOf(3).number()).isEqualTo(2);
	}

	@Test
	void readsWindowsLineEndingsAndCollapsesSpaces() {
		Draft draft = Draft.parse("# A\r\none   two\r\n\r\nthree\r\n");
		assertThat(draft.paragraphs()).extracting(Draft.Paragraph::text).containsExactly("one two", "three");
	}

	@Test
	void refusesBlankText() {
		assertUnreadable("  \n\n ", "consultations.error.draft.blank");
		assertUnreadable(null, "consultations.error.draft.blank");
	}

	@Test
	void refusesTextBeforeTheFirstHeading() {
		assertUnreadable("Some words\n# Heading\nText", "consultations.error.draft.noHeading");
	}

	@Test
	void refusesASectionWithoutParagraphs() {
		assertUnreadable("# One\n\n# Two\nText", "consultations.error.draft.emptySection");
		assertUnreadable("# One\nText\n# Two\n", "consultations.error.draft.emptySection");
	}

	@Test
	void refusesAnEmptyOrHugeHeading() {
		assertUnreadable("#\nText", "consultations.error.draft.emptyHeading");
		assertUnreadable("# " + "x".repeat(201) + "\nText", "consultations.error.draft.longHeading");
	}

	@Test
	void refusesHugeDrafts() {
		assertUnreadable("# A\n" + "x".repeat(Draft.MAX_CHARACTERS), "consultations.error.draft.tooLong");
		assertUnreadable("# A\n" + "p\n\n".repeat(Draft.MAX_PARAGRAPHS + 1), "consultations.error.draft.tooMany");
		assertThat(Draft.parse("# A\n" + "p\n\n".repeat(Draft.MAX_PARAGRAPHS)).paragraphs()).hasSize(Draft.MAX_PARAGRAPHS);
	}

	private static void assertUnreadable(String text, String key) {
		assertThatThrownBy(() -> Draft.parse(text)).isInstanceOfSatisfying(Draft.Unreadable.class,
				e -> assertThat(e.messageKey()).isEqualTo(key));
	}
}
