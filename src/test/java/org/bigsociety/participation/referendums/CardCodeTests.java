package org.bigsociety.participation.referendums;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CardCodeTests {

	@Test
	void freshCodesArePrintedInGroupsAndReadBackHoweverTyped() {
		String code = CardCode.fresh();
		assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
		String plain = code.replace("-", "");
		assertThat(CardCode.normalise(code)).isEqualTo(plain);
		assertThat(CardCode.normalise(" " + code.toLowerCase().replace("-", " ") + " ")).isEqualTo(plain);
		assertThat(CardCode.hash(CardCode.normalise(code.toLowerCase()))).isEqualTo(CardCode.hash(plain));
	}

	@Test
	void refusesWhatCannotBeACode() {
		assertThat(CardCode.normalise(null)).isNull();
		assertThat(CardCode.normalise("")).isNull();
		assertThat(CardCode.normalise("ABCD-EFGH-JKMN")).as("too short").isNull();
		assertThat(CardCode.normalise("ABCD-EFGH-JKMN-PQR0")).as("0 is not in the alphabet").isNull();
		assertThat(CardCode.normalise("x".repeat(10_000))).isNull();
	}

	@Test
	void codesDoNotRepeat() {
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			codes.add(CardCode.fresh());
		}
		assertThat(codes).hasSize(10_000);
	}

	@Test
	void comparesHashes() {
		String hash = CardCode.hash("ABCDEFGHJKMNPQRS");
		assertThat(CardCode.sameHash(hash, CardCode.hash("ABCDEFGHJKMNPQRS"))).isTrue();
		assertThat(CardCode.sameHash(hash, CardCode.hash("ABCDEFGHJKMNPQRT"))).isFalse();
		assertThat(CardCode.sameHash(hash, null)).isFalse();
	}
}
