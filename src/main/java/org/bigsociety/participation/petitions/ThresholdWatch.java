package org.bigsociety.participation.petitions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.bigsociety.participation.PetitionResponseDue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notices open petitions that have reached a threshold and records when: for the response threshold, the moment the
 * signature that reached it was confirmed starts the council's clock, and the due date goes on the public record.
 * Signing never does this work, so a surge adds nothing here but one count per petition per run. Once recorded the
 * clock does not move, even if a moderator later strikes out signatures.
 */
@Component
class ThresholdWatch {

	private final PetitionStore store;
	private final Signatures signatures;
	private final AreaThresholds thresholds;
	private final Petitions petitions;
	private final ApplicationEventPublisher events;
	private final MessageSource messages;
	private final TransactionTemplate transactions;

	ThresholdWatch(PetitionStore store, Signatures signatures, AreaThresholds thresholds, Petitions petitions,
			ApplicationEventPublisher events, MessageSource messages, TransactionTemplate transactions) {
		this.store = store;
		this.signatures = signatures;
		this.thresholds = thresholds;
		this.petitions = petitions;
		this.events = events;
		this.messages = messages;
		this.transactions = transactions;
	}

	@Scheduled(fixedDelayString = "${bigsociety.petitions.threshold-watch.interval:15s}")
	@SchedulerLock(name = "petitions.thresholds", lockAtMostFor = "PT5M")
	void watch() {
		store.openWithoutStamps(1000).forEach(this::check);
	}

	void check(Petition petition) {
		Thresholds applying = thresholds.of(petition.area());
		if (petition.responseDueFrom() == null) {
			signatures.nthConfirmation(petition.id(), applying.response())
				.ifPresent(reached -> startClock(petition, applying, reached));
		}
		if (petition.debateReachedAt() == null) {
			Optional<Instant> debate = signatures.nthConfirmation(petition.id(), applying.debate());
			if (debate.isPresent() && store.stampDebate(petition.id(), debate.get())) {
				petitions.evict(petition.id());
			}
		}
	}

	private void startClock(Petition petition, Thresholds applying, Instant reached) {
		transactions.executeWithoutResult(status -> {
			if (!store.stampResponseDue(petition.id(), reached)) {
				return;
			}
			LocalDate due = petitions.responseDueBy(reached);
			String summary = messages.getMessage("petitions.fact.responseDue",
					new Object[] { petition.id().value(), petitions.areaName(petition.area()),
							Facts.quoted(petition.title()), applying.response(), due.format(PetitionDates.DAY) },
					Locale.UK);
			events.publishEvent(new PetitionResponseDue(petition.area(), petition.id(), applying.response(), due, summary));
		});
		petitions.evict(petition.id());
	}
}
