package org.bigsociety.participation.consultations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level difference between a paragraph and a proposed replacement, so a reader sees what would change rather
 * than comparing two blocks of text. The longest common subsequence of words (spaces kept with the word before them);
 * runs of the same kind are merged.
 */
public final class WordDiff {

	public enum Kind {
		SAME, REMOVED, ADDED
	}

	public record Change(Kind kind, String text) {
	}

	private static final Pattern WORD = Pattern.compile("\\S+\\s*");

	private WordDiff() {
	}

	public static List<Change> between(String before, String after) {
		List<String> a = words(before);
		List<String> b = words(after);
		int[][] common = new int[a.size() + 1][b.size() + 1];
		for (int i = a.size() - 1; i >= 0; i--) {
			for (int j = b.size() - 1; j >= 0; j--) {
				common[i][j] = same(a.get(i), b.get(j)) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		List<Change> changes = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.size() || j < b.size()) {
			if (i < a.size() && j < b.size() && same(a.get(i), b.get(j))) {
				add(changes, Kind.SAME, b.get(j));
				i++;
				j++;
			}
			else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
				add(changes, Kind.REMOVED, a.get(i++));
			}
			else {
				add(changes, Kind.ADDED, b.get(j++));
			}
		}
		int last = changes.size() - 1;
		if (last >= 0) {
			changes.set(last, new Change(changes.get(last).kind(), changes.get(last).text().stripTrailing()));
		}
		return changes;
	}

	private static boolean same(String x, String y) {
		return x.strip().equals(y.strip());
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher m = WORD.matcher(text == null ? "" : text.strip());
		while (m.find()) {
			words.add(m.group().stripTrailing() + " ");
		}
		return words;
	}

	private static void add(List<Change> changes, Kind kind, String word) {
		int last = changes.size() - 1;
		if (last >= 0 && changes.get(last).kind() == kind) {
			changes.set(last, new Change(kind, changes.get(last).text() + word));
		}
		else {
			changes.add(new Change(kind, word));
		}
	}
}
