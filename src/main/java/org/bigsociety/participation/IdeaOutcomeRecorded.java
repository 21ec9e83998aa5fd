package org.bigsociety.participation;

import java.util.Locale;

import org.bigsociety.place.AreaId;
import org.bigsociety.record.PublicFact;

/**
 * What became of an idea from an ideas call, as it goes on the public record: funded (with the amount), incubated as
 * a group, or not taken forward (the reason is on the idea's page, not here, since it is free text). No personal data:
 * the idea and call by id only.
 *
 * @param outcome {@code FUNDED}, {@code INCUBATED} or {@code NOT_TAKEN_FORWARD}
 * @param fundedPence the amount awarded, for {@code FUNDED}; 0 otherwise
 */
public record IdeaOutcomeRecorded(AreaId area, long call, long idea, String outcome, long fundedPence)
		implements PublicFact {

	@Override
	public String kind() {
		return "ideas.outcome";
	}

	@Override
	public String summary() {
		String what = switch (outcome) {
			case "FUNDED" -> "was funded with " + String.format(Locale.UK, "£%,d.%02d", fundedPence / 100,
					fundedPence % 100);
			case "INCUBATED" -> "is being incubated as a community group";
			default -> "was not taken forward; the reason is on its page";
		};
		return "Idea " + idea + " from ideas call " + call + " " + what + ". See /ideas/" + call + "/ideas/" + idea
				+ ".";
	}

	/** One outcome per idea. */
	@Override
	public String reference() {
		return "ideas/" + call + "/idea/" + idea + "/outcome";
	}
}
