package org.bigsociety.participation.consultations;

import java.util.List;
import java.util.stream.Collectors;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.bigsociety.participation.consultations.WordDiff.Change;
import org.bigsociety.participation.consultations.WordDiff.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTests {

	@Test
	void showsWhichWordsChange() {
		List<Change> changes = WordDiff.between("We will plant 5,000 new trees by 2030.",
				"We will plant 8,000 new street trees by 2030.");

		assertThat(changes).containsExactly(new Change(Kind.SAME, "We will plant "), new Change(Kind.REMOVED, "5,000 "),
				new Change(Kind.ADDED, "8,000 "), new Change(Kind.SAME, "new "), new Change(Kind.ADDED, "street "),
				new Change(Kind.SAME, "trees by 2030."));
	}

	@Test
	void identicalTextIsAllTheSame() {
		assertThat(WordDiff.between("a b c", "a  b c")).extracting(Change::kind).containsOnly(Kind.SAME);
	}

	@Property
	void theBeforeAndAfterTextsCanBeRebuiltFromTheChanges(@ForAll List<@net.jqwik.api.constraints.AlphaChars String> a,
			@ForAll List<@net.jqwik.api.constraints.AlphaChars String> b) {
		String before = words(a);
		String after = words(b);
		List<Change> changes = WordDiff.between(before, after);
		assertThat(rebuild(changes, Kind.ADDED)).isEqualTo(before);
		assertThat(rebuild(changes, Kind.REMOVED)).isEqualTo(after);
	}

	private static String words(List<String> words) {
		return words.stream().filter(w -> !w.isEmpty()).collect(Collectors.joining(" "));
	}

	/** The text without the changes of one kind, spaces normalised. */
	private static String rebuild(List<Change> changes, Kind without) {
		return changes.stream()
			.filter(c -> c.kind() != without)
			.map(Change::text)
			.collect(Collectors.joining())
			.strip()
			.replaceAll("\\s+", " ");
	}
}
