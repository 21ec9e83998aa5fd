package org.bigsociety.record.chain;

import org.bigsociety.record.PublicFact;
import org.bigsociety.record.RecordEntry;
import org.springframework.context.ApplicationContext;

/** Lets tests outside this package append straight to the chain, without waiting for an event. */
public final class Recording {

	private Recording() {
	}

	public static RecordEntry append(ApplicationContext context, PublicFact fact) {
		return context.getBean(Chain.class).append(fact);
	}
}
