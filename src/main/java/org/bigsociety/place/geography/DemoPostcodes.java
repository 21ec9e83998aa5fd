package org.bigsociety.place.geography;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.bigsociety.platform.DemoContent;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Made-up postcodes near the centres of Hackney's real wards, loaded through the same importer as the real ones and
 * marked as demo data. A postcode already imported from the real directory is left as it is.
 * <p>
 * The name carries a digest of the file, so a database made by an earlier release imports the file again when the
 * file has grown (the import is an idempotent upsert); otherwise demo content that uses a newer demo postcode would
 * refuse to load on that database.
 */
@Component
class DemoPostcodes implements DemoContent {

	static final String FILE = "places/demo-postcodes-hackney.csv";

	private final PostcodeDirectoryImport directory;

	DemoPostcodes(PostcodeDirectoryImport directory) {
		this.directory = directory;
	}

	@Override
	public String name() {
		try (var in = new ClassPathResource(FILE).getInputStream()) {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
			return "place.demo-postcodes@" + HexFormat.of().formatHex(digest, 0, 6);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public void load() {
		try (Reader reader = new InputStreamReader(new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8)) {
			directory.importFrom(reader, PostcodeDirectoryImport.Options.DEMO);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
