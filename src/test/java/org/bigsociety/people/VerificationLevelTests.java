package org.bigsociety.people;

import org.bigsociety.place.AreaId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class VerificationLevelTests {

	@Test
	void eachLevelProvesWhatTheOnesBeforeItProve() {
		assertThat(VerificationLevel.VERIFIED_BY_OFFICER.atLeast(VerificationLevel.VERIFIED_BY_LETTER)).isTrue();
		assertThat(VerificationLevel.VERIFIED_BY_LETTER.atLeast(VerificationLevel.VERIFIED_BY_LETTER)).isTrue();
		assertThat(VerificationLevel.SELF_DECLARED.atLeast(VerificationLevel.VERIFIED_BY_LETTER)).isFalse();
		assertThat(VerificationLevel.NONE.atLeast(VerificationLevel.SELF_DECLARED)).isFalse();
	}

	@Test
	void aResidenceHasAnAreaExactlyWhenItHasALevel() {
		PersonId person = new PersonId(1);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Residence(person, null, VerificationLevel.SELF_DECLARED, true));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Residence(person, new AreaId(1), VerificationLevel.NONE, true));
		assertThat(new Residence(person, null, VerificationLevel.NONE, false).atLeast(VerificationLevel.NONE)).isTrue();
	}
}
