package org.bigsociety.participation.consultations;

/**
 * An officer answered a comment or proposal, or changed the answer ({@code changed}); published in the transaction
 * that saved it, so {@link AnswerMail} tells the resident who said it only once the answer is committed. Carries the
 * answer as it was saved, so a later change cannot alter what this mail says.
 */
public record ContributionAnswered(long consultation, long contribution, Answer answer, String reason,
		boolean changed) {
}
