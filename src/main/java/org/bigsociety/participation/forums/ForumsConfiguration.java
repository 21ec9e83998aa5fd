package org.bigsociety.participation.forums;

import java.time.Clock;

import org.bigsociety.people.AccountDeleted;
import org.bigsociety.people.PersonRegistered;
import org.bigsociety.platform.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** The forums' place in the platform: who may reach which pages, new accounts, and deleted ones. */
@Configuration
class ForumsConfiguration {

	/**
	 * Posting, changing your own posts ({@code /forums/posts/{id}/edit}), reporting and moderating need a sign-in; the
	 * services then check the person may post there (and wrote the post), or moderates that forum (a moderator for its
	 * area, an administrator of its group).
	 */
	@Bean
	AccessRules forumAccessRules() {
		return requests -> requests
			.requestMatchers("/forums/areas/*/new", "/forums/groups/*/new", "/forums/threads/*/replies",
					"/forums/threads/*/lock", "/forums/posts/**", "/forums/areas/*/moderation",
					"/forums/groups/*/moderation", "/forums/suspensions/**")
			.authenticated();
	}

	/** Remembers when accounts open, for pre-moderation and the links allowed to new accounts. */
	@Component
	static class Newcomers {

		private final ForumStore store;
		private final Clock clock;

		Newcomers(ForumStore store, Clock clock) {
			this.store = store;
			this.clock = clock;
		}

		@ApplicationModuleListener
		void on(PersonRegistered registered) {
			store.registered(registered.person(), clock.instant());
		}
	}

	/** A deleted account's posts keep their place in their threads, as "deleted account", without their words. */
	@Component
	static class ForgetDeletedAccounts {

		private final ForumStore store;

		ForgetDeletedAccounts(ForumStore store) {
			this.store = store;
		}

		@ApplicationModuleListener
		void on(AccountDeleted deleted) {
			store.forget(deleted.person());
		}
	}
}
