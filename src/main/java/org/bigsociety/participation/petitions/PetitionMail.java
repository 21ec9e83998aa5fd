package org.bigsociety.participation.petitions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.bigsociety.participation.PetitionId;
import org.bigsociety.platform.Mail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the mail petitions queue in {@code participation.petition_mail}, in batches, on one node at a time (ShedLock),
 * so no signing request ever waits for a mail server. Each batch is taken with {@code FOR UPDATE SKIP LOCKED} and
 * removed in the same transaction as it is handed to {@link Mail} (all at once with {@link Mail#sendAll}, which the
 * outbox writes in one round trip; if that fails, one by one); a message that fails is tried again later, up to
 * {@value #MAX_ATTEMPTS} times. Delivery is at least once: a crash between sending and committing, or a batch that
 * fails part way, sends some messages twice, which for a confirmation link is harmless.
 */
@Component
class PetitionMail {

	static final int MAX_ATTEMPTS = 8;
	private static final Logger log = LoggerFactory.getLogger(PetitionMail.class);

	private record Queued(long id, MailKind kind, PetitionId petition, Long signature, String recipient, String name,
			String secret, int attempts) {
	}

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final PetitionStore store;
	private final Mail mail;
	private final MessageSource messages;
	private final String baseUrl;
	private final int batchSize;
	private final int batchesPerRun;
	private final ExecutorService senders;
	private final int threads;

	PetitionMail(JdbcClient jdbc, TransactionTemplate transactions, PetitionStore store, Mail mail,
			MessageSource messages, @Value("${bigsociety.base-url}") String baseUrl,
			@Value("${bigsociety.petitions.mail.batch-size:500}") int batchSize,
			@Value("${bigsociety.petitions.mail.batches-per-run:40}") int batchesPerRun,
			@Value("${bigsociety.petitions.mail.threads:3}") int threads) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.store = store;
		this.mail = mail;
		this.messages = messages;
		this.baseUrl = baseUrl;
		this.batchSize = batchSize;
		this.batchesPerRun = batchesPerRun;
		this.threads = Math.max(1, threads);
		AtomicInteger named = new AtomicInteger();
		this.senders = Executors.newFixedThreadPool(this.threads, task -> {
			Thread thread = new Thread(task, "petition-mail-" + named.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Drains the queue, a bounded number of batches per run, so the scheduler thread is not held for long. Within the
	 * one node that holds the lock, {@code bigsociety.petitions.mail.threads} senders take batches side by side
	 * ({@code SKIP LOCKED} keeps them apart): sending is mostly waiting on round trips, and in a surge the queue must
	 * keep up with signing (measured in bench/petitions: one sender fell behind at about 800 a second).
	 */
	@Scheduled(fixedDelayString = "${bigsociety.petitions.mail.interval:200ms}")
	@SchedulerLock(name = "petitions.mail", lockAtMostFor = "PT5M")
	void drain() {
		AtomicInteger left = new AtomicInteger(batchesPerRun);
		List<Future<?>> running = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			running.add(senders.submit(() -> {
				while (left.getAndDecrement() > 0) {
					if (sendBatch() < batchSize) {
						return;
					}
				}
			}));
		}
		for (Future<?> sender : running) {
			try {
				sender.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (ExecutionException ex) {
				log.warn("Petition mail sender failed; the queue keeps its messages for the next run", ex.getCause());
			}
		}
	}

	@PreDestroy
	void stop() {
		senders.shutdownNow();
	}

	/** Sends one batch; answers how many messages it took from the queue. */
	int sendBatch() {
		Integer taken = transactions.execute(status -> {
			List<Queued> batch = jdbc.sql("""
					SELECT id, kind, petition_id, signature_id, recipient, name, secret, attempts
					FROM participation.petition_mail WHERE not_before <= now()
					ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED""")
				.param("limit", batchSize)
				.query((rs, n) -> new Queued(rs.getLong("id"), MailKind.valueOf(rs.getString("kind")),
						new PetitionId(rs.getLong("petition_id")),
						rs.getObject("signature_id") == null ? null : rs.getLong("signature_id"),
						rs.getString("recipient"), rs.getString("name"), rs.getString("secret"), rs.getInt("attempts")))
				.list();
			if (batch.isEmpty()) {
				return 0;
			}
			Map<PetitionId, Optional<Petition>> petitions = new HashMap<>();
			List<Long> done = new ArrayList<>();
			List<Long> failed = new ArrayList<>();
			List<Mail.Message> messages = new ArrayList<>();
			try {
				for (Queued queued : batch) {
					petitions.computeIfAbsent(queued.petition(), store::find)
						.ifPresent(p -> messages.add(message(queued, p)));
				}
				mail.sendAll(messages); // the outbox writes the batch in one round trip
				batch.forEach(queued -> done.add(queued.id()));
			}
			catch (RuntimeException batchFailed) {
				log.debug("Petition mail batch failed, sending one by one", batchFailed);
				for (Queued queued : batch) {
					Optional<Petition> petition = petitions.computeIfAbsent(queued.petition(), store::find);
					try {
						petition.ifPresent(p -> mail.send(message(queued, p)));
						done.add(queued.id());
					}
					catch (RuntimeException ex) {
						if (queued.attempts() + 1 >= MAX_ATTEMPTS) {
							log.error("Giving up on petition mail {} ({}) after {} attempts", queued.id(), queued.kind(),
									MAX_ATTEMPTS, ex);
							done.add(queued.id());
						}
						else {
							log.warn("Petition mail {} ({}) failed, will try again: {}", queued.id(), queued.kind(),
									ex.getMessage());
							failed.add(queued.id());
						}
					}
				}
			}
			if (!done.isEmpty()) {
				jdbc.sql("DELETE FROM participation.petition_mail WHERE id IN (:ids)").param("ids", done).update();
			}
			if (!failed.isEmpty()) {
				jdbc.sql("""
						UPDATE participation.petition_mail SET attempts = attempts + 1,
						    not_before = now() + make_interval(mins => 1 << attempts)
						WHERE id IN (:ids)""").param("ids", failed).update();
			}
			return batch.size();
		});
		return taken == null ? 0 : taken;
	}

	/** How many messages are waiting: what an operator watches in a surge. */
	long waiting() {
		return jdbc.sql("SELECT count(*) FROM participation.petition_mail").query(Long.class).single();
	}

	Mail.Message message(Queued queued, Petition petition) {
		String page = baseUrl + "/petitions/" + petition.id().value();
		return switch (queued.kind()) {
			case CONFIRM_SIGNATURE -> new Mail.Message(queued.recipient(),
					text("petitions.mail.confirm.subject", petition.title()),
					text(petition.state() == PetitionState.COLLECTING_SUPPORT ? "petitions.mail.support.body"
							: "petitions.mail.confirm.body", queued.name(), petition.title(),
							baseUrl + "/petitions/confirm?token=" + queued.signature() + "." + queued.secret()));
			case ALREADY_SIGNED -> new Mail.Message(queued.recipient(),
					text("petitions.mail.already.subject", petition.title()),
					text("petitions.mail.already.body", queued.name(), petition.title(), page));
			case RESPONSE -> new Mail.Message(queued.recipient(),
					text("petitions.mail.response.subject", petition.title()),
					text("petitions.mail.response.body", queued.name(), petition.title(),
							petition.response() == null ? "" : petition.response().text(), page));
		};
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.UK);
	}
}
