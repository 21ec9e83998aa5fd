package org.bigsociety.action.volunteering;

/** The poster accepted or declined an application; the applicant is told by mail. */
public record ApplicationDecided(long application) {
}
