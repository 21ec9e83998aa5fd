package org.bigsociety.groups.formation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bigsociety.groups.ConstitutionAdopted;
import org.bigsociety.groups.GroupFormed;
import org.bigsociety.groups.OrganisationId;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.AreaId;

/**
 * A group being formed, the aggregate: neighbours join as founders; with enough founders it picks a model
 * constitution; its founding meeting adopts the constitution and it becomes formed; then it ticks off its next steps.
 * Each verb refuses what the group's stage does not allow, with a {@link FormationRefused} naming why.
 */
public class Formation {

	/** Where the group is on its way to being formed. */
	public enum Stage {
		/** Fewer founders than it needs. */
		GATHERING_FOUNDERS,
		/** Enough founders; no constitution picked yet. */
		CHOOSING_CONSTITUTION,
		/** A constitution is picked; the founding meeting is next. */
		READY_TO_MEET,
		FORMED
	}

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final OrganisationId organisation;
	private final String name;
	private final AreaId area;
	private final int foundersNeeded;
	private final Set<PersonId> founders;
	private final Set<PersonId> newFounders = new LinkedHashSet<>();
	private ConstitutionTemplate constitution;
	private Instant constitutionChosenAt;
	private FoundingMeeting meeting;
	private Instant formedAt;
	private final Map<NextStep, Instant> steps;
	private final List<Object> events = new ArrayList<>();

	Formation(OrganisationId organisation, String name, AreaId area, int foundersNeeded, Set<PersonId> founders,
			ConstitutionTemplate constitution, Instant constitutionChosenAt, FoundingMeeting meeting, Instant formedAt,
			Map<NextStep, Instant> steps) {
		if (foundersNeeded < 1) {
			throw new IllegalArgumentException("A group needs at least one founder");
		}
		this.organisation = organisation;
		this.name = name;
		this.area = area;
		this.foundersNeeded = foundersNeeded;
		this.founders = new LinkedHashSet<>(founders);
		this.constitution = constitution;
		this.constitutionChosenAt = constitutionChosenAt;
		this.meeting = meeting;
		this.formedAt = formedAt;
		this.steps = steps.isEmpty() ? new EnumMap<>(NextStep.class) : new EnumMap<>(steps);
	}

	public Stage stage() {
		if (formedAt != null) {
			return Stage.FORMED;
		}
		if (founders.size() < foundersNeeded) {
			return Stage.GATHERING_FOUNDERS;
		}
		return constitution == null ? Stage.CHOOSING_CONSTITUTION : Stage.READY_TO_MEET;
	}

	/** A neighbour joins as a founder; joining twice changes nothing. Refused once the group is formed. */
	public void join(PersonId founder) {
		if (stage() == Stage.FORMED) {
			throw new FormationRefused("groups.formation.refused.alreadyFormed");
		}
		if (founders.add(founder)) {
			newFounders.add(founder);
		}
	}

	/** Picks the model constitution to adopt at the founding meeting; it may change its mind until then. */
	public void chooseConstitution(ConstitutionTemplate template, Instant now) {
		switch (stage()) {
			case GATHERING_FOUNDERS:
				throw new FormationRefused("groups.formation.refused.needFounders");
			case FORMED:
				throw new FormationRefused("groups.formation.refused.alreadyFormed");
			default:
				this.constitution = template;
				this.constitutionChosenAt = now;
		}
	}

	/**
	 * Records the founding meeting, which adopts the constitution: the group is formed. At least as many founders as
	 * it needs must have attended, every attendee must be a founder, and the meeting cannot be in the future.
	 */
	public void holdFoundingMeeting(FoundingMeeting held, Instant now) {
		switch (stage()) {
			case GATHERING_FOUNDERS:
				throw new FormationRefused("groups.formation.refused.needFounders");
			case CHOOSING_CONSTITUTION:
				throw new FormationRefused("groups.formation.refused.needConstitution");
			case FORMED:
				throw new FormationRefused("groups.formation.refused.alreadyFormed");
			default:
				break;
		}
		if (!founders.containsAll(held.attendees())) {
			throw new FormationRefused("groups.formation.refused.attendeesMustBeFounders");
		}
		if (held.attendees().size() < foundersNeeded) {
			throw new FormationRefused("groups.formation.refused.quorum");
		}
		if (held.date().isAfter(LocalDate.ofInstant(now, LONDON))) {
			throw new FormationRefused("groups.formation.refused.meetingInFuture");
		}
		this.meeting = held;
		this.formedAt = now;
		events.add(new ConstitutionAdopted(area, organisation, name, constitution.model()));
		events.add(new GroupFormed(area, organisation, name, founders.size()));
	}

	/** Ticks off a next step; ticking one already done keeps the first time. Only a formed group has next steps. */
	public void tick(NextStep step, Instant now) {
		requireFormed();
		steps.putIfAbsent(step, now);
	}

	/** Unticks a step ticked by mistake. */
	public void untick(NextStep step) {
		requireFormed();
		steps.remove(step);
	}

	private void requireFormed() {
		if (stage() != Stage.FORMED) {
			throw new FormationRefused("groups.formation.refused.notFormed");
		}
	}

	/** The events the last verbs produced, for the service to publish in the same transaction; then forgotten. */
	List<Object> takeEvents() {
		List<Object> taken = List.copyOf(events);
		events.clear();
		return taken;
	}

	Set<PersonId> takeNewFounders() {
		Set<PersonId> taken = Set.copyOf(newFounders);
		newFounders.clear();
		return taken;
	}

	public OrganisationId organisation() {
		return organisation;
	}

	public String name() {
		return name;
	}

	public AreaId area() {
		return area;
	}

	public int foundersNeeded() {
		return foundersNeeded;
	}

	public Set<PersonId> founders() {
		return Collections.unmodifiableSet(founders);
	}

	public boolean isFounder(PersonId person) {
		return founders.contains(person);
	}

	public ConstitutionTemplate constitution() {
		return constitution;
	}

	public Instant constitutionChosenAt() {
		return constitutionChosenAt;
	}

	public FoundingMeeting meeting() {
		return meeting;
	}

	public Instant formedAt() {
		return formedAt;
	}

	public Map<NextStep, Instant> steps() {
		return Collections.unmodifiableMap(steps);
	}
}
