package org.bigsociety.place.geography;

import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The command a council runs to load the real ONS Postcode Directory:
 * {@code java -jar bigsociety.jar --spring.main.web-application-type=none --bigsociety.import.onspd=/path/ONSPD.csv}.
 * It imports after the geography is loaded, prints what it did, and stops the application (exit code 0 on success, 1
 * on failure). Add {@code --bigsociety.import.onspd.include-terminated=true} to keep terminated postcodes too.
 */
@Component
@ConditionalOnProperty(name = "bigsociety.import.onspd")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PostcodeDirectoryCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PostcodeDirectoryCommand.class);

	private final PostcodeDirectoryImport directory;
	private final ConfigurableApplicationContext context;
	private final Path file;
	private final boolean includeTerminated;

	PostcodeDirectoryCommand(PostcodeDirectoryImport directory, ConfigurableApplicationContext context,
			@Value("${bigsociety.import.onspd}") String file,
			@Value("${bigsociety.import.onspd.include-terminated:false}") boolean includeTerminated) {
		this.directory = directory;
		this.context = context;
		this.file = Path.of(file);
		this.includeTerminated = includeTerminated;
	}

	@Override
	public void run(ApplicationArguments args) {
		int code = 0;
		if (!Files.isReadable(file)) {
			log.error("Cannot read the postcode directory file {}", file.toAbsolutePath());
			code = 1;
		}
		else {
			try {
				log.info("Importing postcodes from {}{}", file.toAbsolutePath(),
						includeTerminated ? ", terminated ones included" : "");
				PostcodeDirectoryImport.Report report = directory.importFrom(file,
						new PostcodeDirectoryImport.Options(false, includeTerminated));
				log.info("Postcode import done: {}", report);
			}
			catch (RuntimeException ex) {
				log.error("The postcode import failed; rows imported so far are kept, and it is safe to run again", ex);
				code = 1;
			}
		}
		int exitCode = code;
		System.exit(SpringApplication.exit(context, () -> exitCode));
	}
}
