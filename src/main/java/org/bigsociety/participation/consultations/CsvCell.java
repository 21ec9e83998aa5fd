package org.bigsociety.participation.consultations;

/**
 * One CSV cell (RFC 4180), safe to open in a spreadsheet: always quoted, quotes doubled, and a cell a spreadsheet
 * would read as a formula (starting with = + - @, a tab or a carriage return) prefixed with a single quote.
 */
final class CsvCell {

	private CsvCell() {
	}

	static String of(String value) {
		String text = value == null ? "" : value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}
}
