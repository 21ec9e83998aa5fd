package org.bigsociety.place.geography;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads RFC 4180 CSV one record at a time, so a 2.7-million-row file never sits in memory. Quoted fields may hold
 * commas, doubled quotes and line breaks; a byte order mark before the header is ignored. Columns are found by their
 * header name, in any case.
 */
final class CsvReader implements Closeable {

	private final BufferedReader in;
	private final Map<String, Integer> columns = new HashMap<>();
	private final List<String> header;

	CsvReader(Reader reader) {
		this.in = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader, 1 << 16);
		List<String> names = next();
		if (names == null) {
			throw new IllegalArgumentException("The CSV file is empty: it has no header row");
		}
		if (!names.isEmpty() && names.get(0).startsWith("\uFEFF")) {
			names.set(0, names.get(0).substring(1));
		}
		this.header = List.copyOf(names);
		for (int i = 0; i < names.size(); i++) {
			columns.putIfAbsent(names.get(i).trim().toLowerCase(Locale.ROOT), i);
		}
	}

	List<String> header() {
		return header;
	}

	/** The index of the first of these column names that the header has. */
	Optional<Integer> column(String... names) {
		for (String name : names) {
			Integer index = columns.get(name.toLowerCase(Locale.ROOT));
			if (index != null) {
				return Optional.of(index);
			}
		}
		return Optional.empty();
	}

	/** The index of the first column whose name matches this regular expression, such as {@code wd\d\dcd}. */
	Optional<Integer> columnMatching(String regex) {
		for (int i = 0; i < header.size(); i++) {
			if (header.get(i).trim().toLowerCase(Locale.ROOT).matches(regex)) {
				return Optional.of(i);
			}
		}
		return Optional.empty();
	}

	int require(String... names) {
		return column(names).orElseThrow(() -> new IllegalArgumentException(
				"The CSV file has no column called " + String.join(" or ", names) + "; its header is " + header));
	}

	/** The next record's fields, or null at the end of the file. Blank lines are skipped. */
	List<String> next() {
		try {
			List<String> fields = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			boolean any = false;
			int c;
			while ((c = in.read()) != -1) {
				any = true;
				char ch = (char) c;
				if (quoted) {
					if (ch == '"') {
						in.mark(1);
						int peek = in.read();
						if (peek == '"') {
							field.append('"');
						}
						else {
							quoted = false;
							if (peek != -1) {
								in.reset();
							}
						}
					}
					else {
						field.append(ch);
					}
				}
				else if (ch == '"') {
					quoted = true;
				}
				else if (ch == ',') {
					fields.add(field.toString());
					field.setLength(0);
				}
				else if (ch == '\n' || ch == '\r') {
					if (ch == '\r') {
						in.mark(1);
						if (in.read() != '\n') {
							in.reset();
						}
					}
					if (fields.isEmpty() && field.length() == 0) {
						any = false;
						continue;
					}
					fields.add(field.toString());
					return fields;
				}
				else {
					field.append(ch);
				}
			}
			if (!any) {
				return null;
			}
			fields.add(field.toString());
			return fields;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String field(List<String> record, int index) {
		return index < record.size() ? record.get(index).trim() : "";
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}
