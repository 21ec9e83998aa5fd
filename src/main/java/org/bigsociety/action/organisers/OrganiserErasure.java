package org.bigsociety.action.organisers;

import org.bigsociety.people.AccountDeleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When an organiser deletes their account: their training record goes, and their campaigns' conversations (which
 * never named anyone) stay in what each area is talking about without saying who listened.
 */
@Component
class OrganiserErasure {

	private final Training training;
	private final ListeningCampaigns campaigns;

	OrganiserErasure(Training training, ListeningCampaigns campaigns) {
		this.training = training;
		this.campaigns = campaigns;
	}

	@ApplicationModuleListener
	void on(AccountDeleted deleted) {
		training.forget(deleted.person());
		campaigns.forget(deleted.person());
	}
}
