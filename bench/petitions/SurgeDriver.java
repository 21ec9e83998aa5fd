import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.BitSet;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The petition surge benchmark's load driver (bench/petitions/README.md). Signs one petition over HTTP as fast as the
 * server answers, from {@code clients} concurrent signers, for {@code seconds}; follows every confirmation link the
 * platform mails (read from the outbox as soon as the mail worker writes it) from as many concurrent readers; counts
 * confirmed signatures per second; then checks the database: every accepted signature stored once, every followed link
 * confirmed, nothing lost or duplicated, and the petition's public count equal to the database's.
 *
 * <p>Each signer and each reader is a thread with its own keep-alive HTTP/1.1 connection, written and parsed by hand
 * ({@link Wire}): the driver shares the machine's cores with the application and PostgreSQL, so it must cost as
 * little as a driver can (Java's {@code java.net.http} client took about two thirds of a core for 2,300 requests a
 * second).
 *
 * <p>Usage: {@code java -cp postgresql.jar SurgeDriver.java <base-url> <jdbc-url> <seconds> <clients> <warm-up-seconds>}
 * or {@code ... SurgeDriver.java floor <base-url> <seconds> <clients>}
 */
public class SurgeDriver {

	static final Pattern LINK = Pattern.compile("/petitions/confirm\\?token=([0-9]+\\.[A-Za-z0-9_-]+)");
	static final long MAX_AHEAD = 5_000;
	static final long LOOK_BACK = 3_000; // more than the senders can hold uncommitted at once (3 x 500)
	static final String[] POSTCODES = { "E8 1DY", "E5 0LL", "E9 6AA", "N16 0AB" };

	final URI base;
	final String jdbcUrl;
	final String run = Long.toString(System.currentTimeMillis(), 36);
	final AtomicLong signed = new AtomicLong();
	final AtomicLong signFailures = new AtomicLong();
	final AtomicLong confirmed = new AtomicLong();
	final AtomicLong confirmFailures = new AtomicLong();
	final AtomicLong linksSeen = new AtomicLong();
	final AtomicLong next = new AtomicLong();
	final LinkedBlockingQueue<String> links = new LinkedBlockingQueue<>();
	volatile boolean signing = true;
	volatile long measureFrom = Long.MAX_VALUE;
	volatile long measureTo = Long.MAX_VALUE;
	final AtomicLongArray perSecond = new AtomicLongArray(3600);
	final AtomicLong inWindow = new AtomicLong();
	volatile long warmedUp;

	SurgeDriver(String base, String jdbcUrl) {
		this.base = URI.create(base);
		this.jdbcUrl = jdbcUrl;
	}

	public static void main(String[] args) throws Exception {
		if (args[0].equals("floor")) {
			floor(URI.create(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
			return;
		}
		String base = args[0];
		String jdbc = args[1];
		int seconds = Integer.parseInt(args[2]);
		int clients = Integer.parseInt(args[3]);
		int warmUp = Integer.parseInt(args[4]);
		boolean ok = new SurgeDriver(base, jdbc).go(seconds, clients, warmUp);
		System.exit(ok ? 0 : 1); // the signers' and readers' threads would keep the JVM alive
	}

	boolean go(int seconds, int clients, int warmUp) throws Exception {
		long petition = openPetition();
		System.out.printf(Locale.ROOT, "petition %d, %d concurrent signers, %d s warm-up, %d s measured%n", petition,
				clients, warmUp, seconds);
		daemon(this::readMail);
		for (int i = 0; i < clients; i++) {
			daemon(() -> signAgainAndAgain(petition));
			daemon(this::followLinks);
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
		while (confirmed.get() + confirmFailures.get() < signed.get() + signFailures.get() && System.nanoTime() < drainUntil) {
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

	static void daemon(Runnable work) {
		Thread thread = new Thread(work);
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * The framework's floor: the same number of clients asking for the lightest page there is (the liveness probe,
	 * through the same Tomcat and filter chain, touching no table) as fast as it answers. Two of these per signature
	 * is the most a signature could cost if the petitions code cost nothing.
	 */
	static void floor(URI base, int seconds, int clients) throws Exception {
		AtomicLong answered = new AtomicLong();
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		byte[] probe = Wire.get(base, "/actuator/health/liveness");
		CountDownLatch done = new CountDownLatch(clients);
		for (int i = 0; i < clients; i++) {
			daemon(() -> {
				try (Wire wire = new Wire(base)) {
					while (System.nanoTime() < end) {
						if (wire.send(probe, false).status == 200) {
							answered.incrementAndGet();
						}
					}
				}
				catch (IOException ex) {
					System.out.println("probe failed: " + ex);
				}
				done.countDown();
			});
		}
		done.await();
		System.out.printf(Locale.ROOT, "FLOOR %.1f%n", answered.get() / (double) seconds);
		System.exit(0);
	}

	/**
	 * One signer: posts a signature with a new address, and again as soon as the server answers, unless signing has run
	 * so far ahead of confirmation that the mail queue would only grow (a signature counts once confirmed, so the
	 * sustainable rate is the one both halves keep up with).
	 */
	void signAgainAndAgain(long petition) {
		Wire wire = new Wire(base);
		String path = "/petitions/" + petition + "/sign";
		while (signing) {
			if (signed.get() - confirmed.get() > MAX_AHEAD) {
				sleep(5);
				continue;
			}
			long n = next.incrementAndGet();
			String form = "name=" + enc("Surge Signer " + n) + "&email=" + enc("bench-" + run + "-" + n + "@example.org")
					+ "&postcode=" + enc(POSTCODES[(int) (n % POSTCODES.length)]) + "&declared=true";
			try {
				Wire.Answer answer = wire.send(Wire.postForm(base, path, form), false);
				if (answer.status == 302 && answer.location.endsWith("/sign/check-email")) {
					signed.incrementAndGet();
				}
				else {
					failed(signFailures, "sign failed: " + answer.status);
				}
			}
			catch (IOException ex) {
				failed(signFailures, "sign failed: " + ex);
			}
		}
		wire.close();
	}

	/** One reader: follows the confirmation links the mail reader finds, one at a time, for as long as there are any. */
	void followLinks() {
		Wire wire = new Wire(base);
		while (true) {
			String token;
			try {
				token = links.take();
			}
			catch (InterruptedException ex) {
				return;
			}
			try {
				Wire.Answer answer = wire.send(Wire.get(base, "/petitions/confirm?token=" + token), false);
				if (answer.status == 302 && answer.location.endsWith("/signed")) {
					long now = System.nanoTime();
					confirmed.incrementAndGet();
					if (now >= measureFrom && now < measureTo) {
						inWindow.incrementAndGet();
						perSecond.incrementAndGet((int) ((now - measureFrom) / 1_000_000_000L));
					}
				}
				else {
					failed(confirmFailures, "confirm failed: " + answer.status);
				}
			}
			catch (IOException ex) {
				failed(confirmFailures, "confirm failed: " + ex);
			}
		}
	}

	static void failed(AtomicLong failures, String what) {
		if (failures.incrementAndGet() <= 5) {
			System.out.println(what);
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Reads new confirmation mail from the outbox and hands each link to the readers. Once signing has stopped and
	 * nothing new arrives, it sweeps the whole run's mail once a second for any it has not seen (a sender starved of
	 * CPU can commit later than the look-back margin allows), so the check sees every mail.
	 */
	void readMail() {
		long last;
		try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
			last = scalar(db, "SELECT coalesce(max(id), 0) FROM platform.outbox");
			final long first = last;
			BitSet seen = new BitSet();
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
				int found = 0;
				try (ResultSet rows = newMail.executeQuery()) {
					while (rows.next()) {
						long id = rows.getLong(1);
						last = Math.max(last, id);
						found += take(rows, seen, first);
					}
				}
				if (found == 0 && !signing && System.nanoTime() - lastSweep > 1_000_000_000L
						&& linksSeen.get() < signed.get()) {
					lastSweep = System.nanoTime();
					everyMail.setLong(1, first);
					everyMail.setString(2, "bench-" + run + "-%");
					try (ResultSet rows = everyMail.executeQuery()) {
						while (rows.next()) {
							found += take(rows, seen, first);
						}
					}
					if (found > 0) {
						System.out.println("sweep: " + found + " mails committed after the look-back margin");
					}
				}
				if (found == 0) {
					Thread.sleep(20);
				}
			}
		}
		catch (SQLException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Hands the link of one outbox row to the readers, unless it was handed already; answers how many it handed. */
	int take(ResultSet row, BitSet seen, long first) throws SQLException {
		int index = (int) (row.getLong(1) - first);
		if (seen.get(index)) {
			return 0;
		}
		seen.set(index);
		Matcher link = LINK.matcher(row.getString(2));
		if (!link.find()) {
			return 0;
		}
		linksSeen.incrementAndGet();
		links.add(link.group(1));
		return 1;
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
			String json;
			try (Wire wire = new Wire(base)) {
				json = wire.send(Wire.get(base, "/petitions/" + petition + ".json"), true).body;
			}
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

	/**
	 * One keep-alive HTTP/1.1 connection, used by one thread: writes a request's bytes, reads the status line and the
	 * headers, and reads (or skips) the body by its length or its chunks. It reconnects when the server said
	 * {@code Connection: close} (Tomcat does after 100 requests on one connection) and never resends a request: a
	 * request that fails is the caller's failure to count.
	 */
	static final class Wire implements AutoCloseable {

		record Answer(int status, String location, String body) {
		}

		final String host;
		final int port;
		Socket socket;
		InputStream in;
		OutputStream out;
		final byte[] buffer = new byte[64 * 1024];
		int from;
		int to;

		Wire(URI base) {
			this.host = base.getHost();
			this.port = base.getPort();
		}

		static byte[] get(URI base, String path) {
			return ("GET " + path + " HTTP/1.1\r\nHost: " + base.getAuthority() + "\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1);
		}

		static byte[] postForm(URI base, String path, String form) {
			return ("POST " + path + " HTTP/1.1\r\nHost: " + base.getAuthority()
					+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length() + "\r\n\r\n"
					+ form).getBytes(StandardCharsets.ISO_8859_1);
		}

		Answer send(byte[] request, boolean keepBody) throws IOException {
			if (socket == null) {
				socket = new Socket();
				socket.setTcpNoDelay(true);
				socket.connect(new InetSocketAddress(host, port), 10_000);
				socket.setSoTimeout(30_000);
				in = socket.getInputStream();
				out = socket.getOutputStream();
				from = 0;
				to = 0;
			}
			try {
				out.write(request);
				return read(keepBody);
			}
			catch (IOException ex) {
				close();
				throw ex;
			}
		}

		private Answer read(boolean keepBody) throws IOException {
			int headEnd;
			while ((headEnd = find(from, "\r\n\r\n")) < 0) {
				fill();
			}
			String head = new String(buffer, from, headEnd - from, StandardCharsets.ISO_8859_1);
			from = headEnd + 4;
			int status = Integer.parseInt(head.substring(9, 12));
			String location = "";
			long length = -1;
			boolean chunked = false;
			boolean closing = false;
			for (String line : head.split("\r\n")) {
				int colon = line.indexOf(':');
				if (colon < 0) {
					continue;
				}
				String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
				String value = line.substring(colon + 1).trim();
				switch (name) {
					case "location" -> location = value;
					case "content-length" -> length = Long.parseLong(value);
					case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
					case "connection" -> closing = value.equalsIgnoreCase("close");
					default -> {
					}
				}
			}
			StringBuilder body = keepBody ? new StringBuilder() : null;
			if (chunked) {
				while (true) {
					int lineEnd;
					while ((lineEnd = find(from, "\r\n")) < 0) {
						fill();
					}
					String size = new String(buffer, from, lineEnd - from, StandardCharsets.ISO_8859_1);
					from = lineEnd + 2;
					int semicolon = size.indexOf(';');
					long chunk = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
					if (chunk == 0) {
						while ((lineEnd = find(from, "\r\n")) != from) { // trailers, then the empty line
							if (lineEnd < 0) {
								fill();
							}
							else {
								from = lineEnd + 2;
							}
						}
						from += 2;
						break;
					}
					consume(chunk + 2, body); // the chunk and its CRLF
					if (body != null) {
						body.setLength(body.length() - 2);
					}
				}
			}
			else if (length > 0) {
				consume(length, body);
			}
			else if (length < 0 && status != 204 && status != 304) {
				closing = true; // a body delimited by the end of the connection
				try {
					while (true) {
						consume(Math.max(1, to - from), body);
					}
				}
				catch (IOException ended) {
					// read to the end
				}
			}
			if (closing) {
				close();
			}
			return new Answer(status, location, body == null ? null : body.toString());
		}

		private void consume(long count, StringBuilder body) throws IOException {
			long left = count;
			while (left > 0) {
				if (from == to) {
					fill();
				}
				int take = (int) Math.min(left, to - from);
				if (body != null) {
					body.append(new String(buffer, from, take, StandardCharsets.UTF_8));
				}
				from += take;
				left -= take;
			}
		}

		private int find(int start, String what) {
			outer: for (int i = start; i <= to - what.length(); i++) {
				for (int j = 0; j < what.length(); j++) {
					if (buffer[i + j] != what.charAt(j)) {
						continue outer;
					}
				}
				return i;
			}
			return -1;
		}

		private void fill() throws IOException {
			if (from == to) {
				from = 0;
				to = 0;
			}
			else if (to == buffer.length) {
				if (from == 0) {
					throw new IOException("a response head longer than " + buffer.length + " bytes");
				}
				System.arraycopy(buffer, from, buffer, 0, to - from);
				to -= from;
				from = 0;
			}
			int read = in.read(buffer, to, buffer.length - to);
			if (read < 0) {
				throw new IOException("the server closed the connection");
			}
			to += read;
		}

		@Override
		public void close() {
			if (socket != null) {
				try {
					socket.close();
				}
				catch (IOException ignored) {
					// closing anyway
				}
				socket = null;
			}
		}
	}
}
