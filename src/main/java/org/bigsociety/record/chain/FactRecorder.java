package org.bigsociety.record.chain;

import org.bigsociety.record.PublicFact;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts every published {@link PublicFact} on the record once the transaction that published it has committed. The
 * event publication registry keeps the event until this has run, so a crash in between only delays the entry; a
 * fact that breaks the rules stays there, incomplete, for an operator to see.
 */
@Component
class FactRecorder {

	private final Chain chain;

	FactRecorder(Chain chain) {
		this.chain = chain;
	}

	@ApplicationModuleListener
	void on(PublicFact fact) {
		chain.append(fact);
	}
}
