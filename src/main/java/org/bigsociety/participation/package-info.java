/**
 * Civic participation: how residents shape what the council does where they live, and see that it listens.
 * Petitions for a council area or a neighbourhood (signatures confirmed by email, thresholds for a response and a
 * debate, built for a surge); ideas calls with judging and a build weekend; consultations where residents comment on
 * and propose changes to a draft, paragraph by paragraph, and officers answer each point; participatory budgeting
 * rounds (projects, ballots, paper ballots, and a choice of rule: greedy by votes, greedy by votes per pound, or the
 * Method of Equal Shares, with results that explain every project and can be checked against pabulib files);
 * neighbourhood referendums and polls with a secret ballot; and community forums per area and per group. Each part
 * lives in its own sub-package ({@code petitions}, {@code budgets}, and so on); this root package holds only what
 * other modules may use: ids and the events and public facts the parts publish. Decisions worth keeping (petition
 * responses, budget results with their rule and ballot hash, referendum results, consultation outcomes) go on the
 * public record.
 */
package org.bigsociety.participation;
