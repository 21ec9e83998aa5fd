import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The petition surge benchmark's load driver (bench/petitions/README.md). Signs one petition over HTTP as fast as the
 * server answers, from {@code clients} concurrent signers, for {@code seconds}; follows every confirmation link the
 * platform mails (read from the outbox as soon as the mail worker writes it); counts confirmed signatures per second;
 * then checks the database: every accepted signature stored once, every followed link confirmed, nothing lost or
 * duplicated, and the petition's public count equal to the database's.
 *
 * <p>Usage: {@code java -cp postgresql.jar SurgeDriver.java <base-url> <jdbc-url> <seconds> <clients> <warm-up-seconds>}
 */
public class SurgeDriver {

	static final Pattern LINK = Pattern.compile("/petitions/confirm\\?token=([0-9]+\\.[A-Za-z0-9_-]+)");
	static final long MAX_AHEAD = 5_000;
	static final long LOOK_BACK = 3_000; // more than the senders can hold uncommitted at once (3 x 500)
	static final String[] POSTCODES = { "E8 1DY", "E5 0LL", "E9 6AA", "N16 0AB" };

	final String base;
	final String jdbcUrl;
	final HttpClient http;
	final String run = Long.toString(System.currentTimeMillis(), 36);
	final AtomicLong signed = new AtomicLong();
	final AtomicLong signFailures = new AtomicLong();
	final AtomicLong confirmed = new AtomicLong();
	final AtomicLong confirmFailures = new AtomicLong();
	final AtomicLong linksSeen = new AtomicLong();
	final AtomicLong next = new AtomicLong();
	volatile boolean signing = true;
	volatile long measureFrom = Long.MAX_VALUE;
	volatile long measureTo = Long.MAX_VALUE;
	final AtomicLongArray perSecond = new AtomicLongArray(3600);
	final AtomicLong inWindow = new AtomicLong();
	volatile long warmedUp;

	SurgeDriver(String base, String jdbcUrl) {
		this.base = base;
		this.jdbcUrl = jdbcUrl;
		this.http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.executor(Executors.newFixedThreadPool(4))
			.build();
	}

	public static void main(String[] args) throws Exception {
		if (args[0].equals("floor")) {
			floor(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
			return;
		}
		String base = args[0];
		String jdbc = args[1];
		int seconds = Integer.parseInt(args[2]);
		int clients = Integer.parseInt(args[3]);
		int warmUp = Integer.parseInt(args[4]);
		boolean ok = new SurgeDriver(base, jdbc).go(seconds, clients, warmUp);
		System.exit(ok ? 0 : 1); // the HTTP client's threads would keep the JVM alive
	}

	boolean go(int seconds, int clients, int warmUp) throws Exception {
		long petition = openPetition();
		System.out.printf(Locale.ROOT, "petition %d, %d concurrent signers, %d s warm-up, %d s measured%n", petition,
				clients, warmUp, seconds);
		Thread poller = new Thread(() -> followLinks(clients));
		poller.setDaemon(true);
		poller.start();
		for (int i = 0; i < clients; i++) {
			signNext(petition);
		}
		long start = System.nanoTime();
		measureFrom = start + Duration.ofSeconds(warmUp).toNanos();
		measureTo = measureFrom + Duration.ofSeconds(seconds).toNanos();
		long lastConfirmed = 0;
		for (int s = 1; s <= warmUp + seconds; s++) {
			Thread.sleep(Math.max(0, start + Duration.ofSeconds(s).toNanos() - System.nanoTime()) / 1_000_000);
			long now = confirmed.get();
			System.out.printf(Locale.ROOT, "%3d s  signed %7d  confirmed %7d  (+%5d/s)  waiting links %6d  failures %d/%d%s%n",
					s, signed.get(), now, now - lastConfirmed, linksSeen.get() - confirmed.get() - confirmFailures.get(),
					signFailures.get(), confirmFailures.get(), s <= warmUp ? "  warm-up" : "");
			lastConfirmed = now;
			if (s == warmUp) {
				warmedUp = now;
				System.out.printf(Locale.ROOT, "WARM %d%n", now);
			}
		}
		signing = false;
		// Let every link already mailed be followed, so the database check below is complete.
		long drainUntil = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (confirmed.get() + confirmFailures.get() < signed.get() && System.nanoTime() < drainUntil) {
			Thread.sleep(200);
		}
		Thread.sleep(500);

		long measured = inWindow.get();
		double rate = measured / (double) seconds;
		long lowest = Long.MAX_VALUE;
		for (int s = 0; s < seconds; s++) {
			lowest = Math.min(lowest, perSecond.get(s));
		}
		System.out.printf(Locale.ROOT, "%nconfirmed signatures in the %d s window: %d = %.0f per second (lowest second %d)%n",
				seconds, measured, rate, lowest);
		System.out.printf(Locale.ROOT, "RATE %.1f%n", rate);
		System.out.printf(Locale.ROOT, "AFTER_WARM_UP %d%n", confirmed.get() - warmedUp);
		return check(petition);
	}

	/**
	 * The framework's floor: the same number of clients asking for the lightest page there is (the liveness probe,
	 * through the same Tomcat and filter chain, touching no table) as fast as it answers. Two of these per signature
	 * is the most a signature could cost if the petitions code cost nothing.
	 */
	static void floor(String base, int seconds, int clients) throws Exception {
		HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
		AtomicLong answered = new AtomicLong();
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/actuator/health/liveness")).build();
		java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(clients);
		for (int i = 0; i < clients; i++) {
			new Object() {
				void next() {
					if (System.nanoTime() > end) {
						done.countDown();
						return;
					}
					http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
						if (error == null && response.statusCode() == 200) {
							answered.incrementAndGet();
						}
						next();
					});
				}
			}.next();
		}
		done.await();
		System.out.printf(Locale.ROOT, "FLOOR %.1f%n", answered.get() / (double) seconds);
		System.exit(0);
	}

	/**
	 * Signs again, unless signing has run so far ahead of confirmation that the mail queue would only grow: a signature
	 * counts once confirmed, so the sustainable rate is the one both halves keep up with.
	 */
	void signNext(long petition) {
		if (!signing) {
			return;
		}
		if (signed.get() - confirmed.get() > MAX_AHEAD) {
			CompletableFuture.delayedExecutor(5, java.util.concurrent.TimeUnit.MILLISECONDS).execute(() -> signNext(petition));
			return;
		}
		long n = next.incrementAndGet();
		String form = "name=" + enc("Surge Signer " + n) + "&email=" + enc("bench-" + run + "-" + n + "@example.org")
				+ "&postcode=" + enc(POSTCODES[(int) (n % POSTCODES.length)]) + "&declared=true";
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/petitions/" + petition + "/sign"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
			if (error == null && response.statusCode() == 302
					&& response.headers().firstValue("Location").orElse("").endsWith("/sign/check-email")) {
				signed.incrementAndGet();
			}
			else {
				if (signFailures.incrementAndGet() <= 5) {
					System.out.println("sign failed: " + (error != null ? error : response.statusCode()));
				}
			}
			signNext(petition);
		});
	}

	/**
	 * Reads new confirmation mail from the outbox and follows each link, a bounded number at once. Once signing has
	 * stopped and nothing new arrives, it sweeps the whole run's mail once a second for any it has not seen (a sender
	 * starved of CPU can commit later than the look-back margin allows), so the check sees every mail.
	 */
	void followLinks(int clients) {
		Semaphore inFlight = new Semaphore(clients);
		long last = 0;
		try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
			last = scalar(db, "SELECT coalesce(max(id), 0) FROM platform.outbox");
			final long first = last;
			java.util.BitSet followed = new java.util.BitSet();
			long lastSweep = 0;
			// Mail is written by several senders whose transactions commit out of id order, so a row with a lower id can
			// appear after a higher one was read: each poll looks back over a margin and skips the ids already seen.
			PreparedStatement newMail = db.prepareStatement(
					"SELECT id, body FROM platform.outbox WHERE id > ? AND recipient LIKE ? ORDER BY id LIMIT 50000");
			PreparedStatement everyMail = db.prepareStatement(
					"SELECT id, body FROM platform.outbox WHERE id > ? AND recipient LIKE ?");
			while (true) {
				newMail.setLong(1, Math.max(first, last - LOOK_BACK));
				newMail.setString(2, "bench-" + run + "-%");
				List<String> links = new ArrayList<>();
				try (ResultSet rows = newMail.executeQuery()) {
					while (rows.next()) {
						long id = rows.getLong(1);
						if (followed.get((int) (id - first))) {
							continue;
						}
						followed.set((int) (id - first));
						last = Math.max(last, id);
						Matcher link = LINK.matcher(rows.getString(2));
						if (link.find()) {
							links.add(link.group(1));
						}
					}
				}
				if (links.isEmpty() && !signing && System.nanoTime() - lastSweep > 1_000_000_000L
						&& linksSeen.get() < signed.get()) {
					lastSweep = System.nanoTime();
					everyMail.setLong(1, first);
					everyMail.setString(2, "bench-" + run + "-%");
					try (ResultSet rows = everyMail.executeQuery()) {
						while (rows.next()) {
							long id = rows.getLong(1);
							if (!followed.get((int) (id - first))) {
								followed.set((int) (id - first));
								Matcher link = LINK.matcher(rows.getString(2));
								if (link.find()) {
									links.add(link.group(1));
								}
							}
						}
					}
					if (!links.isEmpty()) {
						System.out.println("sweep: " + links.size() + " mails committed after the look-back margin");
					}
				}
				if (links.isEmpty()) {
					Thread.sleep(20);
					continue;
				}
				linksSeen.addAndGet(links.size());
				for (String token : links) {
					inFlight.acquire();
					HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/petitions/confirm?token=" + token))
						.timeout(Duration.ofSeconds(30))
						.GET()
						.build();
					http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
						inFlight.release();
						if (error == null && response.statusCode() == 302
								&& response.headers().firstValue("Location").orElse("").endsWith("/signed")) {
							long now = System.nanoTime();
							confirmed.incrementAndGet();
							if (now >= measureFrom && now < measureTo) {
								inWindow.incrementAndGet();
								perSecond.incrementAndGet((int) ((now - measureFrom) / 1_000_000_000L));
							}
						}
						else if (confirmFailures.incrementAndGet() <= 5) {
							System.out.println("confirm failed: " + (error != null ? error : response.statusCode()));
						}
					});
				}
			}
		}
		catch (SQLException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	long openPetition() throws SQLException {
		try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
			long area = scalar(db, "SELECT id FROM place.areas WHERE gss_code = 'E09000012'");
			try (PreparedStatement insert = db.prepareStatement("""
					INSERT INTO participation.petition (area_id, title, background, state, support_token, created_at,
					    submitted_at, moderated_at, opened_at, closes_at)
					VALUES (?, ?, 'A petition for the surge benchmark.', 'OPEN', 'bench-support-token-not-used', now(),
					    now(), now(), now(), now() + interval '30 days')
					RETURNING id""")) {
				insert.setLong(1, area);
				insert.setString(2, "Surge benchmark " + run);
				try (ResultSet id = insert.executeQuery()) {
					id.next();
					return id.getLong(1);
				}
			}
		}
	}

	boolean check(long petition) throws Exception {
		try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
			long rows = scalar(db, "SELECT count(*) FROM participation.petition_signature WHERE petition_id = " + petition);
			long distinct = scalar(db,
					"SELECT count(DISTINCT canonical_email) FROM participation.petition_signature WHERE petition_id = " + petition);
			long mailed = scalar(db, "SELECT count(*) FROM platform.outbox WHERE recipient LIKE 'bench-" + run + "-%'");
			long confirmedRows = scalar(db, "SELECT count(*) FROM participation.petition_signature WHERE petition_id = "
					+ petition + " AND confirmed_at IS NOT NULL AND invalidation_id IS NULL");
			Thread.sleep(6000); // the public count is at most a few seconds old
			String json = http.send(HttpRequest.newBuilder(URI.create(base + "/petitions/" + petition + ".json")).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			Matcher count = Pattern.compile("\"signatures\":([0-9]+)").matcher(json);
			long published = count.find() ? Long.parseLong(count.group(1)) : -1;
			System.out.printf(Locale.ROOT,
					"%ncheck: signing answered 'check your email' %d times (%d failures); rows %d, distinct signers %d%n",
					signed.get(), signFailures.get(), rows, distinct);
			System.out.printf(Locale.ROOT, "check: confirmation mails written %d; links followed %d (%d failures); confirmed rows %d; public count %d%n",
					mailed, confirmed.get(), confirmFailures.get(), confirmedRows, published);
			boolean ok = rows == signed.get() && distinct == rows && confirmedRows == confirmed.get()
					&& confirmedRows == rows && published == confirmedRows && signFailures.get() == 0
					&& confirmFailures.get() == 0;
			System.out.println(ok ? "CHECK OK: no signature lost or duplicated" : "CHECK FAILED");
			return ok;
		}
	}

	static long scalar(Connection db, String sql) throws SQLException {
		try (var statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
