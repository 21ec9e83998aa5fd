package org.bigsociety.participation.budgets.tally;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link PabulibInstance} as a pabulib {@code .pb} file that {@link PabulibReader} (and pabutools) read back
 * to the same election: sections in order, fields separated by semicolons, a field quoted when it holds a semicolon, a
 * quote or a line break, lines ending in a line feed.
 */
public final class PabulibWriter {

	private PabulibWriter() {
	}

	public static String write(PabulibInstance instance) {
		StringWriter text = new StringWriter();
		try {
			write(instance, text);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return text.toString();
	}

	public static void write(PabulibInstance instance, Writer out) throws IOException {
		out.write("META\n");
		row(out, List.of("key", "value"));
		for (Map.Entry<String, String> entry : instance.meta().entrySet()) {
			row(out, List.of(entry.getKey(), entry.getValue()));
		}
		out.write("PROJECTS\n");
		row(out, instance.projectColumns());
		for (PabulibInstance.Project project : instance.projects()) {
			row(out, project.fields());
		}
		out.write("VOTES\n");
		List<String> columns = instance.voteColumns();
		row(out, columns);
		int voteColumn = columns.indexOf(PabulibInstance.VOTE);
		int pointsColumn = instance.voteType() == VoteType.CUMULATIVE ? columns.indexOf(PabulibInstance.POINTS) : -1;
		String[] fields = new String[columns.size()];
		for (PabulibInstance.Vote vote : instance.votes()) {
			for (int i = 0; i < fields.length; i++) {
				fields[i] = vote.fields().get(i);
			}
			fields[voteColumn] = String.join(",", vote.projects());
			if (pointsColumn >= 0) {
				StringBuilder points = new StringBuilder();
				for (Long p : vote.points()) {
					points.append(points.length() == 0 ? "" : ",").append(p);
				}
				fields[pointsColumn] = points.toString();
			}
			row(out, List.of(fields));
		}
		out.flush();
	}

	private static void row(Writer out, List<String> fields) throws IOException {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				out.write(';');
			}
			out.write(field(fields.get(i)));
		}
		out.write('\n');
	}

	static String field(String value) {
		if (value.indexOf(';') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}
}
