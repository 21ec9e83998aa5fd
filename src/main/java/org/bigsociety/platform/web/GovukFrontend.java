package org.bigsociety.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The version of the GOV.UK Frontend webjar, for asset paths in templates. */
@Component("govukFrontend")
class GovukFrontend {

	private final String version;

	GovukFrontend(@Value("${bigsociety.govuk-frontend.version}") String version) {
		this.version = version;
	}

	public String version() {
		return version;
	}

	public String getVersion() {
		return version;
	}
}
