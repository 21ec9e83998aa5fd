package org.bigsociety.participation.budgets.tally;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The real pabulib instances shipped in src/test/resources/pabulib (copied from ../shared/pabulib). */
final class Instances {

	private Instances() {
	}

	static Path folder() {
		try {
			return Path.of(Instances.class.getResource("/pabulib/expected.tsv").toURI()).getParent();
		}
		catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	static List<String> names() {
		try (Stream<Path> files = Files.list(folder())) {
			return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".pb")).sorted().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static PabulibInstance read(String name) {
		return PabulibReader.read(folder().resolve(name));
	}

	/** Rows of expected.tsv: instance, rule id, selected ids in order. */
	static List<String[]> expected() {
		try {
			return Files.readAllLines(folder().resolve("expected.tsv"))
				.stream()
				.skip(1)
				.filter(line -> !line.isBlank())
				.map(line -> line.split("\t"))
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
