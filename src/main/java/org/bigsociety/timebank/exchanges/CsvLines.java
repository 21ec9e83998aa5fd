package org.bigsociety.timebank.exchanges;

import java.util.ArrayList;
import java.util.List;

/** Reads CSV text (RFC 4180: commas, double quotes, doubled quotes inside them, CRLF or LF) into lines of cells. */
final class CsvLines {

	private CsvLines() {
	}

	static List<List<String>> parse(String text) {
		List<List<String>> lines = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		boolean any = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			any = true;
			if (quoted) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						cell.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				cells.add(cell.toString());
				cell.setLength(0);
				lines.add(cells);
				cells = new ArrayList<>();
				any = false;
			}
			else {
				cell.append(c);
			}
		}
		if (any) {
			cells.add(cell.toString());
			lines.add(cells);
		}
		return lines;
	}
}
