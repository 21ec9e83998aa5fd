package org.bigsociety.timebank.listings;

import java.time.Instant;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For a request, the offers that best answer it; for an offer, the requests it could answer. A candidate is an open
 * listing of the other kind, in the same time bank, by another member, in the same category or sharing words. Each
 * scores for the same category, for the words it shares (full-text rank), and for being close by.
 */
@Component
public class Matching {

	static final double CATEGORY_WEIGHT = 2.0;
	static final double WORDS_WEIGHT = 3.0;
	static final double NEARNESS_WEIGHT = 1.0;
	/** Nearness falls from 1 next door to 0 at this distance. */
	static final long NEAR_METRES = 5_000;
	private static final int CANDIDATES = 200;

	/** One match and why: same category, the shared-words rank (0 to 1), distance in metres if both have a place. */
	public record Match(Listing listing, double score, boolean sameCategory, double wordsRank, Long metres) {
	}

	private final JdbcClient jdbc;

	Matching(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Match> matchesFor(Listing listing, int limit) {
		return matches(listing, null, limit);
	}

	/** Matches posted after a moment: what a weekly digest announces. */
	public List<Match> newMatchesFor(Listing listing, Instant after, int limit) {
		return matches(listing, after, limit);
	}

	private List<Match> matches(Listing listing, Instant after, int limit) {
		// The listing's own lexemes, OR-ed: a candidate sharing any word qualifies, and ranks higher the more it shares.
		var sql = jdbc.sql("""
				WITH me AS (
				    SELECT m.*, to_tsquery('simple', coalesce(
				        (SELECT string_agg(quote_literal(u.lexeme), ' | ') FROM unnest(m.search) AS u), '')) AS words
				    FROM timebank.listing m WHERE m.id = :id)
				SELECT %s, (l.category = me.category) AS same_category, ts_rank(l.search, me.words, 1) AS words_rank
				FROM timebank.listing l, me
				WHERE l.time_bank_id = me.time_bank_id AND l.kind <> me.kind AND l.status = 'OPEN'
				  AND l.member_id <> me.member_id
				  AND (l.category = me.category OR l.search @@ me.words)
				  AND (CAST(:after AS TIMESTAMPTZ) IS NULL OR l.created_at > CAST(:after AS TIMESTAMPTZ))
				ORDER BY same_category DESC, words_rank DESC, l.created_at DESC
				LIMIT :candidates""".formatted(Listings.COLUMNS))
			.param("id", listing.id())
			.param("after", after == null ? null : Timestamp.from(after))
			.param("candidates", CANDIDATES);
		List<Match> matches = new ArrayList<>(sql.query((row, n) -> {
			Listing candidate = Listings.map(row, n);
			boolean sameCategory = row.getBoolean("same_category");
			double rank = row.getDouble("words_rank");
			Long metres = listing.coordinates() != null && candidate.coordinates() != null
					? listing.coordinates().metresTo(candidate.coordinates()) : null;
			return new Match(candidate, score(sameCategory, rank, metres), sameCategory, rank, metres);
		}).list());
		matches.sort(Comparator.comparingDouble(Match::score).reversed()
			.thenComparing(match -> match.listing().createdAt(), Comparator.reverseOrder()));
		return matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : matches;
	}

	static double score(boolean sameCategory, double wordsRank, Long metres) {
		double nearness = metres == null ? 0 : Math.max(0, 1 - (double) metres / NEAR_METRES);
		// ts_rank with normalisation 1 grows slowly; cap it so words never outweigh everything else.
		double words = Math.min(1, wordsRank * 5);
		return (sameCategory ? CATEGORY_WEIGHT : 0) + WORDS_WEIGHT * words + NEARNESS_WEIGHT * nearness;
	}
}
