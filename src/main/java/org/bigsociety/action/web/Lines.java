package org.bigsociety.action.web;

import java.util.Arrays;
import java.util.List;

/** Text people typed over several lines, as the paragraphs to show (no CSS or markup needed). */
final class Lines {

	private Lines() {
	}

	static List<String> of(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}
}
