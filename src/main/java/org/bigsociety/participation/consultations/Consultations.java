package org.bigsociety.participation.consultations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bigsociety.participation.ConsultationConcluded;
import org.bigsociety.people.AccountDeleted;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.PersonSummary;
import org.bigsociety.people.Residence;
import org.bigsociety.people.Role;
import org.bigsociety.people.RoleScope;
import org.bigsociety.people.VerificationLevel;
import org.bigsociety.place.Area;
import org.bigsociety.place.AreaId;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.bigsociety.platform.RateLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultations as co-creation: an officer for an area drafts a consultation in sections and numbered paragraphs and
 * publishes it; while it is open, residents of the area comment on paragraphs, propose replacement text and support
 * each other's proposals; officers answer each comment and proposal ("you said, we did"); once it has closed the
 * results show everything with the answers, and an officer puts the outcome on the public record.
 *
 * <p>Every method that changes something answers a map from form field to message key: empty when done, otherwise
 * the problems, with nothing changed.
 */
@Service
public class Consultations {

	public static final ZoneId LONDON = ZoneId.of("Europe/London");

	/** What taking part needs: a confirmed email and a residence in the area, declared at least. */
	public static final VerificationLevel NEEDED = VerificationLevel.SELF_DECLARED;

	public static final int MAX_TITLE = 200;
	public static final int MAX_SUMMARY = 2000;
	public static final int MAX_COMMENT = 2000;
	public static final int MAX_PROPOSAL = 5000;
	public static final int MAX_REASON = 2000;

	private final ConsultationStore store;
	private final People people;
	private final Places places;
	private final Clock clock;
	private final ApplicationEventPublisher events;
	private final RateLimits rateLimits;
	private final RateLimits.Allowance posting;
	private final RateLimits.Allowance supporting;

	Consultations(ConsultationStore store, People people, Places places, Clock clock, ApplicationEventPublisher events,
			RateLimits rateLimits,
			@Value("${bigsociety.consultations.posting.per-person:10}") int postsPerPerson,
			@Value("${bigsociety.consultations.posting.period:10m}") Duration postingPeriod,
			@Value("${bigsociety.consultations.supporting.per-person:60}") int supportsPerPerson) {
		this.store = store;
		this.people = people;
		this.places = places;
		this.clock = clock;
		this.events = events;
		this.rateLimits = rateLimits;
		this.posting = new RateLimits.Allowance("consultations.post", postsPerPerson, postingPeriod);
		this.supporting = new RateLimits.Allowance("consultations.support", supportsPerPerson, postingPeriod);
	}

	/** A consultation as an officer types it; dates are null when what was typed is not a date. */
	public record Details(String areaCode, String title, String summary, String draft, LocalDate opensOn,
			LocalDate closesOn) {
	}

	/** What saving a new draft did: its id, or the problems. */
	public record Saved(Long id, Map<String, String> errors) {
	}

	/** Thrown for an address naming no consultation, paragraph or contribution (or a draft the visitor may not see). */
	public static class NoSuchConsultation extends RuntimeException {

		public NoSuchConsultation() {
			super("No such consultation");
		}
	}

	public Instant now() {
		return clock.instant();
	}

	public Optional<Area> area(AreaId id) {
		return places.area(id);
	}

	/** The consultation if the person may see it: published, or a draft they manage. */
	public Consultation visible(long id, PersonId viewer) {
		Consultation consultation = store.find(id).orElseThrow(NoSuchConsultation::new);
		if (!consultation.published() && !manages(viewer, consultation)) {
			throw new NoSuchConsultation();
		}
		return consultation;
	}

	/** Published consultations, latest closing first. */
	public List<Consultation> published() {
		return store.published(500);
	}

	/** Drafts the officer may see: those for areas they are an officer for. */
	public List<Consultation> draftsFor(PersonId officer) {
		if (officer == null) {
			return List.of();
		}
		return store.drafts(500).stream().filter(c -> manages(officer, c)).toList();
	}

	/** Whether the person is an officer for the consultation's area (or an area containing it). */
	public boolean manages(PersonId person, Consultation consultation) {
		return person != null && people.holds(person, Role.OFFICER, RoleScope.area(consultation.area()));
	}

	/** The document: its published paragraphs, or (for a draft) its text as it would be published. */
	public Draft document(Consultation consultation) {
		if (consultation.published()) {
			return store.paragraphs(consultation.id()).orElseThrow(NoSuchConsultation::new);
		}
		return Draft.parse(consultation.draftText());
	}

	/** Per paragraph number: how many comments [0] and proposals [1]. */
	public Map<Integer, int[]> counts(long consultationId) {
		return store.counts(consultationId);
	}

	public List<Contribution> contributions(long consultationId) {
		return store.contributions(consultationId);
	}

	public List<Contribution> contributions(long consultationId, int paragraph) {
		return store.contributions(consultationId, paragraph);
	}

	public Set<Long> supportedBy(PersonId person, long consultationId) {
		return person == null ? Set.of() : store.supportedBy(person.value(), consultationId);
	}

	/** How a contributor appears: their public display name, or empty once their account is gone. */
	public Optional<String> displayName(PersonId person) {
		return person == null ? Optional.empty() : people.find(person).map(PersonSummary::displayName);
	}

	// ---- drafting -------------------------------------------------------------------------------------------------

	@Transactional
	public Saved draft(PersonId officer, Details details) {
		Map<String, String> errors = new LinkedHashMap<>();
		Optional<Area> area = checked(officer, details, errors);
		if (!errors.isEmpty()) {
			return new Saved(null, errors);
		}
		long id = store.insert(new ConsultationStore.NewConsultation(null, area.orElseThrow().id(),
				details.title().strip(), summary(details), details.draft(), details.opensOn(), details.closesOn(),
				startOf(details.opensOn()), endOf(details.closesOn()), officer.value(), clock.instant()));
		return new Saved(id, Map.of());
	}

	@Transactional
	public Map<String, String> edit(PersonId officer, long id, Details details) {
		Consultation consultation = managed(officer, id);
		if (consultation.published()) {
			return Map.of("title", "consultations.error.published");
		}
		Map<String, String> errors = new LinkedHashMap<>();
		Optional<Area> area = checked(officer, details, errors);
		if (!errors.isEmpty()) {
			return errors;
		}
		if (!store.update(id, area.orElseThrow().id(), details.title().strip(), summary(details), details.draft(),
				details.opensOn(), details.closesOn(), startOf(details.opensOn()), endOf(details.closesOn()))) {
			return Map.of("title", "consultations.error.published");
		}
		return Map.of();
	}

	/** Publishes a draft: its paragraphs are fixed from now on. Refused once published, or if it would never open. */
	@Transactional
	public Map<String, String> publish(PersonId officer, long id) {
		Consultation consultation = managed(officer, id);
		if (consultation.published()) {
			return Map.of("publish", "consultations.error.published");
		}
		if (!consultation.closesAt().isAfter(clock.instant())) {
			return Map.of("publish", "consultations.error.closesPast");
		}
		if (!store.publish(id, Draft.parse(consultation.draftText()), clock.instant())) {
			return Map.of("publish", "consultations.error.published");
		}
		return Map.of();
	}

	private Optional<Area> checked(PersonId officer, Details details, Map<String, String> errors) {
		Optional<Area> area = Optional.empty();
		try {
			area = places.byGssCode(new GssCode(details.areaCode() == null ? "" : details.areaCode().strip()));
		}
		catch (IllegalArgumentException e) {
			// reported below
		}
		if (area.isEmpty()) {
			errors.put("areaCode", "consultations.error.area");
		}
		else if (!people.holds(officer, Role.OFFICER, RoleScope.area(area.get().id()))) {
			errors.put("areaCode", "consultations.error.notYourArea");
		}
		if (details.title() == null || details.title().isBlank() || details.title().strip().length() > MAX_TITLE) {
			errors.put("title", "consultations.error.title");
		}
		if (details.summary() != null && details.summary().strip().length() > MAX_SUMMARY) {
			errors.put("summary", "consultations.error.summary");
		}
		if (details.opensOn() == null) {
			errors.put("opensDay", "consultations.error.opens");
		}
		if (details.closesOn() == null) {
			errors.put("closesDay", "consultations.error.closes");
		}
		else if (details.opensOn() != null && details.closesOn().isBefore(details.opensOn())) {
			errors.put("closesDay", "consultations.error.closesBeforeOpens");
		}
		else if (!endOf(details.closesOn()).isAfter(clock.instant())) {
			errors.put("closesDay", "consultations.error.closesPast");
		}
		try {
			Draft.parse(details.draft());
		}
		catch (Draft.Unreadable e) {
			errors.put("draft", e.messageKey());
		}
		return area;
	}

	private static String summary(Details details) {
		return details.summary() == null ? "" : details.summary().strip();
	}

	static Instant startOf(LocalDate day) {
		return day.atStartOfDay(LONDON).toInstant();
	}

	static Instant endOf(LocalDate day) {
		return day.plusDays(1).atStartOfDay(LONDON).toInstant();
	}

	// ---- taking part ----------------------------------------------------------------------------------------------

	/**
	 * Why the person may not comment, propose or support now, as a message key; empty if they may. Needs the
	 * consultation open, a confirmed email, and a residence in its area established at least to {@link #NEEDED}.
	 */
	public Optional<String> whyNot(PersonId person, Consultation consultation) {
		Instant now = clock.instant();
		if (!consultation.published() || consultation.notYetOpen(now)) {
			return Optional.of("consultations.why.notOpen");
		}
		if (consultation.closed(now)) {
			return Optional.of("consultations.why.closed");
		}
		if (person == null) {
			return Optional.of("consultations.why.signIn");
		}
		Optional<Residence> residence = people.residence(person);
		if (residence.isEmpty() || !residence.get().emailConfirmed()) {
			return Optional.of("consultations.why.email");
		}
		if (!residence.get().atLeast(NEEDED) || residence.get().area() == null
				|| places.chain(residence.get().area()).stream().noneMatch(a -> a.id().equals(consultation.area()))) {
			return Optional.of("consultations.why.residence");
		}
		return Optional.empty();
	}

	/** A comment on a paragraph, or proposed replacement text for it. */
	@Transactional
	public Map<String, String> contribute(PersonId person, long consultationId, int paragraph, ContributionKind kind,
			String text) {
		Consultation consultation = visible(consultationId, person);
		Draft document = publishedDocument(consultation);
		Draft.Paragraph current = document.paragraphs().stream()
			.filter(p -> p.number() == paragraph)
			.findFirst()
			.orElseThrow(NoSuchConsultation::new);
		Optional<String> whyNot = whyNot(person, consultation);
		if (whyNot.isPresent()) {
			return Map.of("text", whyNot.get());
		}
		String typed = text == null ? "" : text.strip();
		int max = kind == ContributionKind.COMMENT ? MAX_COMMENT : MAX_PROPOSAL;
		if (typed.isEmpty()) {
			return Map.of("text", kind == ContributionKind.COMMENT ? "consultations.error.comment.blank"
					: "consultations.error.proposal.blank");
		}
		if (typed.length() > max) {
			return Map.of("text", kind == ContributionKind.COMMENT ? "consultations.error.comment.tooLong"
					: "consultations.error.proposal.tooLong");
		}
		if (kind == ContributionKind.PROPOSAL
				&& typed.replaceAll("\\s+", " ").equals(current.text().replaceAll("\\s+", " "))) {
			return Map.of("text", "consultations.error.proposal.unchanged");
		}
		rateLimits.consume(posting, person.toString());
		store.contribute(consultationId, paragraph, kind, person.value(), typed, clock.instant());
		return Map.of();
	}

	/** Supports (or withdraws support from) someone else's proposal, once each; doing it twice changes nothing. */
	@Transactional
	public Map<String, String> support(PersonId person, long consultationId, long contributionId, boolean support) {
		Consultation consultation = visible(consultationId, person);
		Contribution contribution = store.contribution(contributionId)
			.filter(c -> c.consultationId() == consultationId)
			.orElseThrow(NoSuchConsultation::new);
		if (contribution.kind() != ContributionKind.PROPOSAL) {
			return Map.of("support", "consultations.error.support.notProposal");
		}
		if (person.equals(contribution.author())) {
			return Map.of("support", "consultations.error.support.own");
		}
		Optional<String> whyNot = whyNot(person, consultation);
		if (whyNot.isPresent()) {
			return Map.of("support", whyNot.get());
		}
		rateLimits.consume(supporting, person.toString());
		if (support) {
			store.support(contributionId, person.value(), clock.instant());
		}
		else {
			store.withdraw(contributionId, person.value());
		}
		return Map.of();
	}

	private Draft publishedDocument(Consultation consultation) {
		if (!consultation.published()) {
			throw new NoSuchConsultation();
		}
		return document(consultation);
	}

	public Optional<Contribution> contribution(long consultationId, long contributionId) {
		return store.contribution(contributionId).filter(c -> c.consultationId() == consultationId);
	}

	// ---- answering ------------------------------------------------------------------------------------------------

	/** The officer's queue: unanswered comments and proposals on published consultations in their areas. */
	public List<Contribution> queue(PersonId officer) {
		List<Long> mine = published().stream().filter(c -> manages(officer, c)).map(Consultation::id).toList();
		return store.unanswered(mine, 200);
	}

	/**
	 * An officer answers (or changes the answer to) a comment or proposal; refused once the outcome is recorded. Once
	 * committed, its author (and a proposal's supporters) are mailed the answer ({@link AnswerMail}); saving the same
	 * answer and reason again changes nothing and mails nobody.
	 */
	@Transactional
	public Map<String, String> answer(PersonId officer, long consultationId, long contributionId, String answer,
			String reason) {
		Consultation consultation = managed(officer, consultationId);
		Contribution contribution = store.contribution(contributionId)
			.filter(c -> c.consultationId() == consultationId)
			.orElseThrow(NoSuchConsultation::new);
		if (consultation.outcomeRecordedAt() != null) {
			return Map.of("answer", "consultations.error.answer.recorded");
		}
		Map<String, String> errors = new LinkedHashMap<>();
		Optional<Answer> chosen = Answer.named(answer);
		if (chosen.isEmpty()) {
			errors.put("answer", "consultations.error.answer.choose");
		}
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			errors.put("reason", "consultations.error.reason.blank");
		}
		else if (why.length() > MAX_REASON) {
			errors.put("reason", "consultations.error.reason.tooLong");
		}
		if (!errors.isEmpty()) {
			return errors;
		}
		if (chosen.get() == contribution.answer() && why.equals(contribution.answerReason())) {
			return Map.of(); // the same answer again: nothing changes, nobody is mailed twice
		}
		store.answer(contributionId, chosen.get(), why, officer.value(), clock.instant());
		events.publishEvent(new ContributionAnswered(consultationId, contributionId, chosen.get(), why,
				contribution.answered()));
		return Map.of();
	}

	// ---- results --------------------------------------------------------------------------------------------------

	/** The counts that go on the record. */
	public ConsultationConcluded outcome(Consultation consultation) {
		List<Contribution> all = store.contributions(consultation.id());
		int comments = (int) all.stream().filter(c -> c.kind() == ContributionKind.COMMENT).count();
		Map<Answer, Integer> answers = new HashMap<>();
		int unanswered = 0;
		for (Contribution c : all) {
			if (c.answer() == null) {
				unanswered++;
			}
			else {
				answers.merge(c.answer(), 1, Integer::sum);
			}
		}
		return new ConsultationConcluded(consultation.area(), consultation.id(), consultation.title(),
				document(consultation).paragraphs().size(), comments, all.size() - comments,
				answers.getOrDefault(Answer.ACCEPTED, 0), answers.getOrDefault(Answer.ACCEPTED_IN_PART, 0),
				answers.getOrDefault(Answer.NOT_ACCEPTED, 0), unanswered);
	}

	/** Puts a closed consultation's outcome on the public record, once. */
	@Transactional
	public Map<String, String> recordOutcome(PersonId officer, long consultationId) {
		Consultation consultation = managed(officer, consultationId);
		if (!consultation.closed(clock.instant())) {
			return Map.of("outcome", "consultations.error.outcome.open");
		}
		if (!store.outcomeRecorded(consultationId, clock.instant())) {
			return Map.of("outcome", "consultations.error.outcome.recorded");
		}
		events.publishEvent(outcome(consultation));
		return Map.of();
	}

	/** For the demo: records a closed consultation's outcome without an officer. */
	void recordOutcomeForDemo(long consultationId) {
		Consultation consultation = store.find(consultationId).orElseThrow();
		if (store.outcomeRecorded(consultationId, clock.instant())) {
			events.publishEvent(outcome(consultation));
		}
	}

	/** The CSV's columns, in order; documented in docs/consultations.md and never reordered. */
	public static final List<String> CSV_COLUMNS = List.of("consultation_id", "item_id", "kind", "section",
			"section_heading", "paragraph", "paragraph_text", "author", "posted_at", "text", "supports", "answer",
			"answer_reason", "answered_at");

	/** Every comment and proposal of a consultation, one row each, in paragraph order. */
	public void csv(Consultation consultation, String formerResident, Writer out) {
		Draft document = document(consultation);
		Map<Integer, Draft.Paragraph> paragraphs = new HashMap<>();
		document.paragraphs().forEach(p -> paragraphs.put(p.number(), p));
		Map<PersonId, String> names = new HashMap<>();
		try {
			out.write(String.join(",", CSV_COLUMNS) + "\r\n");
			for (Contribution c : store.contributions(consultation.id())) {
				Draft.Section section = document.sectionOf(c.paragraph());
				String author = c.author() == null ? formerResident
						: names.computeIfAbsent(c.author(), p -> displayName(p).orElse(formerResident));
				List<String> row = List.of(Long.toString(consultation.id()), Long.toString(c.id()),
						c.kind().name().toLowerCase(java.util.Locale.ROOT), Integer.toString(section.number()),
						section.heading(), Integer.toString(c.paragraph()), paragraphs.get(c.paragraph()).text(),
						author, DateTimeFormatter.ISO_INSTANT.format(c.postedAt()), c.text(),
						c.kind() == ContributionKind.PROPOSAL ? Integer.toString(c.supports()) : "",
						c.answer() == null ? "" : c.answer().name().toLowerCase(java.util.Locale.ROOT),
						c.answerReason() == null ? "" : c.answerReason(),
						c.answeredAt() == null ? "" : DateTimeFormatter.ISO_INSTANT.format(c.answeredAt()));
				StringBuilder line = new StringBuilder();
				for (String cell : row) {
					if (line.length() > 0) {
						line.append(',');
					}
					line.append(CsvCell.of(cell));
				}
				out.write(line.append("\r\n").toString());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Consultation managed(PersonId officer, long id) {
		Consultation consultation = store.find(id).orElseThrow(NoSuchConsultation::new);
		if (!manages(officer, consultation)) {
			throw new AccessDeniedException("Only an officer for the consultation's area can do that");
		}
		return consultation;
	}

	@EventListener
	@Transactional
	public void on(AccountDeleted deleted) {
		store.forget(deleted.person().value());
	}
}
