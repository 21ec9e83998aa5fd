package org.bigsociety.groups.formation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.bigsociety.groups.ConstitutionAdopted;
import org.bigsociety.groups.GroupFormed;
import org.bigsociety.groups.OrganisationId;
import org.bigsociety.groups.organisation.Office;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.AreaId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The formation aggregate: each verb moves the group on, or refuses with the reason, and changes nothing. */
class FormationTests {

	static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
	static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
	static final PersonId ANA = new PersonId(1);
	static final PersonId BEN = new PersonId(2);
	static final PersonId CAL = new PersonId(3);
	static final PersonId DEE = new PersonId(4);

	static Formation proposedBy(PersonId proposer, int needed) {
		return new Formation(new OrganisationId(42), "Clapton Square Gardeners", new AreaId(7), needed,
				Set.of(proposer), null, null, null, null, Map.of());
	}

	static FoundingMeeting meeting(Set<PersonId> attendees, LocalDate date) {
		return new FoundingMeeting(date, attendees, List.of("Adopted the constitution", "Elected Ana as chair"),
				Map.of(Office.CHAIR, ANA));
	}

	static Formation readyToMeet() {
		Formation formation = proposedBy(ANA, 3);
		formation.join(BEN);
		formation.join(CAL);
		formation.chooseConstitution(ConstitutionTemplate.UNINCORPORATED_ASSOCIATION, NOW);
		return formation;
	}

	@Test
	void gathersFoundersUntilItHasEnoughThenChoosesAConstitutionAndMeets() {
		Formation formation = proposedBy(ANA, 3);
		assertThat(formation.stage()).isEqualTo(Formation.Stage.GATHERING_FOUNDERS);
		formation.join(BEN);
		formation.join(BEN);
		assertThat(formation.founders()).containsExactly(ANA, BEN);
		formation.join(CAL);
		assertThat(formation.stage()).isEqualTo(Formation.Stage.CHOOSING_CONSTITUTION);
		formation.chooseConstitution(ConstitutionTemplate.CIO_FOUNDATION, NOW);
		formation.chooseConstitution(ConstitutionTemplate.UNINCORPORATED_ASSOCIATION, NOW);
		assertThat(formation.stage()).isEqualTo(Formation.Stage.READY_TO_MEET);

		formation.holdFoundingMeeting(meeting(Set.of(ANA, BEN, CAL), TODAY), NOW);

		assertThat(formation.stage()).isEqualTo(Formation.Stage.FORMED);
		assertThat(formation.formedAt()).isEqualTo(NOW);
		assertThat(formation.takeEvents()).containsExactly(
				new ConstitutionAdopted(new AreaId(7), new OrganisationId(42), "Clapton Square Gardeners",
						"unincorporated association"),
				new GroupFormed(new AreaId(7), new OrganisationId(42), "Clapton Square Gardeners", 3));
		assertThat(formation.takeEvents()).isEmpty();
	}

	@Test
	void refusesAConstitutionOrAMeetingBeforeItHasEnoughFounders() {
		Formation formation = proposedBy(ANA, 3);
		formation.join(BEN);
		assertThatThrownBy(() -> formation.chooseConstitution(ConstitutionTemplate.UNINCORPORATED_ASSOCIATION, NOW))
			.isInstanceOf(FormationRefused.class)
			.hasMessage("groups.formation.refused.needFounders");
		assertThatThrownBy(() -> formation.holdFoundingMeeting(meeting(Set.of(ANA, BEN), TODAY), NOW))
			.hasMessage("groups.formation.refused.needFounders");
		assertThat(formation.constitution()).isNull();
	}

	@Test
	void refusesAMeetingBeforeAConstitutionIsChosen() {
		Formation formation = proposedBy(ANA, 2);
		formation.join(BEN);
		assertThatThrownBy(() -> formation.holdFoundingMeeting(meeting(Set.of(ANA, BEN), TODAY), NOW))
			.hasMessage("groups.formation.refused.needConstitution");
		assertThat(formation.stage()).isEqualTo(Formation.Stage.CHOOSING_CONSTITUTION);
	}

	@Test
	void refusesAMeetingWithoutAQuorumWithStrangersOrInTheFuture() {
		Formation formation = readyToMeet();
		assertThatThrownBy(() -> formation.holdFoundingMeeting(meeting(Set.of(ANA, BEN), TODAY), NOW))
			.hasMessage("groups.formation.refused.quorum");
		assertThatThrownBy(() -> formation.holdFoundingMeeting(meeting(Set.of(ANA, BEN, DEE), TODAY), NOW))
			.hasMessage("groups.formation.refused.attendeesMustBeFounders");
		assertThatThrownBy(
				() -> formation.holdFoundingMeeting(meeting(Set.of(ANA, BEN, CAL), TODAY.plusDays(1)), NOW))
			.hasMessage("groups.formation.refused.meetingInFuture");
		assertThat(formation.stage()).isEqualTo(Formation.Stage.READY_TO_MEET);
		assertThat(formation.takeEvents()).isEmpty();
	}

	@Test
	void onceFormedItTakesNoFoundersNoNewConstitutionAndNoSecondMeeting() {
		Formation formation = readyToMeet();
		formation.holdFoundingMeeting(meeting(Set.of(ANA, BEN, CAL), TODAY), NOW);
		assertThatThrownBy(() -> formation.join(DEE)).hasMessage("groups.formation.refused.alreadyFormed");
		assertThatThrownBy(() -> formation.chooseConstitution(ConstitutionTemplate.COMMUNITY_INTEREST_COMPANY, NOW))
			.hasMessage("groups.formation.refused.alreadyFormed");
		assertThatThrownBy(() -> formation.holdFoundingMeeting(meeting(Set.of(ANA, BEN, CAL), TODAY), NOW))
			.hasMessage("groups.formation.refused.alreadyFormed");
		assertThat(formation.constitution()).isEqualTo(ConstitutionTemplate.UNINCORPORATED_ASSOCIATION);
	}

	@Test
	void onlyAFormedGroupTicksOffItsNextStepsAndTheFirstTickIsKept() {
		Formation formation = readyToMeet();
		assertThatThrownBy(() -> formation.tick(NextStep.BANK_ACCOUNT, NOW)).hasMessage("groups.formation.refused.notFormed");
		formation.holdFoundingMeeting(meeting(Set.of(ANA, BEN, CAL), TODAY), NOW);
		formation.tick(NextStep.BANK_ACCOUNT, NOW);
		formation.tick(NextStep.BANK_ACCOUNT, NOW.plusSeconds(60));
		assertThat(formation.steps()).containsExactly(Map.entry(NextStep.BANK_ACCOUNT, NOW));
		formation.untick(NextStep.BANK_ACCOUNT);
		assertThat(formation.steps()).isEmpty();
	}

	@Property
	void theStageIsGatheringExactlyWhileThereAreFewerFoundersThanNeeded(@ForAll @IntRange(min = 1, max = 12) int needed,
			@ForAll @IntRange(min = 0, max = 15) int joiners) {
		Formation formation = proposedBy(ANA, needed);
		for (int i = 0; i < joiners; i++) {
			formation.join(new PersonId(100 + i));
		}
		boolean gathering = formation.stage() == Formation.Stage.GATHERING_FOUNDERS;
		assertThat(gathering).isEqualTo(1 + joiners < needed);
	}

	@Test
	void aMeetingElectsOfficersOnlyFromThoseWhoCame() {
		assertThatThrownBy(() -> new FoundingMeeting(TODAY, Set.of(ANA, BEN), List.of("Adopted the constitution"),
				Map.of(Office.TREASURER, CAL))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new FoundingMeeting(TODAY, Set.of(ANA), List.of(" ", ""), Map.of()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void everyModelConstitutionIsShippedAndSaysItIsNotLegalAdvice() {
		for (ConstitutionTemplate template : ConstitutionTemplate.values()) {
			assertThat(template.text()).as(template.name()).startsWith("# ").contains("not legal advice");
			assertThat(ConstitutionTemplate.bySlug(template.slug())).contains(template);
		}
	}
}
