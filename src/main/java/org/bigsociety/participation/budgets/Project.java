package org.bigsociety.participation.budgets;

import org.bigsociety.participation.budgets.tally.Verdict;

/**
 * A project in a round.
 *
 * @param verdict what the rule decided (null until the results)
 * @param selectedOrder its place in the order the rule funded projects, from 1 (null unless funded)
 * @param votes the ballots that chose it (null until the results)
 */
public record Project(long id, long roundId, String title, String summary, long costPence, Feasibility feasibility,
		String feasibilityNote, Verdict verdict, Integer selectedOrder, Long votes, DeliveryStatus deliveryStatus) {

	public boolean onTheBallot() {
		return feasibility == Feasibility.FEASIBLE;
	}
}
