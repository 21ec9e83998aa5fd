package org.bigsociety.participation.consultations;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellTests {

	@Test
	void quotesEveryCellAndDoublesQuotes() {
		assertThat(CsvCell.of("plain")).isEqualTo("\"plain\"");
		assertThat(CsvCell.of("say \"no\", twice\nthen stop")).isEqualTo("\"say \"\"no\"\", twice\nthen stop\"");
		assertThat(CsvCell.of(null)).isEqualTo("\"\"");
	}

	@Test
	void defusesCellsASpreadsheetWouldReadAsFormulas() {
		assertThat(CsvCell.of("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
		assertThat(CsvCell.of("+44")).isEqualTo("\"'+44\"");
		assertThat(CsvCell.of("-1")).isEqualTo("\"'-1\"");
		assertThat(CsvCell.of("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
		assertThat(CsvCell.of("\tx")).isEqualTo("\"'\tx\"");
		assertThat(CsvCell.of("a=b")).isEqualTo("\"a=b\"");
	}
}
