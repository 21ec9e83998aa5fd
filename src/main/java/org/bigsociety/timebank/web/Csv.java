package org.bigsociety.timebank.web;

/** Writing CSV cells that spreadsheets read as text: quoted when needed, and never run as a formula. */
final class Csv {

	private Csv() {
	}

	static String cell(String text) {
		String value = text == null ? "" : text;
		if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			value = "'" + value;
		}
		if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			value = "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}
}
