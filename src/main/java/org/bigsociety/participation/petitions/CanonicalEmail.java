package org.bigsociety.participation.petitions;

import java.net.IDN;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An email address reduced to the one form that every way of writing the same mailbox shares, so one person signs a
 * petition once: {@code Jo.Bloggs+petitions@GoogleMail.com} and {@code jobloggs@gmail.com} are the same signer.
 *
 * <p>The rules, applied in this order:
 * <ol>
 * <li>trimmed; the domain lower-cased, its trailing dot dropped and written in ASCII (IDNA), and known aliases
 * replaced ({@code googlemail.com} is {@code gmail.com}; {@code proton.me} and {@code pm.me} are
 * {@code protonmail.com});</li>
 * <li>the local part lower-cased (no large provider treats case as significant);</li>
 * <li>a {@code +tag} dropped, for every domain (sub-addressing);</li>
 * <li>per domain: Gmail ignores dots in the local part; Yahoo's disposable addresses add a {@code -keyword}.</li>
 * </ol>
 * Anything not shaped like an address is refused with a message key. The rules may merge two mailboxes that a small
 * provider keeps apart; the cost is that one of two people cannot sign, which the page explains.
 */
record CanonicalEmail(String value) {

	static final String MISSING = "petitions.sign.email.missing";
	static final String INVALID = "petitions.sign.email.invalid";

	// Deliberately loose, as the confirmation email is the real check: one @, no spaces, a dot in the domain.
	private static final Pattern FORM = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+\\.?");
	private static final Map<String, String> ALIASES = Map.of("googlemail.com", "gmail.com", "proton.me",
			"protonmail.com", "pm.me", "protonmail.com");
	private static final Set<String> DOTS_IGNORED = Set.of("gmail.com");
	private static final Set<String> HYPHEN_TAGS = Set.of("yahoo.com", "yahoo.co.uk", "ymail.com");

	CanonicalEmail {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(MISSING);
		}
		value = canonical(value.trim());
	}

	private static String canonical(String typed) {
		if (typed.length() > 254 || !FORM.matcher(typed).matches()) {
			throw new IllegalArgumentException(INVALID);
		}
		int at = typed.lastIndexOf('@');
		String local = typed.substring(0, at).toLowerCase(Locale.ROOT);
		String domain = domain(typed.substring(at + 1));
		int plus = local.indexOf('+');
		if (plus >= 0) {
			local = local.substring(0, plus);
		}
		if (HYPHEN_TAGS.contains(domain) && local.indexOf('-') >= 0) {
			local = local.substring(0, local.indexOf('-'));
		}
		if (DOTS_IGNORED.contains(domain)) {
			local = local.replace(".", "");
		}
		if (local.isEmpty()) {
			throw new IllegalArgumentException(INVALID);
		}
		return local + "@" + domain;
	}

	private static String domain(String typed) {
		String domain = typed.toLowerCase(Locale.ROOT);
		if (domain.endsWith(".")) {
			domain = domain.substring(0, domain.length() - 1);
		}
		try {
			domain = IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(INVALID);
		}
		if (domain.isEmpty() || domain.startsWith(".") || domain.contains("..") || !domain.contains(".")) {
			throw new IllegalArgumentException(INVALID);
		}
		return ALIASES.getOrDefault(domain, domain);
	}

	/** The domain, after aliases: what a moderator blocks to block a whole provider. */
	String domain() {
		return value.substring(value.lastIndexOf('@') + 1);
	}

	/** Canonical form of a domain as a moderator types it ({@code @Example.ORG.} is {@code example.org}). */
	static String canonicalDomain(String typed) {
		if (typed == null || typed.isBlank()) {
			throw new IllegalArgumentException(MISSING);
		}
		String domain = typed.trim();
		if (domain.startsWith("@")) {
			domain = domain.substring(1);
		}
		if (domain.contains("@") || domain.contains(" ")) {
			throw new IllegalArgumentException(INVALID);
		}
		return domain(domain);
	}

	@Override
	public String toString() {
		return value;
	}
}
