package org.bigsociety.action.organisers;

import java.util.LinkedHashMap;
import java.util.Map;

import org.bigsociety.action.events.Stewards;
import org.bigsociety.action.events.Typed;
import org.bigsociety.groups.GroupProposal;
import org.bigsociety.groups.OrganisationSummary;
import org.bigsociety.groups.Organisations;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.AreaId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * A community organiser turns a theme people keep raising into a proposed group, through the groups module: the
 * group starts as a proposal with the organiser as its first founder, and neighbours join it there.
 */
@Service
public class ThemeGroups {

	private final ListeningCampaigns campaigns;
	private final Organisations organisations;
	private final Stewards stewards;

	ThemeGroups(ListeningCampaigns campaigns, Organisations organisations, Stewards stewards) {
		this.campaigns = campaigns;
		this.organisations = organisations;
		this.stewards = stewards;
	}

	/** What came of proposing: the new group's public page, or the errors to show (field id to message key). */
	public record Proposed(String profilePath, Map<String, String> errors) {
	}

	/** Whether the person may propose groups from what was heard in this area: an organiser there. */
	public boolean mayPropose(PersonId person, AreaId area) {
		return person != null && stewards.organisesIn(person, area);
	}

	public Proposed propose(PersonId by, AreaId area, String theme, String name, String purpose) {
		if (!mayPropose(by, area)) {
			throw new AccessDeniedException("Only a community organiser in the area may propose a group from its themes");
		}
		if (!campaigns.heardIn(area, theme)) {
			throw new org.bigsociety.action.events.NotFound("Theme not heard in area " + area.value());
		}
		Map<String, String> errors = new LinkedHashMap<>();
		String typedName = Typed.trimmed(name);
		String typedPurpose = Typed.trimmed(purpose);
		if (typedName.isEmpty()) {
			errors.put("name", "action.themeGroup.form.name.missing");
		}
		else if (typedName.length() > GroupProposal.MAX_NAME) {
			errors.put("name", "action.themeGroup.form.name.long");
		}
		if (typedPurpose.isEmpty()) {
			errors.put("purpose", "action.themeGroup.form.purpose.missing");
		}
		else if (typedPurpose.length() > GroupProposal.MAX_PURPOSE) {
			errors.put("purpose", "action.themeGroup.form.purpose.long");
		}
		if (!errors.isEmpty()) {
			return new Proposed(null, errors);
		}
		String heard = ListeningCampaigns.normalised(theme);
		OrganisationSummary group = organisations.propose(new GroupProposal(typedName, typedPurpose, area, by,
				heard.length() > GroupProposal.MAX_THEME ? heard.substring(0, GroupProposal.MAX_THEME) : heard));
		return new Proposed(group.profilePath(), Map.of());
	}
}
