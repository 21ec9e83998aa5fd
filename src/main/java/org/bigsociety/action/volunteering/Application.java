package org.bigsociety.action.volunteering;

import java.time.Instant;

import org.bigsociety.people.PersonId;

/** Someone's application for a role: APPLIED, then ACCEPTED or DECLINED by the poster, or WITHDRAWN by them. */
public record Application(long id, long roleId, long opportunityId, PersonId person, String message, Status status,
		Instant appliedAt, Instant decidedAt) {

	public enum Status {
		APPLIED, ACCEPTED, DECLINED, WITHDRAWN
	}

	public boolean withdrawable() {
		return status == Status.APPLIED || status == Status.ACCEPTED;
	}
}
