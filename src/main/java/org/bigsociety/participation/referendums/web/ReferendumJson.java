package org.bigsociety.participation.referendums.web;

import java.time.Instant;
import java.util.List;

import org.bigsociety.participation.referendums.Referendum;
import org.bigsociety.participation.referendums.Referendums;
import org.bigsociety.place.Area;

/**
 * A referendum or poll as open data: what was asked, of whom, under which rule, and, once counted, the result with
 * the ballot-set hash. Nothing about who voted.
 */
record ReferendumJson(long id, String kind, String question, String explanation, Place area, String state,
		Instant opensAt, Instant closesAt, Rule rule, String verification, int minChoices, int maxChoices,
		List<Answer> answers, Integer rollSize, Integer ballots, Boolean passed, String ballotHash, String ballotsUrl) {

	record Place(long id, String name, String gssCode) {
	}

	/** {@code percent} 50 is a simple majority (more than half); above it, at least that share. */
	record Rule(int percent, boolean simpleMajority, int minimumTurnoutPercent) {
	}

	record Answer(int position, String label, Integer votes) {
	}

	static ReferendumJson of(Referendum r, Referendums referendums) {
		Area area = referendums.area(r.area()).orElse(null);
		boolean counted = r.ballots() != null;
		return new ReferendumJson(r.id(), r.kind().name(), r.question(), r.explanation(),
				new Place(r.area().value(), area == null ? null : area.name(),
						area == null ? null : area.gssCode().map(code -> code.value()).orElse(null)),
				ReferendumView.of(r, referendums).status(), r.opensAt(), r.closesAt(),
				r.poll() ? null : new Rule(r.rule().percent(), r.rule().simpleMajority(), r.rule().minimumTurnout()),
				r.verification().name(), r.minChoices(), r.maxChoices(),
				r.options().stream().map(o -> new Answer(o.position(), o.label(), o.votes())).toList(),
				r.poll() ? null : r.rollSize(), r.ballots(), r.passed(), r.ballotHash(),
				counted ? "/referendums/" + r.id() + "/ballots.txt" : null);
	}
}
