package org.bigsociety.record.web;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.bigsociety.record.PublicRecord;
import org.bigsociety.record.RecordEntry;
import org.bigsociety.record.Verification;
import org.bigsociety.record.web.RecordFilter.Checked;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/** The public record for people: newest first, filtered, 50 to a page, and each entry in full. */
@Controller
class RecordPages {

	static final int PAGE_SIZE = 50;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss", Locale.UK)
		.withZone(RecordFilter.LONDON);

	private final PublicRecord record;
	private final AreaNames areaNames;

	RecordPages(PublicRecord record, AreaNames areaNames) {
		this.record = record;
		this.areaNames = areaNames;
	}

	@GetMapping("/record")
	ModelAndView list(@RequestParam(required = false) String area, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) Long before, @RequestParam(required = false) Long after) {
		RecordFilter filter = new RecordFilter(area, kind, from, to);
		// Bad paging numbers come from an edited address, not the form: start again from the newest.
		Long older = before != null && before > 0 ? before : null;
		Long newer = older == null && after != null && after >= 0 ? after : null;
		Checked checked = filter.check(PAGE_SIZE + 1, older, newer);
		if (!checked.problems().isEmpty()) {
			ModelAndView page = listPage(filter, checked.problems(), List.of(), null, null);
			page.setStatus(HttpStatus.BAD_REQUEST);
			return page;
		}
		List<RecordEntry> found = record.find(checked.query());
		boolean more = found.size() > PAGE_SIZE;
		List<RecordEntry> shown;
		if (!more) {
			shown = found;
		}
		else if (newer != null) {
			// Paging towards the newest fetches the oldest entries above the mark: the extra one is the newest.
			shown = found.subList(1, found.size());
		}
		else {
			shown = found.subList(0, PAGE_SIZE);
		}
		String newerLink = null;
		String olderLink = null;
		if (!shown.isEmpty()) {
			long newest = shown.get(0).seq();
			long oldest = shown.get(shown.size() - 1).seq();
			boolean hasNewer = newer != null ? more : older != null;
			boolean hasOlder = newer != null || more;
			newerLink = hasNewer ? link(filter, "after", newest) : null;
			olderLink = hasOlder ? link(filter, "before", oldest) : null;
		}
		AreaNames.Lookup names = areaNames.lookup();
		List<EntryRow> rows = shown.stream().map(entry -> EntryRow.of(entry, names)).toList();
		return listPage(filter, List.of(), rows, newerLink, olderLink);
	}

	private static ModelAndView listPage(RecordFilter filter, List<RecordFilter.FieldProblem> problems,
			List<EntryRow> rows, String newerLink, String olderLink) {
		// The first problem with each field, for the message beside it.
		LinkedHashMap<String, String> errors = new LinkedHashMap<>();
		problems.forEach(problem -> errors.putIfAbsent(problem.field(), problem.messageKey()));
		return new ModelAndView("record/list")
			.addObject("filter", filter)
			.addObject("errors", errors)
			.addObject("rows", rows)
			.addObject("newerLink", newerLink)
			.addObject("olderLink", olderLink);
	}

	/** Recomputes the whole chain now, and says whether it holds and, if not, where it first breaks. */
	@GetMapping("/record/verification")
	ModelAndView verification() {
		Verification verification = record.verify();
		// While the chain holds, entries 1 to n all exist: entry n's fingerprint stands for everything up to it.
		Optional<RecordEntry> last = verification.valid() && verification.entries() > 0
				? record.entry(verification.entries()) : Optional.empty();
		return new ModelAndView("record/verification")
			.addObject("verification", verification)
			.addObject("reasonKey", reasonKey(verification.reason()))
			.addObject("last", last.map(entry -> EntryRow.of(entry, areaNames.lookup())).orElse(null));
	}

	private static String reasonKey(String reason) {
		if (reason == null) {
			return null;
		}
		switch (reason) {
			case Verification.HASH_MISMATCH:
				return "record.verification.reason.hash";
			case Verification.LINK_BROKEN:
				return "record.verification.reason.link";
			case Verification.SEQUENCE_GAP:
				return "record.verification.reason.gap";
			default:
				return "record.verification.reason.other";
		}
	}

	@GetMapping("/record/{seq}")
	ModelAndView entry(@PathVariable long seq) {
		Optional<RecordEntry> entry = record.entry(seq);
		if (entry.isEmpty()) {
			ModelAndView notFound = new ModelAndView("error/404");
			notFound.setStatus(HttpStatus.NOT_FOUND);
			return notFound;
		}
		boolean hasNext = !record.after(seq, 1).isEmpty();
		return new ModelAndView("record/entry")
			.addObject("entry", EntryRow.of(entry.get(), areaNames.lookup()))
			.addObject("hasNext", hasNext);
	}

	private static String link(RecordFilter filter, String direction, long seq) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/record");
		if (filter.area() != null) {
			uri.queryParam("area", filter.area());
		}
		if (filter.kind() != null) {
			uri.queryParam("kind", filter.kind());
		}
		if (filter.from() != null) {
			uri.queryParam("from", filter.from());
		}
		if (filter.to() != null) {
			uri.queryParam("to", filter.to());
		}
		return uri.queryParam(direction, seq).encode().toUriString();
	}

	/** An entry ready to show: its time in London, its area by name where known, its hash in full and short. */
	record EntryRow(long seq, String time, String recordedAt, long areaId, Optional<String> areaName, String kind,
			String summary, String reference, String previousHash, String hash) {

		static EntryRow of(RecordEntry entry, AreaNames.Lookup names) {
			return new EntryRow(entry.seq(), TIME.format(entry.recordedAt()), entry.recordedAtText(),
					entry.area().value(), names.name(entry.area()), entry.kind(), entry.summary(), entry.reference(),
					entry.previousHash(), entry.hash());
		}

		public String shortHash() {
			return hash.substring(0, 12);
		}
	}
}
