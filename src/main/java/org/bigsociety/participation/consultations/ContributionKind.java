package org.bigsociety.participation.consultations;

/** What a resident said about a paragraph: a comment, or replacement text for it. */
public enum ContributionKind {
	COMMENT, PROPOSAL
}
