package org.bigsociety.record;

import java.util.UUID;

import org.bigsociety.place.AreaId;

/** A fact as a module would publish it, with a unique reference so tests never collide on the shared database. */
public record TestFact(AreaId area, String kind, String summary, String reference) implements PublicFact {

	public static TestFact fact() {
		return new TestFact(new AreaId(1), "test.happened", "Something happened in the test area.",
				"test/" + UUID.randomUUID());
	}

	public TestFact in(long areaId) {
		return new TestFact(new AreaId(areaId), kind, summary, reference);
	}

	public TestFact kind(String kind) {
		return new TestFact(area, kind, summary, reference);
	}

	public TestFact summary(String summary) {
		return new TestFact(area, kind, summary, reference);
	}

	public TestFact reference(String reference) {
		return new TestFact(area, kind, summary, reference);
	}
}
