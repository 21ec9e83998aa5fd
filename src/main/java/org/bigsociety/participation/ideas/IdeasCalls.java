package org.bigsociety.participation.ideas;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bigsociety.groups.GroupProposal;
import org.bigsociety.groups.OrganisationId;
import org.bigsociety.groups.OrganisationSummary;
import org.bigsociety.groups.Organisations;
import org.bigsociety.participation.IdeaOutcomeRecorded;
import org.bigsociety.participation.IdeasShortlisted;
import org.bigsociety.people.AccountDeleted;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.Residence;
import org.bigsociety.people.Role;
import org.bigsociety.people.RoleScope;
import org.bigsociety.people.VerificationLevel;
import org.bigsociety.place.Area;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.bigsociety.platform.RateLimits;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ideas calls, like a social innovation camp. An officer for an area opens a call with a challenge, a deadline, the
 * judging criteria and a build weekend; residents of the area submit ideas and form teams, and anyone signed in
 * supports ideas publicly; a panel scores every idea against every criterion; the officer, informed by the ranking,
 * picks the shortlist; people sign up for the build weekend; and the officer records what became of each idea, on
 * the public record.
 *
 * <p>Every method that changes something answers a map from form field to message key: empty when done, otherwise
 * the problems, with nothing changed. Acting on someone else's idea or call throws {@link AccessDeniedException}.
 */
@Service
public class IdeasCalls {

	static final ZoneId LONDON = ZoneId.of("Europe/London");
	public static final int MAX_CRITERIA = 6;
	static final int MAX_IDEAS = 5_000;

	static final RateLimits.Allowance SUBMITTING = new RateLimits.Allowance("ideas.submit", 5, Duration.ofHours(1));
	static final RateLimits.Allowance SUPPORTING = new RateLimits.Allowance("ideas.support", 60, Duration.ofMinutes(10));
	static final RateLimits.Allowance JOINING = new RateLimits.Allowance("ideas.join", 20, Duration.ofHours(1));

	private static final SecureRandom RANDOM = new SecureRandom();

	private final IdeasStore store;
	private final People people;
	private final Places places;
	private final Organisations organisations;
	private final RateLimits rateLimits;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	IdeasCalls(IdeasStore store, People people, Places places, Organisations organisations, RateLimits rateLimits,
			Clock clock, ApplicationEventPublisher events) {
		this.store = store;
		this.people = people;
		this.places = places;
		this.organisations = organisations;
		this.rateLimits = rateLimits;
		this.clock = clock;
		this.events = events;
	}

	/** A criterion as the officer types it: the weight as typed (null if not a number). */
	public record CriterionDetails(String name, String description, Integer weight) {

		boolean blank() {
			return (name == null || name.isBlank()) && (description == null || description.isBlank())
					&& weight == null;
		}
	}

	/** A new call, as an officer fills it in. Ideas close at the end of {@code ideasClose}, London time. */
	public record CallDetails(String areaCode, String title, String challenge, LocalDate ideasClose,
			LocalDate weekendDate, String weekendPlace, Integer weekendCapacity, List<CriterionDetails> criteria) {
	}

	/** What creating something did: its id, or the problems. */
	public record Created(Long id, Map<String, String> errors) {
	}

	// ---- reading

	public List<Call> calls() {
		return store.calls(200);
	}

	public Call call(long id) {
		return store.call(id).orElseThrow(NoSuchIdea::new);
	}

	public List<Criterion> criteria(long callId) {
		return store.criteria(callId);
	}

	public List<Idea> ideas(long callId) {
		return store.ideas(callId);
	}

	public Idea idea(long callId, long ideaId) {
		return store.idea(callId, ideaId).orElseThrow(NoSuchIdea::new);
	}

	public Instant now() {
		return clock.instant();
	}

	public Optional<Area> area(Call call) {
		return places.area(call.area());
	}

	/** What others may see of a person: their public name. */
	public String name(Long person) {
		return person == null ? null
				: people.find(new PersonId(person)).map(p -> p.displayName()).orElse(null);
	}

	/** Whether the person may manage the call: an officer for its area (or an area containing it). */
	public boolean manages(PersonId person, Call call) {
		return person != null && people.holds(person, Role.OFFICER, RoleScope.area(call.area()));
	}

	/** The ideas of the call that the person supports. */
	public Set<Long> supportedBy(PersonId person, long callId) {
		return person == null ? Set.of() : store.supportedBy(callId, person.value());
	}

	/** A team member other than the author: {@code member} false while they have only asked to join. */
	public record TeamMember(long person, String name, boolean member) {
	}

	public List<TeamMember> team(long ideaId) {
		return store.members(ideaId).stream()
			.map(m -> new TeamMember(m.person(), name(m.person()), "MEMBER".equals(m.state())))
			.toList();
	}

	/** The judging panel: seat ids and names (a seat whose account was deleted has no name). */
	public record Judge(long seat, Long person, String name) {
	}

	public List<Judge> panel(long callId) {
		return store.panel(callId).stream().map(s -> new Judge(s.id(), s.person(), name(s.person()))).toList();
	}

	public boolean judges(PersonId person, long callId) {
		return person != null && store.seat(callId, person.value()).isPresent();
	}

	/** One line of a judge's score sheet. */
	public record Mark(int score, String comment) {
	}

	/** The person's own scores, by idea and criterion; empty if they are not on the panel. */
	public Map<Long, Map<Long, Mark>> ownScores(PersonId person, long callId) {
		Map<Long, Map<Long, Mark>> sheet = new HashMap<>();
		if (person == null) {
			return sheet;
		}
		store.seat(callId, person.value()).ifPresent(seat -> store.sheet(seat.id()).forEach(line -> sheet
			.computeIfAbsent(line.idea(), k -> new HashMap<>()).put(line.criterion(),
					new Mark(line.score(), line.comment()))));
		return sheet;
	}

	/**
	 * The ranking, if the person may see it: everyone once judging has closed; before that only the officers who run
	 * the call. Judges see only their own scores until then.
	 */
	public Optional<List<Ranking.Place>> ranking(PersonId viewer, Call call) {
		if (!call.phase().judged() && !manages(viewer, call)) {
			return Optional.empty();
		}
		List<Long> ideas = store.ideas(call.id()).stream().map(Idea::id).toList();
		return Optional.of(Ranking.rank(ideas, store.criteria(call.id()), store.scores(call.id())));
	}

	/** The judges' comments on an idea, once judging has closed (without who wrote them). */
	public List<String> comments(Call call, long ideaId) {
		if (!call.phase().judged()) {
			return List.of();
		}
		return store.comments(ideaId).stream().map(IdeasStore.SheetLine::comment).toList();
	}

	/** The build weekend: who has a place, and who waits, in order. */
	public record Weekend(List<Long> places, List<Long> waiting) {

		public boolean hasPlace(PersonId person) {
			return person != null && places.contains(person.value());
		}

		public boolean isWaiting(PersonId person) {
			return person != null && waiting.contains(person.value());
		}
	}

	public Weekend weekend(Call call) {
		List<Long> all = store.signups(call.id());
		int cut = Math.min(all.size(), call.weekendCapacity());
		return new Weekend(all.subList(0, cut), all.subList(cut, all.size()));
	}

	/** The group an incubated idea proposed, if any. */
	public Optional<OrganisationSummary> group(Idea idea) {
		return idea.outcomeGroupId() == null ? Optional.empty()
				: organisations.find(new OrganisationId(idea.outcomeGroupId()));
	}

	// ---- the officer's call

	@Transactional
	public Created create(PersonId officer, CallDetails details) {
		Map<String, String> errors = new LinkedHashMap<>();
		Optional<Area> area = Optional.empty();
		try {
			area = places.byGssCode(new GssCode(details.areaCode() == null ? "" : details.areaCode().strip()));
		}
		catch (IllegalArgumentException e) {
			// reported below
		}
		if (area.isEmpty()) {
			errors.put("areaCode", "ideas.error.area");
		}
		else if (!people.holds(officer, Role.OFFICER, RoleScope.area(area.get().id()))) {
			throw new AccessDeniedException("Only an officer for the area can open an ideas call there");
		}
		if (blankOrLonger(details.title(), 200)) {
			errors.put("title", "ideas.error.callTitle");
		}
		if (blankOrLonger(details.challenge(), 5000)) {
			errors.put("challenge", "ideas.error.challenge");
		}
		LocalDate today = LocalDate.ofInstant(clock.instant(), LONDON);
		if (details.ideasClose() == null || details.ideasClose().isBefore(today)) {
			errors.put("ideasClose", "ideas.error.ideasClose");
		}
		if (details.weekendDate() == null || details.ideasClose() != null
				&& !details.weekendDate().isAfter(details.ideasClose())) {
			errors.put("weekendDate", "ideas.error.weekendDate");
		}
		if (blankOrLonger(details.weekendPlace(), 300)) {
			errors.put("weekendPlace", "ideas.error.weekendPlace");
		}
		if (details.weekendCapacity() == null || details.weekendCapacity() < 1 || details.weekendCapacity() > 10_000) {
			errors.put("weekendCapacity", "ideas.error.weekendCapacity");
		}
		List<CriterionDetails> criteria = new ArrayList<>();
		List<CriterionDetails> given = details.criteria() == null ? List.of() : details.criteria();
		for (int i = 0; i < given.size() && i < MAX_CRITERIA; i++) {
			CriterionDetails c = given.get(i);
			if (c == null || c.blank()) {
				continue;
			}
			if (blankOrLonger(c.name(), 100)) {
				errors.putIfAbsent("criterion" + i + "Name", "ideas.error.criterionName");
			}
			if (longer(c.description(), 1000)) {
				errors.putIfAbsent("criterion" + i + "Description", "ideas.error.criterionDescription");
			}
			if (c.weight() == null || c.weight() < 1 || c.weight() > Criterion.MAX_WEIGHT) {
				errors.putIfAbsent("criterion" + i + "Weight", "ideas.error.criterionWeight");
			}
			criteria.add(c);
		}
		if (criteria.isEmpty() && errors.keySet().stream().noneMatch(k -> k.startsWith("criterion"))) {
			errors.put("criterion0Name", "ideas.error.noCriteria");
		}
		if (!errors.isEmpty()) {
			return new Created(null, errors);
		}
		long id = store.insertCall(new IdeasStore.NewCall(null, area.get().id(), details.title().strip(),
				details.challenge().strip(), endOf(details.ideasClose()), details.weekendDate(),
				details.weekendPlace().strip(), details.weekendCapacity(), CallPhase.OPEN, secret(), officer.value(),
				clock.instant()));
		for (int i = 0; i < criteria.size(); i++) {
			CriterionDetails c = criteria.get(i);
			store.insertCriterion(id, i + 1, c.name().strip(), c.description() == null ? "" : c.description().strip(),
					c.weight());
		}
		return new Created(id, Map.of());
	}

	/**
	 * Moves the call on to its next phase. Closing judging needs a shortlist of at least one idea, and publishes it.
	 *
	 * @param from the phase the officer saw: if the call has moved on meanwhile, nothing happens
	 */
	@Transactional
	public Map<String, String> advance(PersonId officer, long callId, String from) {
		managed(officer, callId);
		Call call = store.lock(callId).orElseThrow(NoSuchIdea::new);
		if (!call.phase().name().equals(from)) {
			return Map.of("phase", "ideas.error.phaseChanged");
		}
		if (call.phase() == CallPhase.OUTCOMES) {
			return Map.of("phase", "ideas.error.lastPhase");
		}
		CallPhase next = call.phase().next();
		if (next == CallPhase.JUDGING && store.ideaCount(callId) == 0) {
			return Map.of("phase", "ideas.error.noIdeas");
		}
		if (next == CallPhase.BUILD_WEEKEND) {
			List<Idea> ideas = store.ideas(callId);
			int shortlisted = (int) ideas.stream().filter(Idea::shortlisted).count();
			if (shortlisted == 0) {
				return Map.of("phase", "ideas.error.noShortlist");
			}
			events.publishEvent(new IdeasShortlisted(call.area(), callId, ideas.size(), shortlisted,
					store.panel(callId).size()));
		}
		store.phase(callId, next);
		return Map.of();
	}

	/** Anyone signed in who has the panel's secret link joins the panel, until judging closes. */
	@Transactional
	public Map<String, String> joinPanel(PersonId person, long callId, String code) {
		Call call = call(callId);
		if (call.phase().judged()) {
			return Map.of("code", "ideas.error.panelClosed");
		}
		if (code == null || !constantTimeEquals(code, call.panelCode())) {
			return Map.of("code", "ideas.error.panelCode");
		}
		store.appoint(callId, person.value(), clock.instant());
		return Map.of();
	}

	/** An officer takes a judge off the panel, with their scores, until judging closes. */
	@Transactional
	public Map<String, String> removeJudge(PersonId officer, long callId, long seat) {
		Call call = managed(officer, callId);
		if (call.phase().judged()) {
			return Map.of("panel", "ideas.error.panelClosed");
		}
		if (!store.removeSeat(callId, seat)) {
			return Map.of("panel", "ideas.error.noSuchJudge");
		}
		return Map.of();
	}

	/** An officer puts an idea on the shortlist or takes it off, saying why if they wish, while judging runs. */
	@Transactional
	public Map<String, String> shortlist(PersonId officer, long callId, long ideaId, boolean shortlisted,
			String note) {
		Call call = managed(officer, callId);
		idea(callId, ideaId);
		if (call.phase() != CallPhase.JUDGING) {
			return Map.of("shortlisted", "ideas.error.shortlistPhase");
		}
		if (longer(note, 2000)) {
			return Map.of("note", "ideas.error.note");
		}
		store.shortlist(ideaId, shortlisted, note == null ? "" : note.strip());
		return Map.of();
	}

	/**
	 * An officer records what became of an idea, once: funded (an amount in pence), incubated as a group (optionally
	 * proposing the group in the groups module, with the idea's author as its first founder), or not taken forward
	 * (with a reason). The outcome goes on the public record.
	 */
	@Transactional
	public Map<String, String> recordOutcome(PersonId officer, long callId, long ideaId, String outcome, Long pence,
			String groupName, String groupPurpose, String note) {
		Call call = managed(officer, callId);
		Idea idea = idea(callId, ideaId);
		Map<String, String> errors = new LinkedHashMap<>();
		if (call.phase() != CallPhase.OUTCOMES) {
			errors.put("outcome", "ideas.error.outcomePhase");
			return errors;
		}
		if (idea.outcome() != null) {
			errors.put("outcome", "ideas.error.outcomeRecorded");
			return errors;
		}
		Optional<Outcome> chosen = enumValue(Outcome.class, outcome);
		if (chosen.isEmpty()) {
			errors.put("outcome", "ideas.error.outcome");
			return errors;
		}
		if (longer(note, 2000)) {
			errors.put("note", "ideas.error.note");
		}
		boolean proposeGroup = groupName != null && !groupName.isBlank();
		switch (chosen.get()) {
			case FUNDED -> {
				if (pence == null || pence <= 0 || pence > 100_000_000_00L) {
					errors.put("amount", "ideas.error.amount");
				}
			}
			case INCUBATED -> {
				if (proposeGroup && (groupName.strip().length() > GroupProposal.MAX_NAME || longer(groupName, 1000))) {
					errors.put("groupName", "ideas.error.groupName");
				}
				if (proposeGroup && (groupPurpose == null || groupPurpose.isBlank()
						|| groupPurpose.strip().length() > GroupProposal.MAX_PURPOSE || longer(groupPurpose, 10_000))) {
					errors.put("groupPurpose", "ideas.error.groupPurpose");
				}
			}
			case NOT_TAKEN_FORWARD -> {
				if (note == null || note.isBlank()) {
					errors.put("note", "ideas.error.reasonNeeded");
				}
			}
		}
		if (!errors.isEmpty()) {
			return errors;
		}
		Long groupId = null;
		if (chosen.get() == Outcome.INCUBATED && proposeGroup) {
			PersonId founder = idea.authorId() != null ? new PersonId(idea.authorId()) : officer;
			groupId = organisations.propose(GroupProposal.of(groupName, groupPurpose, call.area(), founder)).id()
				.value();
		}
		long amount = chosen.get() == Outcome.FUNDED ? pence : 0;
		if (!store.outcome(ideaId, chosen.get(), chosen.get() == Outcome.FUNDED ? pence : null, groupId,
				note == null ? "" : note.strip(), clock.instant())) {
			throw new IllegalStateException("The idea's outcome was recorded meanwhile");
		}
		events.publishEvent(new IdeaOutcomeRecorded(call.area(), callId, ideaId, chosen.get().name(), amount));
		return Map.of();
	}

	// ---- residents' ideas, teams and support

	/** A resident of the call's area submits an idea before the deadline. */
	@Transactional
	public Created submit(PersonId person, long callId, String title, String problem, String proposal,
			String beneficiaries) {
		Call call = call(callId);
		Map<String, String> errors = new LinkedHashMap<>();
		if (!call.acceptingIdeas(clock.instant())) {
			errors.put("title", "ideas.error.closed");
			return new Created(null, errors);
		}
		if (!livesIn(person, call)) {
			errors.put("title", "ideas.error.notResident");
			return new Created(null, errors);
		}
		if (blankOrLonger(title, 200)) {
			errors.put("title", "ideas.error.title");
		}
		if (blankOrLonger(problem, 3000)) {
			errors.put("problem", "ideas.error.problem");
		}
		if (blankOrLonger(proposal, 3000)) {
			errors.put("proposal", "ideas.error.proposal");
		}
		if (blankOrLonger(beneficiaries, 1000)) {
			errors.put("beneficiaries", "ideas.error.beneficiaries");
		}
		if (errors.isEmpty() && store.ideaCount(callId) >= MAX_IDEAS) {
			errors.put("title", "ideas.error.tooManyIdeas");
		}
		if (!errors.isEmpty()) {
			return new Created(null, errors);
		}
		rateLimits.consume(SUBMITTING, Long.toString(person.value()));
		long id = store.insertIdea(null, callId, person.value(), title.strip(), problem.strip(), proposal.strip(),
				beneficiaries.strip(), secret(), clock.instant());
		return new Created(id, Map.of());
	}

	/** Anyone signed in supports an idea publicly, once, before the deadline. Supporting again changes nothing. */
	@Transactional
	public Map<String, String> support(PersonId person, long callId, long ideaId) {
		Call call = call(callId);
		idea(callId, ideaId);
		if (!call.acceptingIdeas(clock.instant())) {
			return Map.of("support", "ideas.error.closed");
		}
		rateLimits.consume(SUPPORTING, Long.toString(person.value()));
		store.support(ideaId, person.value(), clock.instant());
		return Map.of();
	}

	/** Withdraws the person's support, before the deadline. */
	@Transactional
	public Map<String, String> withdrawSupport(PersonId person, long callId, long ideaId) {
		Call call = call(callId);
		idea(callId, ideaId);
		if (!call.acceptingIdeas(clock.instant())) {
			return Map.of("support", "ideas.error.closed");
		}
		store.withdrawSupport(ideaId, person.value());
		return Map.of();
	}

	/**
	 * Someone signed in asks to join an idea's team; with the author's secret invitation link they join at once.
	 * Only before the deadline; the author is already on the team.
	 */
	@Transactional
	public Map<String, String> join(PersonId person, long callId, long ideaId, String code) {
		Call call = call(callId);
		Idea idea = idea(callId, ideaId);
		if (!call.acceptingIdeas(clock.instant())) {
			return Map.of("join", "ideas.error.closed");
		}
		if (idea.authoredBy(person.value())) {
			return Map.of("join", "ideas.error.ownIdea");
		}
		boolean invited = code != null && !code.isBlank();
		if (invited && !constantTimeEquals(code.strip(), idea.inviteCode())) {
			return Map.of("join", "ideas.error.inviteCode");
		}
		rateLimits.consume(JOINING, Long.toString(person.value()));
		store.addMember(ideaId, person.value(), invited ? "MEMBER" : "REQUESTED", clock.instant());
		return Map.of();
	}

	/** What the author (or a member, about themselves) decides about a place on the team. */
	public enum TeamDecision {
		ACCEPT, REMOVE
	}

	/**
	 * The author accepts someone who asked to join, or removes someone (a request or a member); a member may remove
	 * themselves (leave). Anyone else is refused. Only before the deadline.
	 */
	@Transactional
	public Map<String, String> decide(PersonId person, long callId, long ideaId, long member, String decision) {
		Call call = call(callId);
		Idea idea = idea(callId, ideaId);
		Optional<TeamDecision> chosen = enumValue(TeamDecision.class, decision);
		boolean author = idea.authoredBy(person.value());
		boolean leaving = person.value() == member && chosen.orElse(null) == TeamDecision.REMOVE;
		if (!author && !leaving) {
			throw new AccessDeniedException("Only the idea's author decides who is on its team");
		}
		if (!call.acceptingIdeas(clock.instant())) {
			return Map.of("team", "ideas.error.closed");
		}
		if (chosen.isEmpty()) {
			return Map.of("team", "ideas.error.decision");
		}
		boolean done = chosen.get() == TeamDecision.ACCEPT ? store.acceptMember(ideaId, member)
				: store.removeMember(ideaId, member);
		return done ? Map.of() : Map.of("team", "ideas.error.noSuchMember");
	}

	// ---- judging

	/**
	 * A judge scores an idea against every criterion (0 to 5) with an optional comment on each, while judging runs;
	 * scoring again replaces their sheet for that idea. Someone not on the panel is refused.
	 *
	 * @param scores the score typed for each criterion id (null where none was chosen)
	 */
	@Transactional
	public Map<String, String> score(PersonId judge, long callId, long ideaId, Map<Long, Integer> scores,
			Map<Long, String> comments) {
		Call call = call(callId);
		idea(callId, ideaId);
		IdeasStore.Seat seat = store.seat(callId, judge.value())
			.orElseThrow(() -> new AccessDeniedException("Only the call's judges score its ideas"));
		Map<String, String> errors = new LinkedHashMap<>();
		if (call.phase() != CallPhase.JUDGING) {
			errors.put("scores", "ideas.error.judgingClosed");
			return errors;
		}
		List<Criterion> criteria = store.criteria(callId);
		for (Criterion criterion : criteria) {
			Integer score = scores.get(criterion.id());
			if (score == null || score < 0 || score > Criterion.MAX_SCORE) {
				errors.put("score-" + criterion.id(), "ideas.error.score");
			}
			String comment = comments.get(criterion.id());
			if (longer(comment, 2000)) {
				errors.put("comment-" + criterion.id(), "ideas.error.comment");
			}
		}
		if (!errors.isEmpty()) {
			return errors;
		}
		for (Criterion criterion : criteria) {
			String comment = comments.get(criterion.id());
			store.score(seat.id(), ideaId, criterion.id(), scores.get(criterion.id()),
					comment == null ? "" : comment.strip(), clock.instant());
		}
		return Map.of();
	}

	// ---- the build weekend

	/** Anyone signed in signs up for the build weekend once the shortlist is out; past capacity they wait. */
	@Transactional
	public Map<String, String> signUp(PersonId person, long callId) {
		Call call = store.lock(callId).orElseThrow(NoSuchIdea::new);
		if (call.phase() != CallPhase.BUILD_WEEKEND) {
			return Map.of("weekend", "ideas.error.weekendClosed");
		}
		if (!LocalDate.ofInstant(clock.instant(), LONDON).isBefore(call.weekendDate())) {
			return Map.of("weekend", "ideas.error.weekendClosed");
		}
		store.signUp(callId, person.value(), clock.instant());
		return Map.of();
	}

	/** Gives up a place (the first on the waiting list moves up) or leaves the waiting list. */
	@Transactional
	public Map<String, String> withdraw(PersonId person, long callId) {
		Call call = store.lock(callId).orElseThrow(NoSuchIdea::new);
		if (call.phase() != CallPhase.BUILD_WEEKEND) {
			return Map.of("weekend", "ideas.error.weekendClosed");
		}
		store.withdraw(callId, person.value());
		return Map.of();
	}

	@EventListener
	@Transactional
	public void on(AccountDeleted deleted) {
		store.forget(deleted.person().value());
	}

	// ----

	/** Whether the person's account places them inside the call's area, at least by their own declaration. */
	boolean livesIn(PersonId person, Call call) {
		Optional<Residence> residence = people.residence(person);
		if (residence.isEmpty() || !residence.get().atLeast(VerificationLevel.SELF_DECLARED)) {
			return false;
		}
		return places.chain(residence.get().area()).stream().anyMatch(area -> area.id().equals(call.area()));
	}

	private Call managed(PersonId officer, long callId) {
		Call call = call(callId);
		if (!manages(officer, call)) {
			throw new AccessDeniedException("Only an officer for the call's area can manage it");
		}
		return call;
	}

	static Instant endOf(LocalDate day) {
		return day.plusDays(1).atStartOfDay(LONDON).toInstant();
	}

	static String secret() {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static boolean constantTimeEquals(String a, String b) {
		return java.security.MessageDigest.isEqual(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
				b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	/** Blank, too long, or holding a NUL character (which PostgreSQL cannot store in text). */
	private static boolean blankOrLonger(String text, int max) {
		return text == null || text.isBlank() || text.strip().length() > max || text.indexOf('\0') >= 0;
	}

	/** Too long, or holding a NUL character; blank is fine. */
	private static boolean longer(String text, int max) {
		return text != null && (text.length() > max || text.indexOf('\0') >= 0);
	}

	private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String name) {
		try {
			return name == null ? Optional.empty() : Optional.of(Enum.valueOf(type, name));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/** No such call, or no such idea in it: the page answers 404. */
	public static class NoSuchIdea extends RuntimeException {

		public NoSuchIdea() {
			super("No such ideas call or idea");
		}
	}
}
