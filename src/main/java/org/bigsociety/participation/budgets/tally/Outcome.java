package org.bigsociety.participation.budgets.tally;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule's result.
 *
 * @param selected the funded project ids, in the order the rule selected them
 * @param cost what the selected projects cost together
 * @param verdicts every project's verdict, in the election's project order
 * @param endowmentRaise Equal Shares only: how many currency units the add-one completion added to each voter's
 * starting share (0 for the greedy rules)
 */
public record Outcome(Rule rule, List<String> selected, long cost, Map<String, Verdict> verdicts, long endowmentRaise) {

	public Outcome {
		selected = List.copyOf(selected);
		verdicts = Collections.unmodifiableMap(new LinkedHashMap<>(verdicts));
	}

	public Verdict verdict(String projectId) {
		return verdicts.get(projectId);
	}
}
