package org.bigsociety.timebank.ledger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.bigsociety.timebank.ledger.Journal.One;
import org.bigsociety.timebank.ledger.Journal.Single;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Group commit for single transfers made outside a caller's transaction: when several clients transfer at the same
 * moment, their transfers go to the database together, in one statement that commits once ({@link Journal#postMany}),
 * and each client still gets its own outcome (posted, replayed, refused) exactly as if it had posted alone. A client
 * alone posts at once in its own statement ({@link Journal#postOne}), so nothing waits for company.
 *
 * <p>There is no background thread. A client queues its transfer and, if fewer than {@code leaders} clients are
 * posting for others, becomes one of them: it takes what is queued (up to {@code max}, leaving for the next group any
 * transfer that shares an account or a key with one already taken, so that each check stays independent), posts it,
 * and hands every client its answer. Others wait for theirs. A group's statement commits all of it or nothing: if it
 * fails (a lost connection, one transfer the database rejects), each of its transfers is posted again alone, so one
 * failure cannot refuse the others, and a transfer whose commit went through before the connection was lost is
 * found by its key and answered as a replay.
 */
@Component
class GroupCommit {

	/** A client's transfer, waiting for its answer. */
	private static final class Waiting {

		final Single single;

		final Thread client = Thread.currentThread();

		volatile boolean done;

		Object answer;

		Waiting(Single single) {
			this.single = single;
		}

		void answer(Object answer) {
			this.answer = answer;
			done = true;
			LockSupport.unpark(client);
		}
	}

	/** How long a waiting client sleeps before it looks again whether it may lead (it is woken earlier, normally). */
	private static final long LOOK_AGAIN_NANOS = TimeUnit.MICROSECONDS.toNanos(500);

	private final Journal journal;

	private final Clock clock;

	private final ConcurrentLinkedDeque<Waiting> queue = new ConcurrentLinkedDeque<>();

	private final Semaphore leaders;

	private final int max;

	private final AtomicLong groups = new AtomicLong();

	private final AtomicLong grouped = new AtomicLong();

	GroupCommit(Journal journal, Clock clock, ObjectProvider<MeterRegistry> meters,
			@Value("${bigsociety.timebank.ledger.group-commit.leaders:2}") int leaders,
			@Value("${bigsociety.timebank.ledger.group-commit.max:64}") int max) {
		if (leaders < 1 || max < 1) {
			throw new IllegalArgumentException("Group commit needs at least one leader and groups of at least one");
		}
		this.journal = journal;
		this.clock = clock;
		this.leaders = new Semaphore(leaders);
		this.max = max;
		meters.ifAvailable(registry -> {
			FunctionCounter.builder("bigsociety.ledger.group.commits", groups, AtomicLong::get)
				.description("Statements that posted single transfers made outside a transaction, alone or together")
				.register(registry);
			FunctionCounter.builder("bigsociety.ledger.group.transfers", grouped, AtomicLong::get)
				.description("Single transfers those statements posted")
				.register(registry);
		});
	}

	/**
	 * Posts the transfer, together with any others sent at the same moment.
	 *
	 * @throws Refusal as {@link Journal#outcome}
	 */
	Transfer post(Single single) {
		Waiting waiting = new Waiting(single);
		queue.add(waiting);
		// The transfer is queued and will be posted whatever happens: an interrupt is kept for later, not acted on
		// (and would otherwise keep the wait below from sleeping).
		boolean interrupted = false;
		while (!waiting.done) {
			if (leaders.tryAcquire()) {
				try {
					lead();
				}
				finally {
					leaders.release();
				}
				// Whoever queued while this client led, and found no free leader, may lead now.
				Waiting next = queue.peek();
				if (next != null) {
					LockSupport.unpark(next.client);
				}
			}
			else {
				LockSupport.parkNanos(this, LOOK_AGAIN_NANOS);
				interrupted |= Thread.interrupted();
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
		if (waiting.answer instanceof RuntimeException failure) {
			throw failure;
		}
		One one = (One) waiting.answer;
		// Replays and refusals are read here, by their own client, not by the leader for the whole group.
		return journal.outcome(single, one);
	}

	/**
	 * Takes a group from the queue and posts it; what shares an account or a key with a transfer already in the group
	 * goes back to the front of the queue.
	 */
	private void lead() {
		List<Waiting> group = new ArrayList<>();
		List<Waiting> later = new ArrayList<>();
		Set<Long> accounts = new HashSet<>();
		Set<String> keys = new HashSet<>();
		Waiting waiting;
		while (group.size() < max && (waiting = queue.poll()) != null) {
			TransferRequest request = waiting.single.request();
			long from = request.from().value();
			long to = request.to().value();
			String key = request.recording().key().value();
			if (accounts.contains(from) || accounts.contains(to) || keys.contains(key)) {
				later.add(waiting);
				continue;
			}
			accounts.add(from);
			accounts.add(to);
			keys.add(key);
			group.add(waiting);
		}
		// Back to the front of the queue, in their order, so that they go in the next group.
		for (int i = later.size() - 1; i >= 0; i--) {
			queue.addFirst(later.get(i));
		}
		try {
			post(group);
		}
		finally {
			// Nobody may wait for ever: whatever escaped posting (an Error) still answers every client of the group,
			// which retries with its key (and finds its transfer, if it was posted after all).
			for (Waiting each : group) {
				if (!each.done) {
					each.answer(new IllegalStateException("The group of transfers could not be posted"));
				}
			}
		}
	}

	/** How many groups have been posted since start, alone or together. */
	long groups() {
		return groups.get();
	}

	/** How many transfers those groups held. */
	long grouped() {
		return grouped.get();
	}

	private void post(List<Waiting> group) {
		if (group.isEmpty()) {
			return;
		}
		groups.incrementAndGet();
		grouped.addAndGet(group.size());
		Instant now = clock.instant();
		if (group.size() == 1) {
			Waiting alone = group.get(0);
			try {
				alone.answer(journal.postOneFound(alone.single, now));
			}
			catch (RuntimeException failure) {
				alone.answer(failure);
			}
			return;
		}
		List<One> found;
		try {
			found = journal.postMany(group.stream().map(w -> w.single).toList(), now);
		}
		catch (RuntimeException failure) {
			// Nothing of the group was committed (or, if the connection died after the commit, each key finds its
			// transfer when posted again): post each alone, so each client gets its own answer.
			for (Waiting each : group) {
				try {
					each.answer(journal.postOneFound(each.single, clock.instant()));
				}
				catch (RuntimeException alsoFailed) {
					each.answer(alsoFailed);
				}
			}
			return;
		}
		for (int i = 0; i < group.size(); i++) {
			group.get(i).answer(found.get(i));
		}
	}
}
