package org.bigsociety.groups.formation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import org.bigsociety.groups.LegalForm;

/**
 * The model constitutions shipped with the platform, in {@code src/main/resources/groups/constitutions/}. They are
 * models to adapt, not legal advice; a CIO or CIC exists only once its register accepts it, so until then a group
 * that adopts those models is still an unincorporated association that intends to register.
 */
public enum ConstitutionTemplate {

	UNINCORPORATED_ASSOCIATION("unincorporated-association", "unincorporated association", LegalForm.UNINCORPORATED_ASSOCIATION),
	CIO_FOUNDATION("cio-foundation", "charitable incorporated organisation (foundation model)",
			LegalForm.CHARITABLE_INCORPORATED_ORGANISATION),
	COMMUNITY_INTEREST_COMPANY("community-interest-company", "community interest company",
			LegalForm.COMMUNITY_INTEREST_COMPANY);

	private final String slug;
	private final String model;
	private final LegalForm leadsTo;

	ConstitutionTemplate(String slug, String model, LegalForm leadsTo) {
		this.slug = slug;
		this.model = model;
		this.leadsTo = leadsTo;
	}

	/** Its address under {@code /groups/constitutions/}. */
	public String slug() {
		return slug;
	}

	/** The kind of organisation it is a model for, in plain words, as the public record says it. */
	public String model() {
		return model;
	}

	/** The legal form a group that adopts it is, or will be once registered. */
	public LegalForm leadsTo() {
		return leadsTo;
	}

	public static Optional<ConstitutionTemplate> bySlug(String slug) {
		return Arrays.stream(values()).filter(t -> t.slug.equals(slug)).findFirst();
	}

	/** The model's text: lines starting with {@code # } are headings, blank lines separate paragraphs. */
	public String text() {
		String path = "/groups/constitutions/" + slug + ".txt";
		try (InputStream in = ConstitutionTemplate.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("The platform is missing its model constitution " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
