package org.bigsociety.participation.forums;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a forum post as their author typed them: plain text, never HTML. It is shown escaped, line by line,
 * with web addresses made into links; {@link #lines()} splits it so a template can do that without unescaped output.
 */
public record PostText(String value) {

	public static final int MAX_LENGTH = 5000;

	/** http and https addresses only; anything else stays text. Trailing punctuation is not part of an address. */
	private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+[^\\s<>\"'.,;:!?)\\]]",
			Pattern.CASE_INSENSITIVE);

	public PostText {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("A post needs some words");
		}
		value = value.strip().replace("\r\n", "\n").replace('\r', '\n');
		if (value.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("A post has at most " + MAX_LENGTH + " characters");
		}
	}

	/** How many web addresses the post contains. */
	public int links() {
		Matcher matcher = LINK.matcher(value);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

	/** One piece of a line: text to show escaped, or an address to link to (shown as itself). */
	public record Segment(String text, boolean link) {
	}

	/** The post line by line, each line as text and links. */
	public List<List<Segment>> lines() {
		List<List<Segment>> lines = new ArrayList<>();
		for (String line : value.split("\n", -1)) {
			List<Segment> segments = new ArrayList<>();
			Matcher matcher = LINK.matcher(line);
			int at = 0;
			while (matcher.find()) {
				if (matcher.start() > at) {
					segments.add(new Segment(line.substring(at, matcher.start()), false));
				}
				segments.add(new Segment(matcher.group(), true));
				at = matcher.end();
			}
			if (at < line.length()) {
				segments.add(new Segment(line.substring(at), false));
			}
			lines.add(segments);
		}
		return lines;
	}
}
