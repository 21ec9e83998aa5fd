package org.bigsociety.record.chain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bigsociety.place.AreaId;
import org.bigsociety.record.PublicRecord;
import org.bigsociety.record.RecordEntry;
import org.bigsociety.record.RecordQuery;
import org.bigsociety.record.Verification;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads the record and checks the chain, for anyone. */
@Component
class Entries implements PublicRecord {

	/** How many entries verification reads at a time, so a long record never sits in memory whole. */
	static final int VERIFY_PAGE = 1000;

	private static final String COLUMNS = "seq, recorded_at, area_id, kind, summary, reference, previous_hash, hash";

	static final RowMapper<RecordEntry> ROW = Entries::entry;

	private final JdbcClient jdbc;
	private final TransactionTemplate snapshot;

	Entries(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		// One snapshot for the whole verification, so entries appended meanwhile cannot confuse it.
		this.snapshot = new TransactionTemplate(transactionManager);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.snapshot.setReadOnly(true);
	}

	@Override
	public Optional<RecordEntry> entry(long seq) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM record.entry WHERE seq = :seq").param("seq", seq).query(ROW)
			.optional();
	}

	@Override
	public Optional<RecordEntry> latest() {
		return latest(jdbc);
	}

	@Override
	public Optional<RecordEntry> byReference(String reference) {
		return byReference(jdbc, reference);
	}

	@Override
	public List<RecordEntry> after(long seq, int limit) {
		if (limit < 1 || limit > RecordQuery.MAX_LIMIT) {
			throw new IllegalArgumentException("limit must be between 1 and " + RecordQuery.MAX_LIMIT);
		}
		return page(jdbc, seq, limit);
	}

	@Override
	public List<RecordEntry> find(RecordQuery query) {
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM record.entry WHERE true");
		Map<String, Object> params = new LinkedHashMap<>();
		if (query.area() != null) {
			sql.append(" AND area_id = :area");
			params.put("area", query.area().value());
		}
		if (query.kind() != null) {
			sql.append(" AND kind = :kind");
			params.put("kind", query.kind());
		}
		if (query.from() != null) {
			sql.append(" AND recorded_at >= :from");
			params.put("from", query.from().atOffset(ZoneOffset.UTC));
		}
		if (query.until() != null) {
			sql.append(" AND recorded_at < :until");
			params.put("until", query.until().atOffset(ZoneOffset.UTC));
		}
		boolean ascending = query.after() != null;
		if (query.before() != null) {
			sql.append(" AND seq < :before");
			params.put("before", query.before());
		}
		if (ascending) {
			sql.append(" AND seq > :after");
			params.put("after", query.after());
		}
		sql.append(ascending ? " ORDER BY seq ASC" : " ORDER BY seq DESC").append(" LIMIT :limit");
		params.put("limit", query.limit());
		List<RecordEntry> entries = new ArrayList<>(jdbc.sql(sql.toString()).params(params).query(ROW).list());
		if (ascending) {
			Collections.reverse(entries);
		}
		return entries;
	}

	@Override
	public Verification verify() {
		return snapshot.execute(status -> {
			long checked = 0;
			long expectedSeq = 1;
			String expectedPrevious = RecordEntry.GENESIS_HASH;
			long after = 0;
			while (true) {
				List<RecordEntry> page = page(jdbc, after, VERIFY_PAGE);
				for (RecordEntry entry : page) {
					checked++;
					if (entry.seq() != expectedSeq) {
						return Verification.brokenAt(checked, entry.seq(), Verification.SEQUENCE_GAP);
					}
					if (!entry.previousHash().equals(expectedPrevious)) {
						return Verification.brokenAt(checked, entry.seq(), Verification.LINK_BROKEN);
					}
					if (!Chain.sha256(entry.canonicalForm()).equals(entry.hash())) {
						return Verification.brokenAt(checked, entry.seq(), Verification.HASH_MISMATCH);
					}
					expectedSeq = entry.seq() + 1;
					expectedPrevious = entry.hash();
				}
				if (page.size() < VERIFY_PAGE) {
					return Verification.intact(checked);
				}
				after = page.get(page.size() - 1).seq();
			}
		});
	}

	static Optional<RecordEntry> latest(JdbcClient jdbc) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM record.entry ORDER BY seq DESC LIMIT 1").query(ROW).optional();
	}

	static Optional<RecordEntry> byReference(JdbcClient jdbc, String reference) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM record.entry WHERE reference = :reference")
			.param("reference", reference)
			.query(ROW)
			.optional();
	}

	private static List<RecordEntry> page(JdbcClient jdbc, long after, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM record.entry WHERE seq > :after ORDER BY seq LIMIT :limit")
			.param("after", after)
			.param("limit", limit)
			.query(ROW)
			.list();
	}

	private static RecordEntry entry(ResultSet rs, int row) throws SQLException {
		return new RecordEntry(rs.getLong("seq"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
				new AreaId(rs.getLong("area_id")), rs.getString("kind"), rs.getString("summary"),
				rs.getString("reference"), rs.getString("previous_hash"), rs.getString("hash"));
	}
}
