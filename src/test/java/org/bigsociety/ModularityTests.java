package org.bigsociety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries hold, and the module documentation in docs/modules is current. */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(BigSocietyApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApi() {
		MODULES.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		sortRelations(Path.of("docs/modules"));
	}

	/**
	 * The documenter writes a diagram's relations in whatever order it meets them, which changes from run to run;
	 * sorting each run of {@code Rel(...)} lines keeps the files unchanged unless the modules changed.
	 */
	private static void sortRelations(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
				List<String> lines = new ArrayList<>(Files.readAllLines(file));
				int start = 0;
				while (start < lines.size()) {
					int end = start;
					while (end < lines.size() && lines.get(end).startsWith("Rel(")) {
						end++;
					}
					if (end > start) {
						lines.subList(start, end).sort(null);
						start = end;
					}
					else {
						start++;
					}
				}
				Files.write(file, lines);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
