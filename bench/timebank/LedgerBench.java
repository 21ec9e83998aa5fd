import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import org.bigsociety.BigSocietyApplication;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.AreaId;
import org.bigsociety.timebank.Minutes;
import org.bigsociety.timebank.TimeBankId;
import org.bigsociety.timebank.ledger.Account;
import org.bigsociety.timebank.ledger.AccountId;
import org.bigsociety.timebank.ledger.BatchRequest;
import org.bigsociety.timebank.ledger.Book;
import org.bigsociety.timebank.ledger.Holder;
import org.bigsociety.timebank.ledger.IdempotencyKey;
import org.bigsociety.timebank.ledger.Ledger;
import org.bigsociety.timebank.ledger.Limits;
import org.bigsociety.timebank.ledger.Recording;
import org.bigsociety.timebank.ledger.TransferRequest;
import org.bigsociety.groups.OrganisationId;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The ledger's throughput through the real {@link Ledger} and PostgreSQL, beside pgbench's TPC-B-like transactions per
 * second on the same embedded server in the same run (before and after the ledger, averaged). Not a test: run it with
 * {@code bench/timebank/run.sh} (see README.md). Settings as system properties: {@code seconds} per phase (20),
 * {@code threads} (8), {@code batchSize} (100), {@code scale} for pgbench (10).
 */
public class LedgerBench {

	static final int SECONDS = Integer.getInteger("seconds", 20);
	/** Long enough for the JIT to compile the hot paths, so their compiling is not counted. */
	static final int WARM_UP = Integer.getInteger("warmUp", Math.max(8, SECONDS / 2));
	static final int THREADS = Integer.getInteger("threads", 8);
	static final int BATCH = Integer.getInteger("batchSize", 100);
	static final int SCALE = Integer.getInteger("scale", 10);
	static final int MEMBERS = 1000;
	/** The most single transfers posted together (group commit); 1 posts each alone, as before group commit. */
	static final int GROUP_MAX = Integer.getInteger("groupMax", 64);
	/** How many clients may post groups at once. */
	static final int GROUP_LEADERS = Integer.getInteger("groupLeaders", 2);
	/** Only the single transfers, without pgbench or batches (for profiling). */
	static final boolean SINGLES_ONLY = Boolean.getBoolean("singlesOnly");
	static final Path DATA = Path.of("target/bench-postgres");
	static final Limits WIDE = new Limits(Minutes.of(-1_000_000_000), Minutes.of(1_000_000_000), Minutes.ZERO);

	public static void main(String[] args) throws Exception {
		// A fresh server with fsync on, as in production (the tests' throwaway server runs with fsync off).
		deleteRecursively(DATA);
		ConfigurableApplicationContext app = new SpringApplicationBuilder(BigSocietyApplication.class).run(
				"--server.port=0", "--bigsociety.embedded.data-dir=" + DATA, "--bigsociety.embedded.clean=false",
				"--bigsociety.demo.enabled=false", "--logging.level.root=WARN",
				"--spring.datasource.hikari.maximum-pool-size=" + (THREADS + 2),
				"--bigsociety.timebank.ledger.group-commit.max=" + GROUP_MAX,
				"--bigsociety.timebank.ledger.group-commit.leaders=" + GROUP_LEADERS);
		int status = 0;
		try {
			run(app);
		}
		catch (Exception ex) {
			ex.printStackTrace();
			status = 1;
		}
		finally {
			app.close();
		}
		System.exit(status);
	}

	static void run(ConfigurableApplicationContext app) throws Exception {
		String jdbcUrl = app.getEnvironment().getRequiredProperty("spring.datasource.url");
		int port = URI.create(jdbcUrl.substring("jdbc:".length())).getPort();
		Ledger ledger = app.getBean(Ledger.class);
		meters = app.getBean(MeterRegistry.class);
		System.out.printf(Locale.ROOT, "LedgerBench: %d s per phase after %d s warm-up, %d client threads, "
				+ "batches of %d, pgbench scale %d, PostgreSQL on port %d with fsync on%n", SECONDS, WARM_UP, THREADS,
				BATCH, SCALE, port);
		System.out.printf(Locale.ROOT, "CPUs: %d; load average before: %s%n",
				Runtime.getRuntime().availableProcessors(), loadAverage());

		if (SINGLES_ONLY) {
			singles(ledger);
			return;
		}
		preparePgbench(jdbcUrl, port);
		Rate pgbenchBefore = pgbench(port);

		Rate transfers = singles(ledger);

		// Group activities: each client thread is one organisation crediting its own attendees (disjoint sets, as
		// different groups' activities mostly are), BATCH at a time, all in one book.
		Book groups = ledger.openBook(new TimeBankId(900_002), new AreaId(1), WIDE);
		int perGroup = Math.max(BATCH * 2, MEMBERS / THREADS);
		List<Account> attendees = members(ledger, groups, perGroup * THREADS, 2_000_000);
		List<Account> organisations = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			organisations.add(ledger.openAccount(groups.bank(), Holder.organisation(new OrganisationId(3_000_000 + t))));
		}
		AtomicLong nextGroup = new AtomicLong();
		ThreadLocal<Integer> group = ThreadLocal.withInitial(() -> (int) nextGroup.getAndIncrement() % THREADS);
		PersonId organiser = new PersonId(4_000_000);
		Rate credits = measure("group batches (credits)", () -> {
			int g = group.get();
			List<Account> own = attendees.subList(g * perGroup, (g + 1) * perGroup);
			int start = ThreadLocalRandom.current().nextInt(perGroup - BATCH + 1);
			List<AccountId> payees = own.subList(start, start + BATCH).stream().map(Account::id).toList();
			ledger.creditMany(BatchRequest.equalShares(organisations.get(g).id(), payees, Minutes.of(60),
					Recording.by(organiser, key(), "Bench group activity")));
			return BATCH;
		});

		Rate pgbenchAfter = pgbench(port);
		double baseline = (pgbenchBefore.perSecond() + pgbenchAfter.perSecond()) / 2;
		double baselineCpu = (pgbenchBefore.serverMicros() + pgbenchAfter.serverMicros()) / 2;
		System.out.println();
		System.out.printf(Locale.ROOT, "pgbench tpcb-like, %d clients:  %6.0f tps (%.0f before, %.0f after); "
				+ "server CPU %.0f us per transaction%n", THREADS, baseline, pgbenchBefore.perSecond(),
				pgbenchAfter.perSecond(), baselineCpu);
		System.out.printf(Locale.ROOT, "single transfers, %d threads:   %6.0f transfers/s = %.2fx pgbench's tps "
				+ "(target >= 0.8x); CPU per transfer: server %.0f us, JVM %.0f us%n", THREADS,
				transfers.perSecond(), transfers.perSecond() / baseline, transfers.serverMicros(),
				transfers.jvmMicros());
		System.out.printf(Locale.ROOT, "group batches of %d, %d threads: %6.0f credits/s (target >= 10000) = %.0f "
				+ "batches/s = %.2fx pgbench's tps; CPU per credit: server %.0f us, JVM %.0f us%n", BATCH, THREADS,
				credits.perSecond(), credits.perSecond() / BATCH, credits.perSecond() / baseline,
				credits.serverMicros(), credits.jvmMicros());
		System.out.printf(Locale.ROOT, "load average after: %s%n", loadAverage());
	}

	static MeterRegistry meters;

	static double counted(String name) {
		return meters.get(name).functionCounter().count();
	}

	/** Single transfers: one book, a thousand members, limits wide enough that nothing is refused. */
	static Rate singles(Ledger ledger) throws Exception {
		Book singles = ledger.openBook(new TimeBankId(900_001), new AreaId(1), WIDE);
		List<Account> members = members(ledger, singles, MEMBERS, 1_000_000);
		double statementsBefore = counted("bigsociety.ledger.group.commits");
		double transfersBefore = counted("bigsociety.ledger.group.transfers");
		Rate rate = measure("single transfers", () -> {
			ThreadLocalRandom random = ThreadLocalRandom.current();
			Account from = members.get(random.nextInt(members.size()));
			Account to = members.get(random.nextInt(members.size()));
			while (to.equals(from)) {
				to = members.get(random.nextInt(members.size()));
			}
			ledger.transfer(new TransferRequest(from.id(), to.id(), Minutes.of(1 + random.nextInt(120)),
					Recording.by(new PersonId(from.holder().id()), key(), "Bench transfer")));
			return 1;
		});
		System.out.printf(Locale.ROOT, "single transfers: group commit of at most %d by %d leaders, on average %.2f "
				+ "transfers a statement (warm-up included)%n", GROUP_MAX, GROUP_LEADERS,
				(counted("bigsociety.ledger.group.transfers") - transfersBefore)
						/ (counted("bigsociety.ledger.group.commits") - statementsBefore));
		return rate;
	}

	interface Work {
		/** Does one unit and says how many items it moved. */
		int once() throws Exception;
	}

	/** Items per second, and the CPU each item took in PostgreSQL's processes and in this JVM. */
	record Rate(double perSecond, double serverMicros, double jvmMicros) {
	}

	/** Runs THREADS clients for the warm-up, then counts items for SECONDS. */
	static Rate measure(String name, Work work) throws Exception {
		AtomicBoolean stop = new AtomicBoolean();
		AtomicLong items = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		List<Future<?>> clients = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			clients.add(pool.submit(() -> {
				while (!stop.get()) {
					items.addAndGet(work.once());
				}
				return null;
			}));
		}
		Thread.sleep(WARM_UP * 1000L);
		long before = items.get();
		long serverBefore = serverCpuNanos();
		long jvmBefore = jvmCpuNanos();
		long start = System.nanoTime();
		Thread.sleep(SECONDS * 1000L);
		long after = items.get();
		long elapsed = System.nanoTime() - start;
		long server = serverCpuNanos() - serverBefore;
		long jvm = jvmCpuNanos() - jvmBefore;
		stop.set(true);
		for (Future<?> client : clients) {
			client.get();
		}
		pool.shutdown();
		long done = after - before;
		Rate rate = new Rate(done / (elapsed / 1e9), server / 1e3 / done, jvm / 1e3 / done);
		System.out.printf(Locale.ROOT, "%s: %.0f per second (%d in %.1f s), CPU per item: server %.0f us, JVM %.0f us%n",
				name, rate.perSecond(), done, elapsed / 1e9, rate.serverMicros(), rate.jvmMicros());
		return rate;
	}

	static List<Account> members(Ledger ledger, Book book, int count, long firstPerson) {
		List<Account> accounts = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			accounts.add(ledger.openAccount(book.bank(), Holder.person(new PersonId(firstPerson + i))));
		}
		return accounts;
	}

	static IdempotencyKey key() {
		return IdempotencyKey.of(UUID.randomUUID().toString());
	}

	// ---- pgbench, in a scratch database on the same server

	static void preparePgbench(String jdbcUrl, int port) throws Exception {
		try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS pgbench_scratch");
			statement.execute("CREATE DATABASE pgbench_scratch");
		}
		command(List.of("pgbench", "-i", "-q", "-s", String.valueOf(SCALE), "-h", "localhost", "-p",
				String.valueOf(port), "-U", "postgres", "pgbench_scratch"));
	}

	static Rate pgbench(int port) throws Exception {
		long serverBefore = serverCpuNanos();
		String out = command(List.of("pgbench", "-b", "tpcb-like", "-c", String.valueOf(THREADS), "-j",
				String.valueOf(Math.min(THREADS, Runtime.getRuntime().availableProcessors())), "-T",
				String.valueOf(SECONDS), "-h", "localhost", "-p", String.valueOf(port), "-U", "postgres",
				"pgbench_scratch"));
		Matcher tps = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)").matcher(out);
		if (!tps.find()) {
			throw new IllegalStateException("pgbench printed no tps:\n" + out);
		}
		double value = Double.parseDouble(tps.group(1));
		Thread.sleep(1000); // let the server reap pgbench's backends, so their CPU is counted
		Matcher count = Pattern.compile("number of transactions actually processed: ([0-9]+)").matcher(out);
		double serverMicros = count.find() ? (serverCpuNanos() - serverBefore) / 1e3 / Long.parseLong(count.group(1))
				: Double.NaN;
		System.out.printf(Locale.ROOT, "pgbench tpcb-like: %.0f tps, server CPU per transaction %.0f us%n", value,
				serverMicros);
		return new Rate(value, serverMicros, 0);
	}

	static String command(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
		}
		return out;
	}

	/** CPU used by this JVM so far. */
	static long jvmCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/** CPU used so far by the PostgreSQL server: the postmaster, its live children, and its children gone. */
	static long serverCpuNanos() {
		try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
			long postmaster = Long.parseLong(Files.readAllLines(DATA.resolve("postmaster.pid")).get(0).strip());
			long ticks = 0;
			for (Path process : processes) {
				try {
					String stat = Files.readString(process.resolve("stat"));
					String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					long pid = Long.parseLong(process.getFileName().toString());
					long ppid = Long.parseLong(fields[1]);
					long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
					if (pid == postmaster) {
						ticks += own + Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
					}
					else if (ppid == postmaster) {
						ticks += own;
					}
				}
				catch (IOException | RuntimeException gone) {
					// The process ended while being read.
				}
			}
			return ticks * 10_000_000L; // USER_HZ is 100 on Linux
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
