package org.bigsociety.groups.organisation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.bigsociety.groups.LegalForm;
import org.bigsociety.place.Postcode;

/**
 * What someone typed to register an organisation or change its profile. {@code reach} says whether it works in the
 * neighbourhood of its postcode ({@code LOCAL}) or across the whole local authority ({@code BOROUGH}).
 */
public record OrganisationForm(String name, String legalForm, String charityNumber, String companyNumber,
		String societyNumber, String purpose, String postcode, String reach, String email, String phone,
		String website) {

	public static final int MAX_NAME = 120;
	public static final int MAX_PURPOSE = 2000;
	static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,20}");
	static final Pattern WEBSITE = Pattern.compile("https?://[^\\s/$.?#][^\\s]{1,200}", Pattern.CASE_INSENSITIVE);

	/** How far an organisation's work reaches from its postcode. */
	public enum Reach {
		LOCAL, BOROUGH
	}

	public static OrganisationForm empty() {
		return new OrganisationForm("", "", "", "", "", "", "", Reach.LOCAL.name(), "", "", "");
	}

	/** The problems with the form, field by field, as message keys; empty when it can be saved. */
	public Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		String trimmedName = trim(name);
		if (trimmedName.isEmpty()) {
			problems.put("name", "groups.form.name.missing");
		}
		else if (trimmedName.length() > MAX_NAME) {
			problems.put("name", "groups.form.name.tooLong");
		}
		Optional<LegalForm> form = form();
		if (form.isEmpty()) {
			problems.put("legalForm", "groups.form.legalForm.missing");
		}
		checkNumber(problems, "charityNumber", charityNumber, "groups.registration.CHARITY_COMMISSION.malformed",
				CharityNumber::parse);
		checkNumber(problems, "companyNumber", companyNumber, "groups.registration.COMPANIES_HOUSE.malformed",
				CompanyNumber::parse);
		checkNumber(problems, "societyNumber", societyNumber, "groups.registration.FCA_MUTUALS.malformed",
				SocietyNumber::parse);
		if (form.isPresent()) {
			registrations().problemsFor(form.get()).forEach(problems::putIfAbsent);
		}
		String trimmedPurpose = trim(purpose);
		if (trimmedPurpose.isEmpty()) {
			problems.put("purpose", "groups.form.purpose.missing");
		}
		else if (trimmedPurpose.length() > MAX_PURPOSE) {
			problems.put("purpose", "groups.form.purpose.tooLong");
		}
		if (trim(postcode).isEmpty()) {
			problems.put("postcode", "groups.form.postcode.missing");
		}
		else if (parsedPostcode().isEmpty()) {
			problems.put("postcode", "groups.form.postcode.malformed");
		}
		if (chosenReach().isEmpty()) {
			problems.put("reach", "groups.form.reach.missing");
		}
		if (!trim(email).isEmpty() && !EMAIL.matcher(trim(email)).matches()) {
			problems.put("email", "groups.form.email.malformed");
		}
		if (!trim(phone).isEmpty() && !PHONE.matcher(trim(phone)).matches()) {
			problems.put("phone", "groups.form.phone.malformed");
		}
		if (!trim(website).isEmpty() && !WEBSITE.matcher(trim(website)).matches()) {
			problems.put("website", "groups.form.website.malformed");
		}
		return problems;
	}

	private interface Parser {
		Object parse(String typed);
	}

	private static void checkNumber(Map<String, String> problems, String field, String typed, String key,
			Parser parser) {
		if (trim(typed).isEmpty()) {
			return;
		}
		try {
			parser.parse(typed);
		}
		catch (IllegalArgumentException ex) {
			problems.put(field, key);
		}
	}

	static String trim(String text) {
		return text == null ? "" : text.strip();
	}

	static String orNull(String text) {
		String trimmed = trim(text);
		return trimmed.isEmpty() ? null : trimmed;
	}

	Optional<LegalForm> form() {
		try {
			return Optional.of(LegalForm.valueOf(trim(legalForm).toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	Optional<Reach> chosenReach() {
		try {
			return Optional.of(Reach.valueOf(trim(reach).toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	Optional<Postcode> parsedPostcode() {
		try {
			return Optional.of(Postcode.parse(postcode));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** The numbers as typed, read into value objects; only call once {@link #problems()} is empty. */
	Registrations registrations() {
		return new Registrations(readOrNull(charityNumber, CharityNumber::parse),
				readOrNull(companyNumber, CompanyNumber::parse), readOrNull(societyNumber, SocietyNumber::parse));
	}

	@SuppressWarnings("unchecked")
	private static <T> T readOrNull(String typed, Parser parser) {
		if (trim(typed).isEmpty()) {
			return null;
		}
		try {
			return (T) parser.parse(typed);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
