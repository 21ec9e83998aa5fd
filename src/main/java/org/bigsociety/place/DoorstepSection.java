package org.bigsociety.place;

import java.util.Map;

/**
 * A module's section on {@code /near/{postcode}}: what it has near that doorstep. Declare one as a bean; the page
 * renders each section's Thymeleaf fragment in {@link #order()}, and inside the fragment the map {@link #model}
 * returned is {@code ${section.model()}}, for example {@code th:each="bank : ${section.model()['timeBanks']}"}. Start
 * the fragment with an {@code h2} (the page's heading is the only {@code h1}). A section whose {@code model} throws is
 * left out and logged, so one module cannot take the page down.
 */
public interface DoorstepSection {

	int order();

	/** A fragment expression such as {@code timebank/near :: section}. */
	String fragment();

	Map<String, Object> model(Doorstep doorstep);
}
