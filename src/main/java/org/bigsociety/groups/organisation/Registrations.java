package org.bigsociety.groups.organisation;

import java.util.LinkedHashMap;
import java.util.Map;

import org.bigsociety.groups.LegalForm;
import org.bigsociety.groups.LegalForm.Register;

/**
 * An organisation's numbers on the public registers, each absent (null) when it has none.
 */
public record Registrations(CharityNumber charity, CompanyNumber company, SocietyNumber society) {

	public static final Registrations NONE = new Registrations(null, null, null);

	/** The field each register's number is typed into, as the forms name them. */
	public static String field(Register register) {
		switch (register) {
			case CHARITY_COMMISSION:
				return "charityNumber";
			case COMPANIES_HOUSE:
				return "companyNumber";
			default:
				return "societyNumber";
		}
	}

	boolean has(Register register) {
		switch (register) {
			case CHARITY_COMMISSION:
				return charity != null;
			case COMPANIES_HOUSE:
				return company != null;
			default:
				return society != null;
		}
	}

	/**
	 * What is wrong with these numbers for an organisation of this form, by field: a number it must give is missing,
	 * or a number it cannot have (a community interest company has no charity number) is given.
	 */
	public Map<String, String> problemsFor(LegalForm form) {
		Map<String, String> problems = new LinkedHashMap<>();
		for (Register register : Register.values()) {
			boolean given = has(register);
			if (!given && form.requiredRegisters().contains(register)) {
				problems.put(field(register), "groups.registration." + register.name() + ".required");
			}
			else if (given && !form.allowedRegisters().contains(register)) {
				problems.put(field(register), "groups.registration." + register.name() + ".notForThisForm");
			}
		}
		return problems;
	}
}
