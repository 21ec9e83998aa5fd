package org.bigsociety.place;

import java.util.Map;

/**
 * A module's section on {@code /near/{postcode}}: what it has near that doorstep. The page renders each section's
 * Thymeleaf fragment with the model it returns, in {@link #order()}.
 */
public interface DoorstepSection {

	int order();

	/** A fragment expression such as {@code timebank/near :: section}. */
	String fragment();

	Map<String, Object> model(Doorstep doorstep);
}
