package org.bigsociety.action.volunteering;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.bigsociety.action.events.Typed;
import org.bigsociety.place.Doorstep;
import org.bigsociety.place.Places;
import org.bigsociety.place.Postcode;

/**
 * The form for a new volunteering opportunity, as typed: up to three roles, each with a name, what it involves and
 * how many people it needs (the first is required). {@link #check} gives a {@link Draft} or the errors to show.
 *
 * @param skills skills it would welcome, separated by commas
 * @param hours with {@code minutes}, the time asked each time
 * @param dbsCheck {@code yes} or {@code no}
 */
public record OpportunityProposal(String organisation, String title, String description, String cause,
		String skills, String hours, String minutes, String frequency, String dbsCheck, String postcode,
		String role1, String role1Description, String role1Places, String role2, String role2Description,
		String role2Places, String role3, String role3Description, String role3Places) {

	static final int MAX_TITLE = 120;
	static final int MAX_TEXT = 4000;
	static final int MAX_SKILLS = 10;
	static final int MAX_SKILL = 60;
	static final int MAX_ROLE = 80;

	public OpportunityProposal {
		organisation = Typed.trimmed(organisation);
		title = Typed.trimmed(title);
		description = Typed.trimmed(description);
		cause = Typed.trimmed(cause);
		skills = Typed.trimmed(skills);
		hours = Typed.trimmed(hours);
		minutes = Typed.trimmed(minutes);
		frequency = Typed.trimmed(frequency);
		dbsCheck = Typed.trimmed(dbsCheck);
		postcode = Typed.trimmed(postcode);
		role1 = Typed.trimmed(role1);
		role1Description = Typed.trimmed(role1Description);
		role1Places = Typed.trimmed(role1Places);
		role2 = Typed.trimmed(role2);
		role2Description = Typed.trimmed(role2Description);
		role2Places = Typed.trimmed(role2Places);
		role3 = Typed.trimmed(role3);
		role3Description = Typed.trimmed(role3Description);
		role3Places = Typed.trimmed(role3Places);
	}

	public static OpportunityProposal empty() {
		return new OpportunityProposal("", "", "", "", "", "", "", "", "", "", "", "", "1", "", "", "", "", "", "");
	}

	public record RoleDraft(String name, String description, int places) {
	}

	public record Draft(String title, String description, Cause cause, List<String> skills, int minutesAsked,
			Frequency frequency, boolean dbsCheck, Doorstep doorstep, Long organisation, List<RoleDraft> roles) {
	}

	public record Checked(Draft draft, Map<String, String> errors) {
	}

	Checked check(Places places) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (title.isEmpty()) {
			errors.put("title", "action.opportunity.form.title.missing");
		}
		else if (title.length() > MAX_TITLE) {
			errors.put("title", "action.opportunity.form.title.long");
		}
		if (description.isEmpty()) {
			errors.put("description", "action.opportunity.form.description.missing");
		}
		else if (description.length() > MAX_TEXT) {
			errors.put("description", "action.opportunity.form.description.long");
		}
		Cause chosenCause = choice(Cause.class, cause);
		if (chosenCause == null) {
			errors.put("cause", "action.opportunity.form.cause.missing");
		}
		List<String> skillList = skills(skills);
		if (skillList.size() > MAX_SKILLS || skillList.stream().anyMatch(s -> s.length() > MAX_SKILL)) {
			errors.put("skills", "action.opportunity.form.skills.tooMany");
		}
		Optional<Integer> h = hours.isEmpty() ? Optional.of(0) : Typed.number(hours, 0, 168);
		Optional<Integer> m = minutes.isEmpty() ? Optional.of(0) : Typed.number(minutes, 0, 59);
		int asked = h.orElse(0) * 60 + m.orElse(0);
		if (h.isEmpty() || m.isEmpty()) {
			errors.put("hours", "action.opportunity.form.time.invalid");
		}
		else if (asked < 1 || asked > 10080) {
			errors.put("hours", "action.opportunity.form.time.missing");
		}
		Frequency chosenFrequency = choice(Frequency.class, frequency);
		if (chosenFrequency == null) {
			errors.put("frequency", "action.opportunity.form.frequency.missing");
		}
		if (!dbsCheck.equals("yes") && !dbsCheck.equals("no")) {
			errors.put("dbsCheck", "action.opportunity.form.dbsCheck.missing");
		}
		Doorstep doorstep = null;
		if (postcode.isEmpty()) {
			errors.put("postcode", "action.form.postcode.missing");
		}
		else {
			try {
				doorstep = places.locate(Postcode.parse(postcode)).orElse(null);
				if (doorstep == null) {
					errors.put("postcode", "action.form.postcode.unknown");
				}
			}
			catch (IllegalArgumentException ex) {
				errors.put("postcode", "action.form.postcode.invalid");
			}
		}
		List<RoleDraft> roles = new ArrayList<>();
		role(1, role1, role1Description, role1Places, true, roles, errors);
		role(2, role2, role2Description, role2Places, false, roles, errors);
		role(3, role3, role3Description, role3Places, false, roles, errors);
		if (!errors.isEmpty()) {
			return new Checked(null, errors);
		}
		return new Checked(new Draft(title, description, chosenCause, skillList, asked, chosenFrequency,
				dbsCheck.equals("yes"), doorstep, Typed.id(organisation).orElse(null), roles), errors);
	}

	private static void role(int n, String name, String description, String places, boolean required,
			List<RoleDraft> roles, Map<String, String> errors) {
		boolean blank = name.isEmpty() && description.isEmpty() && (places.isEmpty() || !required && places.equals("1"));
		if (blank && !required) {
			return;
		}
		String field = "role" + n;
		if (name.isEmpty()) {
			errors.put(field, "action.opportunity.form.role.name.missing");
		}
		else if (name.length() > MAX_ROLE) {
			errors.put(field, "action.opportunity.form.role.name.long");
		}
		if (description.length() > MAX_TEXT) {
			errors.put(field + "Description", "action.opportunity.form.role.description.long");
		}
		Optional<Integer> count = Typed.number(places, 1, 1000);
		if (count.isEmpty()) {
			errors.put(field + "Places", "action.opportunity.form.role.places.invalid");
		}
		if (!errors.containsKey(field) && count.isPresent()) {
			roles.add(new RoleDraft(name, description, count.get()));
		}
	}

	/** Skills as typed, split on commas, trimmed, in lower case, each once. */
	static List<String> skills(String typed) {
		LinkedHashSet<String> skills = new LinkedHashSet<>();
		Arrays.stream(typed.split(","))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.map(s -> s.toLowerCase(Locale.UK))
			.forEach(skills::add);
		return List.copyOf(skills);
	}

	static <E extends Enum<E>> E choice(Class<E> type, String typed) {
		try {
			return typed.isEmpty() ? null : Enum.valueOf(type, typed.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
