package org.bigsociety.participation.referendums;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.bigsociety.participation.ReferendumCounted;
import org.bigsociety.participation.ReferendumId;
import org.bigsociety.people.AccountDeleted;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.Residence;
import org.bigsociety.people.Role;
import org.bigsociety.people.RoleScope;
import org.bigsociety.people.VerificationLevel;
import org.bigsociety.place.Area;
import org.bigsociety.place.AreaId;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Referendums and polls. An officer for the area creates one; when it opens (at its opening time, or at once when the
 * officer opens it) a referendum takes its voter roll: the residents of the area whose residence is verified to the
 * level it needs. Voters with an account vote online; officers print poll cards with one-time codes for residents
 * without one. One vote per roll entry, by account or card. Ballots are kept apart from the roll with nothing linking
 * them (see {@link ReferendumStore#mix}). After closing it is counted, and the result, with the hash of the ballot
 * set, goes on the public record.
 *
 * <p>Every method that changes something answers a map from form field to message key: empty when done, otherwise the
 * problems, with nothing changed.
 */
@Service
public class Referendums {

	static final ZoneId LONDON = ZoneId.of("Europe/London");
	/** Votes close at 10pm on the closing day, as polling stations do. */
	static final LocalTime CLOSING_TIME = LocalTime.of(22, 0);
	static final int MAX_OPTIONS = 20;
	static final int MAX_CARDS_AT_ONCE = 2_000;
	/** More than any area's population: the roll is everyone verified in the area. */
	private static final int EVERYONE = 5_000_000;

	private final ReferendumStore store;
	private final People people;
	private final Places places;
	private final Clock clock;
	private final ApplicationEventPublisher events;
	private final MessageSource messages;
	private final TransactionTemplate transactions;
	private final int mixAt;

	Referendums(ReferendumStore store, People people, Places places, Clock clock, ApplicationEventPublisher events,
			MessageSource messages, TransactionTemplate transactions,
			@Value("${bigsociety.referendums.mix-batch:10}") int mixAt) {
		this.transactions = transactions;
		this.store = store;
		this.people = people;
		this.places = places;
		this.clock = clock;
		this.events = events;
		this.messages = messages;
		this.mixAt = Math.max(1, mixAt);
	}

	/**
	 * A new referendum or poll as an officer fills it in. It opens at the start of the opening day and closes at 10pm
	 * on the closing day, London time. {@code passPercent} 50 is a simple majority; {@code options} are for polls
	 * (a referendum's answers are yes and no).
	 */
	public record Details(String kind, String areaCode, String question, String explanation, LocalDate opens,
			LocalDate closes, int passPercent, int minimumTurnout, String verification, List<String> options,
			int minChoices, int maxChoices) {

		public Details {
			options = options == null ? List.of() : List.copyOf(options);
		}
	}

	/** What creating did: the new id, or the problems. */
	public record Created(Long id, Map<String, String> errors) {
	}

	public Optional<Referendum> find(long id) {
		return store.find(id);
	}

	public List<Referendum> latest() {
		return store.latest(200);
	}

	public Instant now() {
		return clock.instant();
	}

	public Optional<Area> area(AreaId id) {
		return places.area(id);
	}

	/** Whether the person runs this vote: an officer for its area (or an area containing it). */
	public boolean manages(PersonId person, Referendum referendum) {
		return person != null && people.holds(person, Role.OFFICER, RoleScope.area(referendum.area()));
	}

	@Transactional
	public Created create(PersonId officer, Details details) {
		Map<String, String> errors = new LinkedHashMap<>();
		Kind kind = null;
		try {
			kind = Kind.valueOf(details.kind() == null ? "" : details.kind());
		}
		catch (IllegalArgumentException e) {
			errors.put("kind", "referendums.error.kind");
		}
		Optional<Area> area = Optional.empty();
		try {
			area = places.byGssCode(new GssCode(details.areaCode() == null ? "" : details.areaCode().trim()));
		}
		catch (IllegalArgumentException e) {
			// reported below
		}
		if (area.isEmpty()) {
			errors.put("areaCode", "referendums.error.area");
		}
		else if (!people.holds(officer, Role.OFFICER, RoleScope.area(area.get().id()))) {
			throw new AccessDeniedException("Only an officer for the area can hold a vote there");
		}
		String question = details.question() == null ? "" : details.question().trim();
		if (question.isEmpty() || question.length() > 300) {
			errors.put("question", "referendums.error.question");
		}
		String explanation = details.explanation() == null ? "" : details.explanation().trim();
		if (explanation.length() > 10_000) {
			errors.put("explanation", "referendums.error.explanation");
		}
		Instant opens = details.opens() == null ? null : details.opens().atStartOfDay(LONDON).toInstant();
		Instant closes = details.closes() == null ? null : details.closes().atTime(CLOSING_TIME).atZone(LONDON).toInstant();
		LocalDate today = LocalDate.ofInstant(clock.instant(), LONDON);
		if (opens == null || details.opens().isBefore(today)) {
			errors.put("opensDay", "referendums.error.opens");
		}
		if (closes == null || !closes.isAfter(clock.instant()) || (opens != null && !closes.isAfter(opens))) {
			errors.put("closesDay", "referendums.error.closes");
		}
		VerificationLevel level = null;
		try {
			level = VerificationLevel.valueOf(details.verification() == null ? "" : details.verification());
		}
		catch (IllegalArgumentException e) {
			// reported below
		}
		if (level == null || level == VerificationLevel.NONE) {
			errors.put("verification", "referendums.error.verification");
		}
		else if (kind == Kind.REFERENDUM && level == VerificationLevel.SELF_DECLARED) {
			errors.put("verification", "referendums.error.verificationReferendum"); // a roll of verified residents
		}
		PassRule rule = PassRule.SIMPLE_MAJORITY;
		List<String> options = new ArrayList<>();
		int min = 1;
		int max = 1;
		if (kind == Kind.REFERENDUM) {
			if (details.passPercent() < 50 || details.passPercent() > 100) {
				errors.put("passPercent", "referendums.error.passPercent");
			}
			if (details.minimumTurnout() < 0 || details.minimumTurnout() > 100) {
				errors.put("minimumTurnout", "referendums.error.minimumTurnout");
			}
			if (!errors.containsKey("passPercent") && !errors.containsKey("minimumTurnout")) {
				rule = new PassRule(details.passPercent(), details.minimumTurnout());
			}
			options.add(messages.getMessage("referendums.answer.yes", null, Locale.UK));
			options.add(messages.getMessage("referendums.answer.no", null, Locale.UK));
		}
		else if (kind == Kind.POLL) {
			Set<String> seen = new HashSet<>();
			for (String option : details.options()) {
				String label = option == null ? "" : option.trim();
				if (label.isEmpty()) {
					continue;
				}
				if (label.length() > 200 || !seen.add(label.toLowerCase(Locale.UK))) {
					errors.put("options", "referendums.error.options");
				}
				options.add(label);
			}
			if (options.size() < 2 || options.size() > MAX_OPTIONS) {
				errors.put("options", "referendums.error.options");
			}
			min = details.minChoices();
			max = details.maxChoices();
			if (min < 1 || max < min || max > Math.max(1, options.size())) {
				errors.put("minChoices", "referendums.error.choices");
			}
		}
		if (!errors.isEmpty()) {
			return new Created(null, errors);
		}
		long id = store.insert(new ReferendumStore.NewReferendum(null, kind, area.get().id(), question, explanation,
				opens, closes, rule, min, max, level, options, officer.value()));
		return new Created(id, Map.of());
	}

	/** Opens the vote now, whatever its opening day, taking the roll. */
	@Transactional
	public Map<String, String> open(PersonId officer, long id) {
		Referendum referendum = managed(officer, id);
		if (store.lockState(id).orElseThrow() != State.DRAFT) {
			return Map.of("status", "referendums.error.alreadyOpen");
		}
		if (!clock.instant().isBefore(referendum.closesAt())) {
			return Map.of("status", "referendums.error.closed");
		}
		takeRoll(referendum);
		return Map.of();
	}

	private void takeRoll(Referendum referendum) {
		if (referendum.kind() == Kind.REFERENDUM) {
			List<Long> roll = new ArrayList<>();
			for (PersonId person : people.livingIn(referendum.area(), EVERYONE)) {
				if (eligible(person, referendum)) {
					roll.add(person.value());
				}
			}
			store.addToRoll(referendum.id(), roll);
		}
		store.opened(referendum.id(), clock.instant(), store.rollSize(referendum.id()));
	}

	/** Whether the person lives in the vote's area with their residence verified to the level it needs. */
	boolean eligible(PersonId person, Referendum referendum) {
		Optional<Residence> residence = people.residence(person);
		if (residence.isEmpty() || residence.get().area() == null
				|| !residence.get().atLeast(referendum.verification())) {
			return false;
		}
		return places.chain(residence.get().area()).stream().anyMatch(a -> a.id().equals(referendum.area()));
	}

	/** Where a person stands in a vote, for the page to say what they can do. */
	public enum Standing {
		CAN_VOTE, VOTED, NOT_ON_ROLL, NOT_ELIGIBLE, NOT_OPEN, SIGNED_OUT
	}

	public Standing standing(PersonId person, Referendum referendum) {
		if (!referendum.openAt(clock.instant())) {
			return Standing.NOT_OPEN;
		}
		if (person == null) {
			return Standing.SIGNED_OUT;
		}
		Optional<Boolean> entry = store.rollEntry(referendum.id(), person.value());
		if (entry.isPresent() && entry.get()) {
			return Standing.VOTED;
		}
		if (referendum.poll()) {
			return eligible(person, referendum) ? Standing.CAN_VOTE : Standing.NOT_ELIGIBLE;
		}
		return entry.isPresent() ? Standing.CAN_VOTE : Standing.NOT_ON_ROLL;
	}

	/** A signed-in voter's ballot: the positions of the answers chosen. */
	@Transactional
	public Map<String, String> vote(PersonId person, long id, List<Integer> choices) {
		Referendum referendum = store.find(id).orElseThrow(NoSuchReferendum::new);
		if (!referendum.openAt(clock.instant())) {
			return Map.of("choice", "referendums.error.notOpen");
		}
		String ballot = ballot(referendum, choices);
		if (ballot == null) {
			return Map.of("choice", referendum.poll() ? "referendums.error.pollChoices" : "referendums.error.choice");
		}
		if (referendum.poll()) {
			if (!eligible(person, referendum)) {
				return Map.of("choice", "referendums.error.notEligible");
			}
			if (!store.addPollVoter(id, person.value())) {
				return Map.of("choice", "referendums.error.voted");
			}
		}
		else if (!store.markVoted(id, person.value())) {
			return Map.of("choice", store.rollEntry(id, person.value()).isPresent() ? "referendums.error.voted"
					: "referendums.error.notOnRoll");
		}
		store.cast(id, ballot, mixAt);
		return Map.of();
	}

	/** A ballot cast with a poll card's one-time code; the card is void afterwards. */
	@Transactional
	public Map<String, String> voteWithCard(long id, String code, List<Integer> choices) {
		Referendum referendum = store.find(id).orElseThrow(NoSuchReferendum::new);
		if (referendum.poll() || !referendum.openAt(clock.instant())) {
			return Map.of("code", "referendums.error.notOpen");
		}
		String normalised = CardCode.normalise(code);
		if (normalised == null) {
			return Map.of("code", "referendums.error.codeFormat");
		}
		String ballot = ballot(referendum, choices);
		String hash = CardCode.hash(normalised);
		Optional<ReferendumStore.CardEntry> card = store.card(id, hash);
		if (card.isEmpty() || !CardCode.sameHash(card.get().hash(), hash)) {
			return Map.of("code", "referendums.error.codeUnknown");
		}
		if (card.get().voted()) {
			return Map.of("code", "referendums.error.codeUsed");
		}
		if (ballot == null) {
			return Map.of("choice", "referendums.error.choice");
		}
		if (!store.markCardVoted(card.get().rollId())) {
			return Map.of("code", "referendums.error.codeUsed");
		}
		store.cast(id, ballot, mixAt);
		return Map.of();
	}

	/** The ballot's canonical text, or null if the choices do not make a valid ballot for this vote. */
	static String ballot(Referendum referendum, List<Integer> choices) {
		if (choices == null) {
			return null;
		}
		Set<Integer> distinct = new HashSet<>(choices);
		if (distinct.size() != choices.size() || distinct.size() < referendum.minChoices()
				|| distinct.size() > referendum.maxChoices()) {
			return null;
		}
		for (Integer position : distinct) {
			if (position == null || position < 1 || position > referendum.options().size()) {
				return null;
			}
		}
		return ReferendumStore.choices(new ArrayList<>(distinct));
	}

	/** Cards printed for a batch, as the print page shows them. */
	public record Card(long number, String code) {
	}

	public record IssuedCards(UUID batch, Map<String, String> errors) {
	}

	/**
	 * Issues poll cards: {@code count} new roll entries for residents without an account (from the electoral
	 * register), or, with {@code toAccountHolders}, one for every account holder on the roll without a card who has not
	 * voted. The codes are kept until the officer says the batch is printed.
	 */
	@Transactional
	public IssuedCards issueCards(PersonId officer, long id, boolean toAccountHolders, Integer count) {
		Referendum referendum = managed(officer, id);
		if (referendum.poll() || store.lockState(id).orElseThrow() != State.OPEN
				|| !referendum.openAt(clock.instant())) {
			return new IssuedCards(null, Map.of("status", "referendums.error.cardsNotOpen"));
		}
		UUID batch = UUID.randomUUID();
		if (toAccountHolders) {
			if (store.cardsForAccountHolders(id, batch) == 0) {
				return new IssuedCards(null, Map.of("count", "referendums.error.noAccountHolders"));
			}
		}
		else {
			if (count == null || count < 1 || count > MAX_CARDS_AT_ONCE) {
				return new IssuedCards(null, Map.of("count", "referendums.error.count"));
			}
			List<String> codes = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				codes.add(CardCode.fresh());
			}
			store.addCardHolders(id, batch, codes);
		}
		store.opened(id, referendum.opensAt(), store.rollSize(id));
		return new IssuedCards(batch, Map.of());
	}

	public List<Card> cards(PersonId officer, long id, UUID batch) {
		managed(officer, id);
		return store.unprinted(id, batch).stream().map(c -> new Card(c.number(), c.code())).toList();
	}

	public record CardBatch(UUID batch, int cards) {
	}

	public List<CardBatch> unprintedBatches(long id) {
		return store.unprintedBatches(id).stream().map(b -> new CardBatch(b.batch(), b.cards())).toList();
	}

	public int cardsIssued(long id) {
		return store.cardsIssued(id);
	}

	public int voted(long id) {
		return store.voted(id);
	}

	/** The officer has printed the batch: its codes are forgotten, only their hashes stay. */
	@Transactional
	public void printed(PersonId officer, long id, UUID batch) {
		managed(officer, id);
		store.forgetCodes(id, batch);
	}

	/** Counts the vote now if it has closed; the officer's button for what {@link #countDue()} does on its own. */
	@Transactional
	public Map<String, String> count(PersonId officer, long id) {
		managed(officer, id);
		return count(id);
	}

	/** Counts a closed vote; within the caller's transaction. */
	Map<String, String> count(long id) {
		Referendum referendum = store.find(id).orElseThrow(NoSuchReferendum::new);
		if (store.lockState(id).orElseThrow() != State.OPEN) {
			return Map.of("status", "referendums.error.notOpenToCount");
		}
		if (clock.instant().isBefore(referendum.closesAt())) {
			return Map.of("status", "referendums.error.stillOpen");
		}
		BallotSet ballots = new BallotSet(store.remix(id));
		int[] votes = ballots.votes(referendum.options().size());
		int roll = referendum.poll() ? 0 : store.rollSize(id);
		int turnout = referendum.poll() ? ballots.size() : store.voted(id);
		Boolean passed = referendum.poll() ? null
				: referendum.rule().passes(votes[0], votes[1], turnout, roll);
		String hash = ballots.hash();
		store.counted(id, roll, ballots.size(), hash, passed, votes);
		List<Integer> counts = new ArrayList<>();
		for (int v : votes) {
			counts.add(v);
		}
		events.publishEvent(new ReferendumCounted(referendum.area(), new ReferendumId(id), referendum.poll(), counts,
				ballots.size(), roll, Boolean.TRUE.equals(passed), referendum.poll() ? "" : ruleInWords(referendum.rule()),
				hash));
		return Map.of();
	}

	/**
	 * A counted vote's ballots in the canonical form its published hash covers, one line per ballot, so anyone can
	 * recompute the hash; empty until the vote is counted. The ballots carry no voter.
	 */
	public Optional<List<String>> countedBallots(long id) {
		Referendum referendum = store.find(id).orElseThrow(NoSuchReferendum::new);
		if (referendum.state() != State.COUNTED) {
			return Optional.empty();
		}
		return Optional.of(new BallotSet(store.ballots(id)).lines());
	}

	/** Opens the votes whose opening time has come and counts those whose closing time has passed. */
	public void openAndCountDue() {
		for (Long id : store.dueToOpen(clock.instant())) {
			transactions.executeWithoutResult(status -> openDue(id));
		}
		for (Long id : store.dueToCount(clock.instant())) {
			transactions.executeWithoutResult(status -> count(id));
		}
	}

	private void openDue(long id) {
		if (store.lockState(id).orElseThrow() == State.DRAFT) {
			Referendum referendum = store.find(id).orElseThrow();
			if (clock.instant().isBefore(referendum.closesAt())) {
				takeRoll(referendum);
			}
		}
	}

	String ruleInWords(PassRule rule) {
		String share = rule.simpleMajority()
				? messages.getMessage("referendums.rule.majority", null, Locale.UK)
				: messages.getMessage("referendums.rule.supermajority", new Object[] { rule.percent() }, Locale.UK);
		return rule.minimumTurnout() == 0 ? share
				: messages.getMessage("referendums.rule.turnout", new Object[] { share, rule.minimumTurnout() },
						Locale.UK);
	}

	private Referendum managed(PersonId officer, long id) {
		Referendum referendum = store.find(id).orElseThrow(NoSuchReferendum::new);
		if (!manages(officer, referendum)) {
			throw new AccessDeniedException("Only an officer for the area runs this vote");
		}
		return referendum;
	}

	@EventListener
	void on(AccountDeleted deleted) {
		store.forgetPerson(deleted.person().value());
	}

	/** No referendum or poll has that id. */
	public static class NoSuchReferendum extends RuntimeException {

		public NoSuchReferendum() {
			super("No such referendum");
		}
	}
}
