package org.bigsociety.timebank.exchanges;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bigsociety.timebank.TimeBankId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Figures for a time bank's dashboard, from completed exchanges (counted in the month they happened) and members.
 * Nothing here names anyone.
 */
@Service
public class Reports {

	public record Month(YearMonth month, long minutes, long exchanges, long activeMembers, long newMembers) {
	}

	public record CategoryHours(String category, long minutes, long exchanges) {
	}

	/** Completed exchanges whose two members live in different neighbourhoods, and in the same one. */
	public record Crossing(long across, long within, long unknown) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	Reports(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The last {@code count} months, oldest first, the current month last. */
	public List<Month> months(TimeBankId bank, int count) {
		YearMonth now = YearMonth.now(clock.withZone(Exchanges.LONDON));
		YearMonth first = now.minusMonths(count - 1L);
		Instant from = first.atDay(1).atStartOfDay(Exchanges.LONDON).toInstant();
		Map<YearMonth, long[]> figures = new LinkedHashMap<>();
		for (int i = 0; i < count; i++) {
			figures.put(first.plusMonths(i), new long[4]);
		}
		jdbc.sql("""
				WITH done AS (
				    SELECT id, minutes, provider_member_id, recipient_member_id,
				           date_trunc('month', coalesce(agreed_for, completed_at) AT TIME ZONE 'Europe/London') AS month
				      FROM timebank.exchange
				     WHERE time_bank_id = :bank AND status = 'COMPLETED'
				       AND coalesce(agreed_for, completed_at) >= :from)
				SELECT d.month, sum(d.minutes), count(*),
				       (SELECT count(DISTINCT m) FROM done x,
				               LATERAL (VALUES (x.provider_member_id), (x.recipient_member_id)) AS v(m)
				         WHERE x.month = d.month)
				  FROM done d GROUP BY d.month""")
			.param("bank", bank.value())
			.param("from", Timestamp.from(from))
			.query((row, n) -> {
				YearMonth month = YearMonth.from(row.getTimestamp(1).toLocalDateTime());
				long[] f = figures.get(month);
				if (f != null) {
					f[0] = row.getLong(2);
					f[1] = row.getLong(3);
					f[2] = row.getLong(4);
				}
				return month;
			})
			.list();
		jdbc.sql("""
				SELECT date_trunc('month', decided_at AT TIME ZONE 'Europe/London'), count(*)
				  FROM timebank.member
				 WHERE time_bank_id = :bank AND status = 'APPROVED' AND decided_at >= :from
				 GROUP BY 1""")
			.param("bank", bank.value())
			.param("from", Timestamp.from(from))
			.query((row, n) -> {
				long[] f = figures.get(YearMonth.from(row.getTimestamp(1).toLocalDateTime()));
				if (f != null) {
					f[3] = row.getLong(2);
				}
				return n;
			})
			.list();
		List<Month> months = new ArrayList<>();
		figures.forEach((month, f) -> months.add(new Month(month, f[0], f[1], f[2], f[3])));
		return months;
	}

	/** The kinds of help with the most hours in the last year, most first. */
	public List<CategoryHours> topCategories(TimeBankId bank, int limit) {
		return jdbc.sql("""
				SELECT category, sum(minutes), count(*) FROM timebank.exchange
				 WHERE time_bank_id = :bank AND status = 'COMPLETED' AND coalesce(agreed_for, completed_at) >= :from
				 GROUP BY category ORDER BY 2 DESC, 1 LIMIT :limit""")
			.param("bank", bank.value())
			.param("from", Timestamp.from(yearAgo()))
			.param("limit", limit)
			.query((row, n) -> new CategoryHours(row.getString(1), row.getLong(2), row.getLong(3)))
			.list();
	}

	/** How many completed exchanges in the last year joined people from different neighbourhoods. */
	public Crossing crossing(TimeBankId bank) {
		return jdbc.sql("""
				SELECT count(*) FILTER (WHERE p.area_id IS NOT NULL AND r.area_id IS NOT NULL AND p.area_id <> r.area_id),
				       count(*) FILTER (WHERE p.area_id IS NOT NULL AND p.area_id = r.area_id),
				       count(*) FILTER (WHERE p.area_id IS NULL OR r.area_id IS NULL)
				  FROM timebank.exchange e
				  JOIN timebank.member p ON p.id = e.provider_member_id
				  JOIN timebank.member r ON r.id = e.recipient_member_id
				 WHERE e.time_bank_id = :bank AND e.status = 'COMPLETED'
				   AND coalesce(e.agreed_for, e.completed_at) >= :from""")
			.param("bank", bank.value())
			.param("from", Timestamp.from(yearAgo()))
			.query((row, n) -> new Crossing(row.getLong(1), row.getLong(2), row.getLong(3)))
			.single();
	}

	private Instant yearAgo() {
		return LocalDate.now(clock.withZone(Exchanges.LONDON)).minusYears(1).atStartOfDay(Exchanges.LONDON)
			.toInstant();
	}
}
