package org.bigsociety.participation.petitions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bigsociety.participation.PetitionId;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.Area;
import org.bigsociety.place.AreaId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Reading petitions: one petition, its standing (counted from its signatures), lists and searches. A petition and its
 * standing are kept for {@code bigsociety.petitions.cache-seconds} (5 by default), so a petition that thousands are
 * reading and signing at once is counted once per period on each node; a moderator's or officer's change clears it
 * at once on the node that made it.
 */
@Service
public class Petitions {

	public static final ZoneId LONDON = ZoneId.of("Europe/London");
	public static final int PAGE_SIZE = 20;

	/** Which public petitions a list shows. */
	public enum Listing {
		OPEN, AWAITING_RESPONSE, RESPONDED, CLOSED, REJECTED
	}

	/** One page of a list, and whether there are more. */
	public record Page(List<Listed> petitions, int number, boolean hasNext) {
	}

	/**
	 * A petition as a list shows it: its status, its count and its response clock, without the counts by ward that
	 * only its own page shows.
	 */
	public record Listed(Petition petition, String areaName, Standing.Status status, long signatures,
			LocalDate responseDueBy, boolean overdue) {

		static Listed of(Standing standing) {
			return new Listed(standing.petition(), standing.areaName(), standing.status(), standing.signatures(),
					standing.responseDueBy(), standing.overdue());
		}

		/** Whether the petition's words may be shown (not for a rejection whose reason is the words themselves). */
		public boolean textShown() {
			return petition.textShown();
		}
	}

	/** A petition someone created, with how many supporters have confirmed so far. */
	public record Created(Petition petition, String areaName, long confirmedSupporters) {
	}

	private final PetitionStore store;
	private final Signatures signatures;
	private final AreaThresholds thresholds;
	private final SignerPlaces places;
	private final WorkingDays workingDays = WorkingDays.englandAndWales();
	private final Clock clock;
	private final int cacheSeconds;
	private final int responseWorkingDays;
	private final ShortLivedCache<Long, Optional<Petition>> petitions;
	private final ShortLivedCache<Long, Standing> standings;

	Petitions(PetitionStore store, Signatures signatures, AreaThresholds thresholds, SignerPlaces places, Clock clock,
			@Value("${bigsociety.petitions.cache-seconds:5}") int cacheSeconds,
			@Value("${bigsociety.petitions.response-working-days:20}") int responseWorkingDays) {
		this.store = store;
		this.signatures = signatures;
		this.thresholds = thresholds;
		this.places = places;
		this.clock = clock;
		this.cacheSeconds = cacheSeconds;
		this.responseWorkingDays = responseWorkingDays;
		this.petitions = new ShortLivedCache<>(Duration.ofSeconds(cacheSeconds), 100_000);
		this.standings = new ShortLivedCache<>(Duration.ofSeconds(cacheSeconds), 100_000);
	}

	/** The petition, as it was at most a few seconds ago. */
	public Optional<Petition> find(PetitionId id) {
		return petitions.get(id.value(), key -> store.find(id));
	}

	/** The petition as it is now, for decisions about it. */
	Optional<Petition> current(PetitionId id) {
		return store.find(id);
	}

	/** The petition's standing, as it was at most a few seconds ago; empty for an unknown petition. */
	public Optional<Standing> standing(PetitionId id) {
		return Optional.ofNullable(standings.get(id.value(), key -> find(id).map(this::count).orElse(null)));
	}

	/** Forgets what this node holds about the petition, after a change a person should see at once. */
	public void evict(PetitionId id) {
		petitions.evict(id.value());
		standings.evict(id.value());
	}

	public int cacheSeconds() {
		return cacheSeconds;
	}

	public String areaName(AreaId area) {
		return places.area(area).map(Area::name).orElse("");
	}

	/** The working day by which the council must respond, if the response clock started at this moment. */
	public LocalDate responseDueBy(Instant clockStarted) {
		return workingDays.after(clockStarted.atZone(LONDON).toLocalDate(), responseWorkingDays);
	}

	public int responseWorkingDays() {
		return responseWorkingDays;
	}

	/**
	 * One page of a list. A petition whose standing this node holds from the last few seconds is shown as it (so the
	 * list and the petition's page agree); the counts of all the others are counted together in one query, and not
	 * kept: the list shows no counts by ward, which a kept standing must have.
	 */
	public Page list(Listing listing, String query, int page) {
		int number = Math.max(1, page);
		Instant now = clock.instant();
		List<Petition> found = store.list(PetitionStore.Listing.valueOf(listing.name()), query, now,
				(number - 1) * PAGE_SIZE, PAGE_SIZE + 1);
		boolean more = found.size() > PAGE_SIZE;
		List<Petition> onPage = found.subList(0, Math.min(PAGE_SIZE, found.size()));
		Map<Long, Standing> held = new HashMap<>();
		List<PetitionId> toCount = new ArrayList<>();
		for (Petition petition : onPage) {
			Standing standing = standings.peek(petition.id().value());
			if (standing != null) {
				held.put(petition.id().value(), standing);
			}
			else {
				toCount.add(petition.id());
			}
		}
		Map<Long, Long> counted = toCount.isEmpty() ? Map.of() : signatures.countEach(toCount);
		List<Listed> shown = new ArrayList<>();
		for (Petition petition : onPage) {
			Standing standing = held.get(petition.id().value());
			shown.add(standing != null ? Listed.of(standing)
					: listed(petition, counted.getOrDefault(petition.id().value(), 0L), now));
		}
		return new Page(shown, number, more);
	}

	private Listed listed(Petition petition, long total, Instant now) {
		Instant dueFrom = responseDueFrom(petition, total, thresholds.of(petition.area()));
		LocalDate dueBy = dueFrom == null ? null : responseDueBy(dueFrom);
		return new Listed(petition, areaName(petition.area()), status(petition, now), total, dueBy,
				overdue(petition, dueBy, now));
	}

	/** Open petitions sharing words with a proposed title, best first. */
	public List<Petition> similarTo(String title, int limit) {
		return store.similarTo(title, limit);
	}

	public List<Created> createdBy(PersonId person) {
		return store.createdBy(person).stream()
			.map(petition -> new Created(petition, areaName(petition.area()),
					petition.state() == PetitionState.COLLECTING_SUPPORT ? signatures.count(petition.id()) : 0))
			.toList();
	}

	Standing count(Petition petition) {
		Instant now = clock.instant();
		Map<Long, Long> byWard = signatures.countByWard(petition.id());
		long total = 0;
		long elsewhere = 0;
		List<Standing.WardCount> wards = new ArrayList<>();
		for (Map.Entry<Long, Long> row : byWard.entrySet()) {
			total += row.getValue();
			if (row.getKey() == null) {
				elsewhere += row.getValue();
				continue;
			}
			Optional<Area> ward = places.area(new AreaId(row.getKey()));
			if (ward.isEmpty()) {
				elsewhere += row.getValue();
				continue;
			}
			wards.add(new Standing.WardCount(ward.get().id(), ward.get().name(),
					ward.get().gssCode().map(Object::toString).orElse(""), row.getValue()));
		}
		wards.sort(Comparator.comparingLong(Standing.WardCount::signatures).reversed()
			.thenComparing(Standing.WardCount::name));
		Thresholds applying = thresholds.of(petition.area());
		Instant dueFrom = responseDueFrom(petition, total, applying);
		LocalDate dueBy = dueFrom == null ? null : responseDueBy(dueFrom);
		boolean overdue = overdue(petition, dueBy, now);
		boolean debate = petition.debateReachedAt() != null || total >= applying.debate();
		return new Standing(petition, areaName(petition.area()), status(petition, now), total, wards, elsewhere,
				applying, dueFrom, dueBy, overdue, debate, now, cacheSeconds);
	}

	/** When the response threshold was reached, if it was. */
	private Instant responseDueFrom(Petition petition, long total, Thresholds applying) {
		Instant dueFrom = petition.responseDueFrom();
		if (dueFrom == null && petition.state() == PetitionState.OPEN && total >= applying.response()) {
			// Reached since the watch last ran: show the clock now; ThresholdWatch records it shortly.
			dueFrom = signatures.nthConfirmation(petition.id(), applying.response()).orElse(null);
		}
		return dueFrom;
	}

	private static boolean overdue(Petition petition, LocalDate dueBy, Instant now) {
		return dueBy != null && petition.response() == null && now.atZone(LONDON).toLocalDate().isAfter(dueBy);
	}

	static Standing.Status status(Petition petition, Instant now) {
		if (petition.closed(now)) {
			return Standing.Status.CLOSED;
		}
		return Standing.Status.valueOf(petition.state().name());
	}
}
