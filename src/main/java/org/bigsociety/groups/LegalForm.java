package org.bigsociety.groups;

import java.util.EnumSet;
import java.util.Set;

/**
 * The legal form of an organisation, and which public registers its numbers come from: those it must give (a
 * charitable incorporated organisation is always on the Charity Commission's register) and those it may give (a
 * charity may also be a company; a public service mutual is often a company or a society).
 */
public enum LegalForm {

	UNINCORPORATED_ASSOCIATION(none(), EnumSet.of(Register.CHARITY_COMMISSION)),
	/** A registered charity that is a trust, an association or a charitable company. */
	CHARITY(EnumSet.of(Register.CHARITY_COMMISSION), EnumSet.of(Register.COMPANIES_HOUSE)),
	CHARITABLE_INCORPORATED_ORGANISATION(EnumSet.of(Register.CHARITY_COMMISSION), none()),
	COMMUNITY_INTEREST_COMPANY(EnumSet.of(Register.COMPANIES_HOUSE), none()),
	/** A company limited by guarantee or by shares that is not a community interest company. */
	COMPANY(EnumSet.of(Register.COMPANIES_HOUSE), EnumSet.of(Register.CHARITY_COMMISSION)),
	CO_OPERATIVE_SOCIETY(EnumSet.of(Register.FCA_MUTUALS), none()),
	COMMUNITY_BENEFIT_SOCIETY(EnumSet.of(Register.FCA_MUTUALS), EnumSet.of(Register.CHARITY_COMMISSION)),
	PUBLIC_SERVICE_MUTUAL(none(), EnumSet.of(Register.COMPANIES_HOUSE, Register.FCA_MUTUALS)),
	USER_LED_ORGANISATION(none(),
			EnumSet.of(Register.CHARITY_COMMISSION, Register.COMPANIES_HOUSE, Register.FCA_MUTUALS)),
	MICRO_BUSINESS(none(), EnumSet.of(Register.COMPANIES_HOUSE)),
	FAITH_GROUP(none(), EnumSet.of(Register.CHARITY_COMMISSION)),
	/** A school; an academy trust is a charitable company, so it may give a Companies House number. */
	SCHOOL(none(), EnumSet.of(Register.COMPANIES_HOUSE)),
	PUBLIC_BODY(none(), none()),
	BUSINESS(none(), EnumSet.of(Register.COMPANIES_HOUSE, Register.FCA_MUTUALS));

	/** The public registers an organisation's number can come from. */
	public enum Register {
		/** The Charity Commission for England and Wales's register of charities. */
		CHARITY_COMMISSION,
		/** Companies House's register of companies (community interest companies included). */
		COMPANIES_HOUSE,
		/** The Financial Conduct Authority's Mutuals Public Register (co-operative and community benefit societies). */
		FCA_MUTUALS
	}

	private final Set<Register> required;
	private final Set<Register> allowed;

	LegalForm(Set<Register> required, Set<Register> alsoAllowed) {
		this.required = Set.copyOf(required);
		EnumSet<Register> all = EnumSet.noneOf(Register.class);
		all.addAll(required);
		all.addAll(alsoAllowed);
		this.allowed = Set.copyOf(all);
	}

	/** Registers whose number an organisation of this form must give. */
	public Set<Register> requiredRegisters() {
		return required;
	}

	/** Registers whose number an organisation of this form may give (the required ones included). */
	public Set<Register> allowedRegisters() {
		return allowed;
	}

	private static EnumSet<Register> none() {
		return EnumSet.noneOf(Register.class);
	}
}
