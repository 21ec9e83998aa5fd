package org.bigsociety.participation.budgets.tally;

import java.util.Comparator;

/**
 * Project ids in text order, character by character (Unicode code points), as the reference implementations break
 * ties: {@code 10} comes before {@code 9}.
 */
public final class ProjectIds {

	public static final Comparator<String> TEXT_ORDER = ProjectIds::compare;

	private ProjectIds() {
	}

	public static int compare(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			int x = a.codePointAt(i);
			int y = b.codePointAt(j);
			if (x != y) {
				return Integer.compare(x, y);
			}
			i += Character.charCount(x);
			j += Character.charCount(y);
		}
		return Integer.compare(a.length() - i, b.length() - j);
	}
}
