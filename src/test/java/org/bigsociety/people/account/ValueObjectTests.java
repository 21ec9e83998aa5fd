package org.bigsociety.people.account;

import java.util.List;

import org.bigsociety.people.PersonId;
import org.bigsociety.people.RoleScope;
import org.bigsociety.place.AreaId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ValueObjectTests {

	@Test
	void personIdIsPositive() {
		assertThat(new PersonId(1).value()).isEqualTo(1);
		assertThatIllegalArgumentException().isThrownBy(() -> new PersonId(0));
		assertThatIllegalArgumentException().isThrownBy(() -> new PersonId(-5));
	}

	@Test
	void roleScopesNeedAnIdExceptForThePlatform() {
		assertThat(RoleScope.platform().id()).isNull();
		assertThat(RoleScope.area(new AreaId(3))).isEqualTo(new RoleScope(RoleScope.Type.AREA, 3L));
		assertThat(RoleScope.organisation(9).type()).isEqualTo(RoleScope.Type.ORGANISATION);
		assertThatIllegalArgumentException().isThrownBy(() -> new RoleScope(RoleScope.Type.PLATFORM, 1L));
		assertThatIllegalArgumentException().isThrownBy(() -> new RoleScope(RoleScope.Type.AREA, null));
		assertThatIllegalArgumentException().isThrownBy(() -> RoleScope.organisation(0));
	}

	@Test
	void emailAddressesAreTrimmedAndLowerCased() {
		assertThat(new EmailAddress("  Ada@Example.ORG ").value()).isEqualTo("ada@example.org");
		assertThat(EmailAddress.parseOrNull("not an address")).isNull();
		assertThat(EmailAddress.parseOrNull("deleted-12")).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> new EmailAddress(" "));
	}

	@Test
	void splitsCommaSeparatedItemsWithoutBlanksOrRepeats() {
		assertThat(Profiles.items(" gardening, DIY ,,gardening, ")).isEqualTo(List.of("gardening", "DIY"));
		assertThat(Profiles.items(null)).isEmpty();
	}

	@Test
	void secretsAreRandomAndOnlyTheirDigestIsKept() {
		String one = Secrets.random();
		assertThat(one).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(Secrets.random());
		assertThat(Secrets.sha256("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}
}
