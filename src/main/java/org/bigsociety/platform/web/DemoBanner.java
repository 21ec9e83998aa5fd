package org.bigsociety.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Whether pages carry the banner that says the data is made up. */
@Component("demoBanner")
class DemoBanner {

	private final boolean shown;

	DemoBanner(@Value("${bigsociety.demo.enabled:false}") boolean shown) {
		this.shown = shown;
	}

	public boolean shown() {
		return shown;
	}
}
