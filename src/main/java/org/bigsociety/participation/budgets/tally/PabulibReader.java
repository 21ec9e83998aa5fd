package org.bigsociety.participation.budgets.tally;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a pabulib {@code .pb} file: sections META, PROJECTS and VOTES in that order, each a table of fields separated
 * by semicolons under a header row. A field may be quoted ({@code "a; b"}, with {@code ""} for a quote inside), and a
 * quoted field may run over several lines. The file is read line by line, never whole into memory. Anything it cannot
 * read is a {@link PabulibFormatException} naming the line.
 */
public final class PabulibReader {

	private static final String META = "META";
	private static final String PROJECTS = "PROJECTS";
	private static final String VOTES = "VOTES";

	private PabulibReader() {
	}

	public static PabulibInstance read(Path file) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return read(reader);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static PabulibInstance read(Reader reader) throws IOException {
		return new Parse(new Records(reader)).run();
	}

	/** One parse, section by section. */
	private static final class Parse {

		private final Records records;
		private final Map<String, String> meta = new LinkedHashMap<>();
		private final Map<String, Integer> metaLines = new HashMap<>();
		private List<String> projectColumns;
		private final List<PabulibInstance.Project> projects = new ArrayList<>();
		private final Map<String, String> projectIds = new HashMap<>();
		private List<String> voteColumns;
		private final List<PabulibInstance.Vote> votes = new ArrayList<>();
		private final Set<String> voterIds = new HashSet<>();
		private VoteType voteType;

		Parse(Records records) {
			this.records = records;
		}

		PabulibInstance run() throws IOException {
			Records.Row first = records.nextNonBlank();
			if (first == null) {
				throw new PabulibFormatException(1, "The file is empty: a pabulib file starts with a line META.");
			}
			if (!META.equals(section(first))) {
				throw new PabulibFormatException(first.line(),
						"A pabulib file starts with a line META, not '" + shorten(first.text()) + "'.");
			}
			Records.Row marker = readMeta();
			if (marker == null) {
				throw new PabulibFormatException(records.lastLine() + 1, "The file ends before its PROJECTS section.");
			}
			checkSection(marker, PROJECTS);
			checkMeta(marker.line());
			marker = readProjects();
			if (marker == null) {
				throw new PabulibFormatException(records.lastLine() + 1, "The file ends before its VOTES section.");
			}
			checkSection(marker, VOTES);
			marker = readVotes();
			if (marker != null) {
				throw new PabulibFormatException(marker.line(),
						"Unexpected section " + section(marker) + " after VOTES: each section comes once.");
			}
			return new PabulibInstance(meta, projectColumns, projects, voteColumns, votes);
		}

		private static void checkSection(Records.Row marker, String expected) {
			String found = section(marker);
			if (!expected.equals(found)) {
				throw new PabulibFormatException(marker.line(),
						"Expected the " + expected + " section here, found " + found + ": sections come in the order "
								+ "META, PROJECTS, VOTES.");
			}
		}

		/** Reads META's rows; answers the next section's marker, or null at the end of the file. */
		private Records.Row readMeta() throws IOException {
			Records.Row header = records.nextNonBlank();
			if (header == null || section(header) != null) {
				return header;
			}
			if (header.fields().size() != 2 || !"key".equalsIgnoreCase(header.fields().get(0).trim())
					|| !"value".equalsIgnoreCase(header.fields().get(1).trim())) {
				throw new PabulibFormatException(header.line(), "The META section's header must be 'key;value'.");
			}
			Records.Row row;
			while ((row = records.nextNonBlank()) != null && section(row) == null) {
				if (row.fields().size() != 2) {
					throw new PabulibFormatException(row.line(), "A META line has a key and a value, separated by one "
							+ "semicolon (quote a value that holds one); found " + row.fields().size() + " fields.");
				}
				String key = row.fields().get(0).trim();
				if (key.isEmpty()) {
					throw new PabulibFormatException(row.line(), "A META line needs a key.");
				}
				if (meta.containsKey(key)) {
					throw new PabulibFormatException(row.line(), "The META key '" + key + "' is given twice.");
				}
				meta.put(key, row.fields().get(1));
				metaLines.put(key, row.line());
			}
			return row;
		}

		private void checkMeta(int projectsLine) {
			String type = meta.get("vote_type");
			if (type == null) {
				throw new PabulibFormatException(projectsLine,
						"META needs a vote_type (approval, cumulative or ordinal) before the PROJECTS section.");
			}
			voteType = VoteType.fromPabulib(type).orElseThrow(() -> new PabulibFormatException(
					metaLines.get("vote_type"), "The vote_type '" + shorten(type) + "' is not supported: use approval, "
							+ "cumulative or ordinal."));
			String budget = meta.get("budget");
			if (budget == null) {
				throw new PabulibFormatException(projectsLine, "META needs a budget before the PROJECTS section.");
			}
			if (PabulibInstance.wholeNumber(budget).isEmpty()) {
				throw new PabulibFormatException(metaLines.get("budget"),
						"The budget '" + shorten(budget) + "' is not a whole number of currency units.");
			}
		}

		private Records.Row readProjects() throws IOException {
			Records.Row header = records.nextNonBlank();
			if (header == null || section(header) != null) {
				throw new PabulibFormatException(header == null ? records.lastLine() + 1 : header.line(),
						"The PROJECTS section needs a header row naming its columns, with project_id and cost.");
			}
			projectColumns = columns(header, PabulibInstance.PROJECT_ID, PabulibInstance.COST);
			int idColumn = projectColumns.indexOf(PabulibInstance.PROJECT_ID);
			int costColumn = projectColumns.indexOf(PabulibInstance.COST);
			Records.Row row;
			while ((row = records.nextNonBlank()) != null && section(row) == null) {
				List<String> fields = fieldsOf(row, projectColumns);
				String id = fields.get(idColumn).trim();
				if (id.isEmpty()) {
					throw new PabulibFormatException(row.line(), "A project needs a project_id.");
				}
				if (projectIds.containsKey(id)) {
					throw new PabulibFormatException(row.line(), "Project " + shorten(id) + " is listed twice.");
				}
				String costText = fields.get(costColumn);
				Optional<Long> cost = PabulibInstance.wholeNumber(costText);
				if (cost.isEmpty()) {
					throw new PabulibFormatException(row.line(), "The cost '" + shorten(costText) + "' of project "
							+ shorten(id) + " is not a whole number of currency units, 0 or more.");
				}
				projectIds.put(id, id);
				projects.add(new PabulibInstance.Project(id, cost.get(), fields));
			}
			return row;
		}

		private Records.Row readVotes() throws IOException {
			Records.Row header = records.nextNonBlank();
			if (header == null) {
				return null;
			}
			if (section(header) != null) {
				return header;
			}
			voteColumns = voteType == VoteType.CUMULATIVE
					? columns(header, PabulibInstance.VOTER_ID, PabulibInstance.VOTE, PabulibInstance.POINTS)
					: columns(header, PabulibInstance.VOTER_ID, PabulibInstance.VOTE);
			int voterColumn = voteColumns.indexOf(PabulibInstance.VOTER_ID);
			int voteColumn = voteColumns.indexOf(PabulibInstance.VOTE);
			int pointsColumn = voteColumns.indexOf(PabulibInstance.POINTS);
			Records.Row row;
			while ((row = records.nextNonBlank()) != null && section(row) == null) {
				List<String> fields = fieldsOf(row, voteColumns);
				String voter = fields.get(voterColumn).trim();
				if (voter.isEmpty()) {
					throw new PabulibFormatException(row.line(), "A vote needs a voter_id.");
				}
				if (!voterIds.add(voter)) {
					throw new PabulibFormatException(row.line(), "Voter " + shorten(voter) + " has a second ballot.");
				}
				List<String> chosen = projectList(row, fields.get(voteColumn));
				List<Long> points = voteType == VoteType.CUMULATIVE ? points(row, fields.get(pointsColumn), chosen)
						: List.of();
				votes.add(new PabulibInstance.Vote(voter, chosen, points, fields));
			}
			return row;
		}

		private List<String> projectList(Records.Row row, String text) {
			List<String> chosen = new ArrayList<>();
			if (text.isBlank()) {
				return chosen;
			}
			Set<String> seen = new HashSet<>();
			for (String part : text.split(",", -1)) {
				String id = projectIds.get(part.trim());
				if (id == null) {
					throw new PabulibFormatException(row.line(), part.isBlank() ? "The vote list has an empty entry."
							: "The vote names project " + shorten(part.trim()) + ", which is not in PROJECTS.");
				}
				if (!seen.add(id)) {
					throw new PabulibFormatException(row.line(), "The vote names project " + shorten(id) + " twice.");
				}
				chosen.add(id);
			}
			return chosen;
		}

		private static List<Long> points(Records.Row row, String text, List<String> chosen) {
			List<Long> points = new ArrayList<>();
			if (!text.isBlank()) {
				for (String part : text.split(",", -1)) {
					Optional<Long> value = PabulibInstance.wholeNumber(part);
					if (value.isEmpty()) {
						throw new PabulibFormatException(row.line(),
								"The points '" + shorten(part.trim()) + "' are not a whole number, 0 or more.");
					}
					points.add(value.get());
				}
			}
			if (points.size() != chosen.size()) {
				throw new PabulibFormatException(row.line(), "The vote lists " + chosen.size() + " projects but "
						+ points.size() + " numbers of points: give one per project.");
			}
			return points;
		}

		private static List<String> columns(Records.Row header, String... required) {
			List<String> columns = new ArrayList<>();
			for (String field : header.fields()) {
				String column = field.trim();
				if (column.isEmpty()) {
					throw new PabulibFormatException(header.line(), "A column in the header row has no name.");
				}
				if (columns.contains(column)) {
					throw new PabulibFormatException(header.line(), "The column " + shorten(column) + " is named twice.");
				}
				columns.add(column);
			}
			for (String column : required) {
				if (!columns.contains(column)) {
					throw new PabulibFormatException(header.line(), "The header row needs a column " + column + ".");
				}
			}
			return columns;
		}

		private static List<String> fieldsOf(Records.Row row, List<String> columns) {
			if (row.fields().size() != columns.size()) {
				throw new PabulibFormatException(row.line(), "This row has " + row.fields().size()
						+ " fields but the header names " + columns.size() + " columns.");
			}
			return row.fields();
		}

		/** The section a row opens (META, PROJECTS or VOTES), or null for an ordinary row. */
		private static String section(Records.Row row) {
			if (row.fields().size() != 1) {
				return null;
			}
			String text = row.fields().get(0).trim().toUpperCase(Locale.ROOT);
			return META.equals(text) || PROJECTS.equals(text) || VOTES.equals(text) ? text : null;
		}
	}

	static String shorten(String text) {
		String single = text.replaceAll("\\s+", " ").trim();
		return single.length() <= 40 ? single : single.substring(0, 40) + "…";
	}

	/** The file's rows: fields split at semicolons outside quotes, a quoted field possibly over several lines. */
	private static final class Records {

		record Row(int line, List<String> fields, String text) {
		}

		private final BufferedReader reader;
		private int line;

		Records(Reader reader) {
			this.reader = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader, 1 << 16);
		}

		int lastLine() {
			return line;
		}

		Row nextNonBlank() throws IOException {
			while (true) {
				String text = reader.readLine();
				if (text == null) {
					return null;
				}
				line++;
				if (line == 1 && text.startsWith("\uFEFF")) {
					text = text.substring(1);
				}
				if (!text.isBlank()) {
					return split(text);
				}
			}
		}

		private Row split(String first) throws IOException {
			int start = line;
			List<String> fields = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			String text = first;
			StringBuilder whole = null;
			boolean quoted = false;
			boolean atStart = true;
			int i = 0;
			while (true) {
				if (i == text.length()) {
					if (!quoted) {
						break;
					}
					String more = reader.readLine();
					if (more == null) {
						throw new PabulibFormatException(start, "A quoted field opened on this line is never closed.");
					}
					line++;
					field.append('\n');
					if (whole == null) {
						whole = new StringBuilder(first);
					}
					whole.append('\n').append(more);
					text = more;
					i = 0;
					continue;
				}
				char c = text.charAt(i);
				if (quoted) {
					if (c == '"') {
						if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
							field.append('"');
							i += 2;
							continue;
						}
						quoted = false;
					}
					else {
						field.append(c);
					}
				}
				else if (c == ';') {
					fields.add(field.toString());
					field.setLength(0);
					atStart = true;
					i++;
					continue;
				}
				else if (c == '"' && atStart) {
					quoted = true;
				}
				else {
					field.append(c);
				}
				atStart = false;
				i++;
			}
			fields.add(field.toString());
			return new Row(start, fields, whole == null ? first : whole.toString());
		}
	}
}
