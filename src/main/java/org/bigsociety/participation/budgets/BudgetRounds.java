package org.bigsociety.participation.budgets;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.bigsociety.participation.BudgetResultsPublished;
import org.bigsociety.participation.BudgetRoundId;
import org.bigsociety.participation.budgets.tally.Election;
import org.bigsociety.participation.budgets.tally.Outcome;
import org.bigsociety.participation.budgets.tally.PabulibFormatException;
import org.bigsociety.participation.budgets.tally.PabulibInstance;
import org.bigsociety.participation.budgets.tally.PabulibReader;
import org.bigsociety.participation.budgets.tally.PabulibWriter;
import org.bigsociety.participation.budgets.tally.Rule;
import org.bigsociety.participation.budgets.tally.Verdict;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.context.event.EventListener;

/**
 * Participatory budgeting rounds: officers create a round for an area and move it through its phases; residents
 * propose projects and vote; officers cost proposals, decide feasibility, type in paper ballots (twice, by two
 * officers) and report on delivery. Moving a round from its vote to its results tallies the ballots with the round's
 * rule, explains every project's verdict and puts the result, with the hash of the ballot set, on the public record.
 *
 * <p>Every method that changes something answers a map from form field to message key: empty when done, otherwise
 * the problems, with nothing changed.
 */
@Service
public class BudgetRounds {

	static final ZoneId LONDON = ZoneId.of("Europe/London");
	static final int MAX_PROJECTS = 20_000;

	private final BudgetStore store;
	private final People people;
	private final Places places;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	BudgetRounds(BudgetStore store, People people, Places places, Clock clock, ApplicationEventPublisher events) {
		this.store = store;
		this.people = people;
		this.places = places;
		this.clock = clock;
		this.events = events;
	}

	/** A new round, as an officer fills it in. Amounts in pence; the vote closes at the end of the closing day. */
	public record RoundDetails(String areaCode, String title, String description, long budgetPence, String rule,
			String ballotKind, int minProjects, int maxProjects, int minimumAge, LocalDate voteCloses) {
	}

	/** What creating a round did: its id, or the problems. */
	public record Created(Long id, Map<String, String> errors) {
	}

	public List<Round> rounds() {
		return store.rounds(200);
	}

	public Optional<Round> round(long id) {
		return store.round(id);
	}

	public List<Project> projects(long roundId) {
		return store.projects(roundId);
	}

	/** One page of a round's projects, as the public page shows them. */
	public record ProjectPage(List<Project> projects, List<DeliveryUpdate> updates, int page, int pages, int total,
			long spentPence) {
	}

	public static final int PAGE_SIZE = 50;

	/** Page {@code page} (from 1) of the round's projects; a page past the end is the last page. */
	@Transactional(readOnly = true)
	public ProjectPage projectPage(Round round, int page) {
		int total = store.projectCount(round.id(), round.phase());
		int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(1, page), pages);
		List<Project> projects = store.projectPage(round.id(), round.phase(), (current - 1) * PAGE_SIZE, PAGE_SIZE);
		List<DeliveryUpdate> updates = round.phase().tallied()
				? store.deliveryUpdates(projects.stream().map(Project::id).toList()) : List.of();
		return new ProjectPage(projects, updates, current, pages, total,
				round.phase().tallied() ? store.spent(round.id()) : 0);
	}

	public List<DeliveryUpdate> deliveryUpdates(long roundId) {
		return store.deliveryUpdates(roundId);
	}

	public List<PaperBallot> papers(long roundId) {
		return store.papers(roundId);
	}

	public int onlineBallots(long roundId) {
		return store.onlineBallotCount(roundId);
	}

	public Instant now() {
		return clock.instant();
	}

	public Optional<Area> area(AreaId id) {
		return places.area(id);
	}

	/** Whether the person may manage the round: an officer for its area (or an area containing it). */
	public boolean manages(PersonId person, Round round) {
		return person != null && people.holds(person, Role.OFFICER, RoleScope.area(round.area()));
	}

	@Transactional
	public Created create(PersonId officer, RoundDetails details) {
		Map<String, String> errors = new LinkedHashMap<>();
		Optional<Area> area = Optional.empty();
		try {
			area = places.byGssCode(new GssCode(details.areaCode() == null ? "" : details.areaCode().trim()));
		}
		catch (IllegalArgumentException e) {
			// reported below
		}
		if (area.isEmpty()) {
			errors.put("areaCode", "budgets.error.area");
		}
		else if (!people.holds(officer, Role.OFFICER, RoleScope.area(area.get().id()))) {
			throw new AccessDeniedException("Only an officer for the area can create a round there");
		}
		if (details.title() == null || details.title().isBlank() || details.title().length() > 200) {
			errors.put("title", "budgets.error.title");
		}
		if (details.description() != null && details.description().length() > 5000) {
			errors.put("description", "budgets.error.description");
		}
		if (details.budgetPence() <= 0) {
			errors.put("budget", "budgets.error.budget");
		}
		Optional<Rule> rule = Rule.byId(details.rule() == null ? "" : details.rule());
		if (rule.isEmpty()) {
			errors.put("rule", "budgets.error.rule");
		}
		Optional<BallotKind> kind = enumValue(BallotKind.class, details.ballotKind());
		if (kind.isEmpty()) {
			errors.put("ballotKind", "budgets.error.ballotKind");
		}
		else if (kind.get() == BallotKind.APPROVAL && (details.minProjects() < 0 || details.maxProjects() < 1
				|| details.maxProjects() < details.minProjects())) {
			errors.put("minProjects", "budgets.error.minMax");
		}
		if (details.minimumAge() < 0 || details.minimumAge() > 120) {
			errors.put("minimumAge", "budgets.error.minimumAge");
		}
		Instant closes = details.voteCloses() == null ? null
				: details.voteCloses().plusDays(1).atStartOfDay(LONDON).toInstant();
		if (closes == null || !closes.isAfter(clock.instant())) {
			errors.put("voteCloses", "budgets.error.voteCloses");
		}
		if (!errors.isEmpty()) {
			return new Created(null, errors);
		}
		boolean approval = kind.get() == BallotKind.APPROVAL;
		long id = store.insert(new BudgetStore.NewRound(null, area.get().id(), details.title().trim(),
				details.description() == null ? "" : details.description().trim(), details.budgetPence(), rule.get(),
				kind.get(), approval ? details.minProjects() : 1, approval ? details.maxProjects() : 1_000_000,
				details.minimumAge(), Phase.IDEAS, closes, officer.value(), clock.instant()));
		return new Created(id, Map.of());
	}

	/** A resident proposes a project while the round collects ideas; an officer may add one until the vote. */
	@Transactional
	public Map<String, String> propose(PersonId person, long roundId, String title, String summary,
			long estimatedPence) {
		Round round = store.lock(roundId).orElseThrow(NoSuchRound::new);
		boolean officer = manages(person, round);
		Map<String, String> errors = new LinkedHashMap<>();
		if (officer ? round.phase().compareTo(Phase.VOTE) >= 0 : round.phase() != Phase.IDEAS) {
			errors.put("title", "budgets.error.notCollectingIdeas");
			return errors;
		}
		// Proposing needs only a residence the person declared; the ballot is what needs it verified.
		Eligibility proposer = officer ? Eligibility.ELIGIBLE : eligibility(person, round);
		if (proposer != Eligibility.ELIGIBLE && proposer != Eligibility.NOT_VERIFIED) {
			errors.put("title", "budgets.error.proposeNotResident");
			return errors;
		}
		if (title == null || title.isBlank() || title.length() > 200) {
			errors.put("title", "budgets.error.projectTitle");
		}
		if (summary == null || summary.isBlank() || summary.length() > 2000) {
			errors.put("summary", "budgets.error.summary");
		}
		if (estimatedPence < 0 || estimatedPence > round.budgetPence()) {
			errors.put("cost", "budgets.error.cost");
		}
		if (store.projects(roundId).size() >= MAX_PROJECTS) {
			errors.put("title", "budgets.error.tooManyProjects");
		}
		if (errors.isEmpty()) {
			store.insertProject(roundId, title.trim(), summary.trim(), estimatedPence, Feasibility.PENDING,
					officer ? null : person.value(), clock.instant());
		}
		return errors;
	}

	/** An officer costs a project and decides whether it is feasible, until the vote opens. */
	@Transactional
	public Map<String, String> review(PersonId officer, long roundId, long projectId, long costPence,
			String feasibility, String note) {
		Round round = managed(officer, roundId);
		Project project = store.project(roundId, projectId).orElseThrow(NoSuchRound::new);
		Map<String, String> errors = new LinkedHashMap<>();
		if (round.phase().compareTo(Phase.VOTE) >= 0) {
			errors.put("feasibility", "budgets.error.reviewClosed");
			return errors;
		}
		Optional<Feasibility> decision = enumValue(Feasibility.class, feasibility);
		if (decision.isEmpty()) {
			errors.put("feasibility", "budgets.error.feasibility");
		}
		if (costPence < 0 || costPence > round.budgetPence()) {
			errors.put("cost", "budgets.error.cost");
		}
		if (note != null && note.length() > 2000) {
			errors.put("note", "budgets.error.note");
		}
		if (decision.isPresent() && decision.get() == Feasibility.NOT_FEASIBLE && (note == null || note.isBlank())) {
			errors.put("note", "budgets.error.noteNeeded");
		}
		if (errors.isEmpty()) {
			store.review(project.id(), costPence, decision.get(), note == null ? "" : note.trim());
		}
		return errors;
	}

	/**
	 * Moves the round on to its next phase. Opening the vote needs at least one feasible project; publishing the
	 * results needs every paper ballot settled (typed in twice, agreeing), and tallies.
	 *
	 * @param from the phase the officer saw: if the round has moved on meanwhile, nothing happens
	 */
	@Transactional
	public Map<String, String> advance(PersonId officer, long roundId, String from) {
		managed(officer, roundId);
		Round round = store.lock(roundId).orElseThrow(NoSuchRound::new);
		if (!round.phase().name().equals(from)) {
			return Map.of("phase", "budgets.error.phaseChanged");
		}
		if (round.phase() == Phase.DELIVERY) {
			return Map.of("phase", "budgets.error.lastPhase");
		}
		Phase next = round.phase().next();
		if (next == Phase.VOTE && store.projects(roundId).stream().noneMatch(Project::onTheBallot)) {
			return Map.of("phase", "budgets.error.noFeasibleProjects");
		}
		if (next == Phase.VOTE && !round.voteClosesAt().isAfter(clock.instant())) {
			return Map.of("phase", "budgets.error.closingPassed");
		}
		if (next == Phase.RESULTS) {
			if (store.papers(roundId).stream().anyMatch(p -> p.state() != PaperBallot.State.AGREED)) {
				return Map.of("phase", "budgets.error.papersUnsettled");
			}
			tally(round);
			return Map.of();
		}
		store.phase(roundId, next);
		return Map.of();
	}

	/** For the demo, which has no officer at hand: tallies a round in its vote phase as publishing would. */
	@Transactional
	void publishForDemo(long roundId) {
		Round round = store.lock(roundId).orElseThrow(NoSuchRound::new);
		if (round.phase() == Phase.VOTE) {
			tally(round);
		}
	}

	/** Tallies the round's ballots with its rule, records every project's verdict, and publishes the result. */
	private void tally(Round round) {
		List<Project> onBallot = store.projects(round.id()).stream().filter(Project::onTheBallot).toList();
		BallotSet ballots = ballotSet(round.id(), onBallot);
		Election election = election(round, onBallot, ballots);
		Outcome outcome = round.rule().apply(election);
		long[] votes = election.votes();
		Map<String, Integer> order = new HashMap<>();
		for (int i = 0; i < outcome.selected().size(); i++) {
			order.put(outcome.selected().get(i), i + 1);
		}
		for (int i = 0; i < onBallot.size(); i++) {
			String id = Long.toString(onBallot.get(i).id());
			store.verdict(onBallot.get(i).id(), outcome.verdict(id), order.get(id), votes[i]);
		}
		String hash = ballots.hash();
		store.tallied(round.id(), clock.instant(), ballots.size(), hash, outcome.endowmentRaise());
		events.publishEvent(new BudgetResultsPublished(round.area(), new BudgetRoundId(round.id()), round.rule().id(),
				round.budgetPence(), outcome.cost(), ballots.size(), outcome.selected().size(), hash));
	}

	/** Online ballots and agreed paper ballots, each reduced to the projects still on the ballot. */
	private BallotSet ballotSet(long roundId, List<Project> onBallot) {
		Set<Long> valid = onBallot.stream().map(Project::id).collect(Collectors.toSet());
		List<long[]> ballots = new ArrayList<>();
		for (long[] ballot : store.onlineBallots(roundId)) {
			ballots.add(java.util.Arrays.stream(ballot).filter(valid::contains).toArray());
		}
		for (PaperBallot paper : store.papers(roundId)) {
			if (paper.state() == PaperBallot.State.AGREED) {
				ballots.add(parseIds(paper.agreed()).stream().mapToLong(Long::longValue).filter(valid::contains)
					.toArray());
			}
		}
		return new BallotSet(ballots);
	}

	private static Election election(Round round, List<Project> onBallot, BallotSet ballots) {
		Map<Long, Integer> index = new HashMap<>();
		List<Election.Project> projects = new ArrayList<>();
		for (Project project : onBallot) {
			index.put(project.id(), projects.size());
			projects.add(new Election.Project(Long.toString(project.id()), project.costPence()));
		}
		List<Election.Ballot> list = new ArrayList<>();
		for (String line : ballots.lines()) {
			list.add(new Election.Ballot(parseIds(line).stream().mapToInt(index::get).toArray(), null));
		}
		return new Election(round.budgetPence(), projects, list, false);
	}

	/**
	 * Whether the person may vote in the round: their account's postcode lies inside the round's area, and that
	 * residence is verified by letter or better (one ballot per verified resident).
	 */
	public Eligibility eligibility(PersonId person, Round round) {
		Optional<Residence> home = people.residence(person).filter(residence -> residence.area() != null);
		if (home.isEmpty()) {
			return Eligibility.NO_RESIDENCE;
		}
		if (places.chain(home.get().area()).stream().noneMatch(area -> area.id().equals(round.area()))) {
			return Eligibility.OUTSIDE_AREA;
		}
		return home.get().atLeast(VerificationLevel.VERIFIED_BY_LETTER) ? Eligibility.ELIGIBLE
				: Eligibility.NOT_VERIFIED;
	}

	/** The projects the person's ballot chose, if they have voted. */
	public Optional<List<Long>> ballot(PersonId person, long roundId) {
		return store.ballot(roundId, person.value());
	}

	/**
	 * Casts, or replaces, the person's ballot. The date of birth is only checked against the round's minimum age,
	 * never stored; it is the resident's own declaration.
	 */
	@Transactional
	public Map<String, String> vote(PersonId person, long roundId, Collection<Long> chosen, Integer birthDay,
			Integer birthMonth, Integer birthYear) {
		Round round = store.round(roundId).orElseThrow(NoSuchRound::new);
		Map<String, String> errors = new LinkedHashMap<>();
		if (!round.votingOpen(clock.instant())) {
			errors.put("projects", "budgets.error.votingClosed");
			return errors;
		}
		Eligibility eligibility = eligibility(person, round);
		if (eligibility != Eligibility.ELIGIBLE) {
			errors.put("projects", "budgets.eligibility." + eligibility.name());
			return errors;
		}
		LocalDate birth = null;
		try {
			if (birthDay != null && birthMonth != null && birthYear != null && birthYear > 1900) {
				birth = LocalDate.of(birthYear, birthMonth, birthDay);
			}
		}
		catch (DateTimeException e) {
			birth = null;
		}
		LocalDate today = LocalDate.ofInstant(clock.instant(), LONDON);
		if (birth == null || birth.isAfter(today)) {
			errors.put("birthDay", "budgets.error.birthDate");
		}
		else if (Period.between(birth, today).getYears() < round.minimumAge()) {
			errors.put("birthDay", "budgets.error.tooYoung");
		}
		String problem = ballotProblem(round, store.projects(roundId), chosen);
		if (problem != null) {
			errors.put("projects", problem);
		}
		if (errors.isEmpty()) {
			store.castBallot(roundId, person.value(), new ArrayList<>(new TreeSet<>(chosen)), clock.instant());
		}
		return errors;
	}

	/** What is wrong with a set of choices under the round's ballot, or null if nothing is. */
	static String ballotProblem(Round round, List<Project> projects, Collection<Long> chosen) {
		Map<Long, Project> onBallot = new HashMap<>();
		projects.stream().filter(Project::onTheBallot).forEach(p -> onBallot.put(p.id(), p));
		Set<Long> distinct = new HashSet<>(chosen);
		if (distinct.size() != chosen.size() || !onBallot.keySet().containsAll(distinct)) {
			return "budgets.error.unknownProject";
		}
		if (round.ballotKind() == BallotKind.APPROVAL) {
			if (distinct.size() < Math.max(1, round.minProjects())) {
				return "budgets.error.tooFew";
			}
			if (distinct.size() > round.maxProjects()) {
				return "budgets.error.tooMany";
			}
			return null;
		}
		if (distinct.isEmpty()) {
			return "budgets.error.tooFew";
		}
		long total = distinct.stream().mapToLong(id -> onBallot.get(id).costPence()).sum();
		return total > round.budgetPence() ? "budgets.error.overBudget" : null;
	}

	/** What an officer's paper entry did. */
	public record PaperEntry(Map<String, String> errors, PaperBallot.State state) {
	}

	/**
	 * An officer types in a numbered paper ballot. It counts once two different officers' entries agree; entries that
	 * disagree flag the paper for a third officer, whose entry settles it when it agrees with one of them.
	 */
	@Transactional
	public PaperEntry enterPaper(PersonId officer, long roundId, String paper, Collection<Long> chosen) {
		Round round = managed(officer, roundId);
		store.lock(roundId);
		Map<String, String> errors = new LinkedHashMap<>();
		if (round.phase() != Phase.VOTE) {
			errors.put("paper", "budgets.error.paperPhase");
			return new PaperEntry(errors, null);
		}
		String number = paper == null ? "" : paper.trim();
		if (!number.matches("[A-Za-z0-9-]{1,40}")) {
			errors.put("paper", "budgets.error.paperNumber");
		}
		String problem = ballotProblem(round, store.projects(roundId), chosen);
		if (problem != null) {
			errors.put("projects", problem);
		}
		if (!errors.isEmpty()) {
			return new PaperEntry(errors, null);
		}
		Optional<PaperBallot> before = store.papers(roundId).stream().filter(p -> p.paper().equals(number)).findFirst();
		if (before.isPresent() && before.get().state() == PaperBallot.State.AGREED) {
			errors.put("paper", "budgets.error.paperSettled");
			return new PaperEntry(errors, PaperBallot.State.AGREED);
		}
		String projects = new TreeSet<>(chosen).stream().map(String::valueOf).collect(Collectors.joining(","));
		if (!store.enterPaper(roundId, number, officer.value(), projects, clock.instant())) {
			errors.put("paper", "budgets.error.paperTwice");
			return new PaperEntry(errors, before.map(PaperBallot::state).orElse(null));
		}
		PaperBallot after = store.papers(roundId).stream().filter(p -> p.paper().equals(number)).findFirst()
			.orElseThrow();
		return new PaperEntry(Map.of(), after.state());
	}

	/** An officer reports on a funded project's delivery, once the results are out. */
	@Transactional
	public Map<String, String> reportDelivery(PersonId officer, long roundId, long projectId, String status,
			String note) {
		Round round = managed(officer, roundId);
		Project project = store.project(roundId, projectId).orElseThrow(NoSuchRound::new);
		Map<String, String> errors = new LinkedHashMap<>();
		if (!round.phase().tallied() || project.verdict() != Verdict.FUNDED) {
			errors.put("status", "budgets.error.notFunded");
			return errors;
		}
		Optional<DeliveryStatus> parsed = enumValue(DeliveryStatus.class, status);
		if (parsed.isEmpty()) {
			errors.put("status", "budgets.error.status");
		}
		if (note == null || note.isBlank() || note.length() > 2000) {
			errors.put("note", "budgets.error.deliveryNote");
		}
		if (errors.isEmpty()) {
			store.deliveryUpdate(projectId, parsed.get(), note.trim(), clock.instant());
		}
		return errors;
	}

	/**
	 * Imports the projects of a pabulib file (its ids are not kept; its {@code name} column becomes the title, its
	 * cost is read as pence) as feasible projects, until the vote opens. Ballots are never imported: a round's votes
	 * come from its own residents.
	 */
	@Transactional
	public Map<String, String> importProjects(PersonId officer, long roundId, Reader file) throws IOException {
		Round round = managed(officer, roundId);
		if (round.phase().compareTo(Phase.VOTE) >= 0) {
			return Map.of("file", "budgets.error.importPhase");
		}
		PabulibInstance instance;
		try {
			instance = PabulibReader.read(file);
		}
		catch (PabulibFormatException e) {
			throw new ImportRefused(e.line(), e.problem());
		}
		catch (IllegalArgumentException e) {
			throw new ImportRefused(0, e.getMessage());
		}
		if (instance.projects().isEmpty()) {
			return Map.of("file", "budgets.error.importEmpty");
		}
		if (store.projects(roundId).size() + instance.projects().size() > MAX_PROJECTS) {
			return Map.of("file", "budgets.error.tooManyProjects");
		}
		for (PabulibInstance.Project project : instance.projects()) {
			String name = project.field(instance.projectColumns(), "name").trim();
			String title = name.isEmpty() ? "Project " + project.id() : name;
			store.insertProject(roundId, title.length() > 200 ? title.substring(0, 200) : title,
					project.field(instance.projectColumns(), "description").trim(), project.cost(), Feasibility.FEASIBLE,
					null, clock.instant());
		}
		return Map.of();
	}

	/** A pabulib file that cannot be imported; the page names the line. */
	public static class ImportRefused extends RuntimeException {

		private final int line;
		private final String problem;

		ImportRefused(int line, String problem) {
			super(problem);
			this.line = line;
			this.problem = problem;
		}

		public int line() {
			return line;
		}

		public String problem() {
			return problem;
		}
	}

	/**
	 * Writes the round as a pabulib file: its feasible projects (ids are ours; costs and budget in pence) and, once
	 * tallied, its ballots without voters, in the canonical order the public record's hash covers.
	 */
	@Transactional(readOnly = true)
	public void export(long roundId, Writer out) throws IOException {
		Round round = store.round(roundId).orElseThrow(NoSuchRound::new);
		List<Project> onBallot = store.projects(roundId).stream().filter(Project::onTheBallot).toList();
		List<String> lines = round.phase().tallied() ? ballotSet(roundId, onBallot).lines() : List.of();
		Map<String, String> meta = new LinkedHashMap<>();
		meta.put("description", round.title());
		meta.put("country", "United Kingdom");
		meta.put("unit", places.area(round.area()).map(Area::name).orElse(round.area().toString()));
		meta.put("instance", "bigsociety-budget-round-" + round.id());
		meta.put("num_projects", Integer.toString(onBallot.size()));
		meta.put("num_votes", Integer.toString(lines.size()));
		meta.put("budget", Long.toString(round.budgetPence()));
		meta.put("vote_type", "approval");
		meta.put("rule", round.rule().id());
		meta.put("currency", "GBP");
		meta.put("comment", "Costs and budget are in pence. Votes are listed only once the round is tallied.");
		if (round.ballotHash() != null) {
			meta.put("ballot_sha256", round.ballotHash());
		}
		List<PabulibInstance.Project> projects = new ArrayList<>();
		for (Project project : onBallot) {
			String id = Long.toString(project.id());
			projects.add(new PabulibInstance.Project(id, project.costPence(),
					List.of(id, Long.toString(project.costPence()), project.title(),
							project.votes() == null ? "" : Long.toString(project.votes()),
							project.verdict() == Verdict.FUNDED ? "1" : "0")));
		}
		List<PabulibInstance.Vote> votes = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String voter = Integer.toString(i + 1);
			List<String> chosen = lines.get(i).isEmpty() ? List.of() : List.of(lines.get(i).split(","));
			votes.add(new PabulibInstance.Vote(voter, chosen, List.of(), List.of(voter, lines.get(i))));
		}
		PabulibWriter.write(new PabulibInstance(meta, List.of("project_id", "cost", "name", "votes", "selected"),
				projects, List.of("voter_id", "vote"), votes), out);
	}

	@EventListener
	@Transactional
	public void on(AccountDeleted deleted) {
		store.forget(deleted.person().value());
	}

	private Round managed(PersonId officer, long roundId) {
		Round round = store.round(roundId).orElseThrow(NoSuchRound::new);
		if (!manages(officer, round)) {
			throw new AccessDeniedException("Only an officer for the round's area can manage it");
		}
		return round;
	}

	private static List<Long> parseIds(String line) {
		List<Long> ids = new ArrayList<>();
		if (line != null && !line.isEmpty()) {
			for (String id : line.split(",")) {
				ids.add(Long.parseLong(id));
			}
		}
		return ids;
	}

	private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String name) {
		try {
			return name == null ? Optional.empty() : Optional.of(Enum.valueOf(type, name));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/** No such round (or no such project in it): the page answers 404. */
	public static class NoSuchRound extends RuntimeException {

		public NoSuchRound() {
			super("No such budget round or project");
		}
	}
}
