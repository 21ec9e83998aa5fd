package org.bigsociety.groups.directory;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bigsociety.groups.OrganisationId;
import org.bigsociety.place.Postcode;

/**
 * The "add a service" form as a group's administrator filled it in, every field as typed. {@link #problems()} maps a
 * field to the message key of what is wrong with it; {@link #toService} builds the service once there are none.
 * A cost left empty means free; one weekly opening time may be given (day, opens, closes).
 */
public record ServiceForm(String name, String description, String eligibility, String minimumAge, String maximumAge,
		String cost, String costDescription, String venue, String address, String postcode, String email, String phone,
		String website, String term, String day, String opens, String closes) {

	private static final Pattern TIME = Pattern.compile("([01]?[0-9]|2[0-3])[:.]([0-5][0-9])|24[:.]00");
	private static final Pattern MONEY = Pattern.compile("£?\\s*([0-9]{1,5})(?:\\.([0-9]{1,2}))?");
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	private static final Pattern WEB = Pattern.compile("https?://[^\\s/]+\\.[^\\s]+");

	public static ServiceForm empty() {
		return new ServiceForm("", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "");
	}

	public Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (blank(name)) {
			problems.put("name", "groups.serviceForm.name.missing");
		}
		else if (name.strip().length() > 120) {
			problems.put("name", "groups.serviceForm.name.tooLong");
		}
		if (blank(description)) {
			problems.put("description", "groups.serviceForm.description.missing");
		}
		else if (description.strip().length() > 2000) {
			problems.put("description", "groups.serviceForm.description.tooLong");
		}
		if (!blank(eligibility) && eligibility.strip().length() > 500) {
			problems.put("eligibility", "groups.serviceForm.eligibility.tooLong");
		}
		Integer youngest = age(minimumAge, "minimumAge", problems);
		Integer oldest = age(maximumAge, "maximumAge", problems);
		if (youngest != null && oldest != null && youngest > oldest) {
			problems.put("maximumAge", "groups.serviceForm.age.order");
		}
		if (!blank(cost) && pence() == null) {
			problems.put("cost", "groups.serviceForm.cost.invalid");
		}
		if (blank(postcode)) {
			problems.put("postcode", "groups.serviceForm.postcode.missing");
		}
		else {
			try {
				Postcode.parse(postcode);
			}
			catch (IllegalArgumentException ex) {
				problems.put("postcode", "groups.serviceForm.postcode.invalid");
			}
		}
		if (!blank(email) && !EMAIL.matcher(email.strip()).matches()) {
			problems.put("email", "groups.serviceForm.email.invalid");
		}
		if (!blank(website) && !WEB.matcher(website.strip()).matches()) {
			problems.put("website", "groups.serviceForm.website.invalid");
		}
		if (!blank(term)) {
			try {
				UUID.fromString(term);
			}
			catch (IllegalArgumentException ex) {
				problems.put("term", "groups.serviceForm.term.invalid");
			}
		}
		boolean anyTime = !blank(day) || !blank(opens) || !blank(closes);
		if (anyTime) {
			if (weekday() == null) {
				problems.put("day", "groups.serviceForm.day.missing");
			}
			Integer from = minutes(opens);
			Integer to = minutes(closes);
			if (from == null) {
				problems.put("opens", "groups.serviceForm.time.invalid");
			}
			if (to == null) {
				problems.put("closes", "groups.serviceForm.time.invalid");
			}
			else if (from != null && from >= to) {
				problems.put("closes", "groups.serviceForm.time.order");
			}
		}
		return problems;
	}

	/** The service this form describes; call only when {@link #problems()} is empty. */
	NewService toService(UUID id, OrganisationId organisation) {
		Integer pence = blank(cost) ? null : pence();
		List<Opening> openings = weekday() == null ? List.of()
				: List.of(new Opening(weekday(), minutes(opens), minutes(closes)));
		return new NewService(id, organisation, name.strip(), description.strip(), strip(eligibility),
				blank(minimumAge) ? null : Integer.valueOf(minimumAge.strip()),
				blank(maximumAge) ? null : Integer.valueOf(maximumAge.strip()), pence == null, pence,
				pence == null ? null : (blank(costDescription) ? null : costDescription.strip()), strip(email),
				strip(phone), strip(website), strip(venue), strip(address), "London", Postcode.parse(postcode),
				openings, blank(term) ? List.of() : List.of(UUID.fromString(term)));
	}

	private Integer pence() {
		Matcher matcher = MONEY.matcher(cost.strip());
		if (!matcher.matches()) {
			return null;
		}
		BigDecimal pounds = new BigDecimal(matcher.group(1) + "." + (matcher.group(2) == null ? "00" : (matcher.group(2) + "0").substring(0, 2)));
		int pence = pounds.movePointRight(2).intValueExact();
		return pence > 0 ? pence : null;
	}

	private DayOfWeek weekday() {
		if (blank(day)) {
			return null;
		}
		try {
			return DayOfWeek.valueOf(day);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Integer minutes(String time) {
		if (blank(time)) {
			return null;
		}
		Matcher matcher = TIME.matcher(time.strip());
		if (!matcher.matches()) {
			return null;
		}
		if (matcher.group(1) == null) {
			return 24 * 60;
		}
		return Integer.parseInt(matcher.group(1)) * 60 + Integer.parseInt(matcher.group(2));
	}

	private static Integer age(String value, String field, Map<String, String> problems) {
		if (blank(value)) {
			return null;
		}
		try {
			int age = Integer.parseInt(value.strip());
			if (age >= 0 && age <= 130) {
				return age;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		problems.put(field, "groups.serviceForm.age.invalid");
		return null;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String strip(String value) {
		return blank(value) ? null : value.strip();
	}
}
