package org.bigsociety.record.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.bigsociety.platform.Problems.ApiProblem;
import org.bigsociety.record.PublicRecord;
import org.bigsociety.record.RecordEntry;
import org.bigsociety.record.RecordQuery;
import org.bigsociety.record.Verification;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public record as JSON, for anyone to copy and check. */
@RestController
@RequestMapping("/api/v1/record")
@Tag(name = "Public record", description = "The append-only, hash-chained record of decisions and of money and time")
class RecordApi {

	private final PublicRecord record;

	RecordApi(PublicRecord record) {
		this.record = record;
	}

	@GetMapping
	@Operation(summary = "Entries in order, oldest first",
			description = "Entries numbered above 'after' (default 0), at most 'limit' (1 to 1000, default 100). "
					+ "'next' is the 'after' value for the following page, or null on the last page.")
	EntryPage entries(@RequestParam(defaultValue = "0") long after, @RequestParam(defaultValue = "100") int limit) {
		if (after < 0) {
			throw new IllegalArgumentException("'after' is an entry number: 0 or more.");
		}
		if (limit < 1 || limit > RecordQuery.MAX_LIMIT) {
			throw new IllegalArgumentException("'limit' must be between 1 and " + RecordQuery.MAX_LIMIT + ".");
		}
		List<RecordEntry> entries = record.after(after, limit);
		Long next = null;
		if (entries.size() == limit) {
			long last = entries.get(limit - 1).seq();
			next = record.after(last, 1).isEmpty() ? null : last;
		}
		return new EntryPage(entries.stream().map(EntryJson::of).toList(), next);
	}

	@GetMapping("/{seq}")
	@Operation(summary = "One entry by its number")
	EntryJson entry(@PathVariable long seq) {
		return record.entry(seq)
			.map(EntryJson::of)
			.orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "Not Found",
					"There is no entry " + seq + " on the public record."));
	}

	@GetMapping("/verify")
	@Operation(summary = "Recompute the whole chain",
			description = "valid is false if any entry's hash does not match its content, a previous-hash link is "
					+ "broken or a number is missing; firstBrokenAt and reason then say where and why.")
	Verification verify() {
		return record.verify();
	}

	record EntryPage(List<EntryJson> entries, Long next) {
	}

	/** An entry with {@code recordedAt} exactly as the hash covers it, so anyone can recompute the hash. */
	record EntryJson(long seq, String recordedAt, long areaId, String kind, String summary, String reference,
			String previousHash, String hash) {

		static EntryJson of(RecordEntry entry) {
			return new EntryJson(entry.seq(), entry.recordedAtText(), entry.area().value(), entry.kind(),
					entry.summary(), entry.reference(), entry.previousHash(), entry.hash());
		}
	}
}
