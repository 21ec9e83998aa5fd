package org.bigsociety.participation.forums;

import java.util.List;
import java.util.stream.Collectors;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A post's words: refused when blank or huge, split into lines of text and links without losing a character. */
class PostTextTests {

	@Test
	void refusesBlankAndHugeText() {
		assertThatThrownBy(() -> new PostText(" \n\t ")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new PostText(null)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new PostText("x".repeat(PostText.MAX_LENGTH + 1)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(new PostText("x".repeat(PostText.MAX_LENGTH)).value()).hasSize(PostText.MAX_LENGTH);
	}

	@Test
	void findsHttpAndHttpsAddressesOnlyAndLeavesTrailingPunctuationOut() {
		PostText text = new PostText("See https://example.org/a?b=1, or (http://example.org/c). Not javascript:alert(1) nor ftp://x.example");
		assertThat(text.links()).isEqualTo(2);
		List<PostText.Segment> line = text.lines().get(0);
		assertThat(line).filteredOn(PostText.Segment::link).extracting(PostText.Segment::text)
			.containsExactly("https://example.org/a?b=1", "http://example.org/c");
	}

	@Test
	void keepsLinesAndNormalisesLineEndings() {
		PostText text = new PostText("one\r\ntwo\rthree\n\nfive");
		assertThat(text.lines()).hasSize(5);
		assertThat(text.value()).isEqualTo("one\ntwo\nthree\n\nfive");
	}

	@Property
	void linesPutTogetherGiveBackTheText(@ForAll @StringLength(min = 1, max = 300) String raw) {
		String words = "a " + raw + " https://example.org/" + raw.length();
		PostText text = new PostText(words);
		String joined = text.lines().stream()
			.map(line -> line.stream().map(PostText.Segment::text).collect(Collectors.joining()))
			.collect(Collectors.joining("\n"));
		assertThat(joined).isEqualTo(text.value());
		assertThat(text.lines().stream().flatMap(List::stream).filter(PostText.Segment::link))
			.allMatch(s -> s.text().toLowerCase(java.util.Locale.ROOT).matches("https?://.*"));
	}
}
