package org.bigsociety.timebank.ledger;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;
import org.bigsociety.people.PersonId;
import org.bigsociety.timebank.Minutes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ledger's value objects refuse bad values in their constructors. */
class LedgerValuesTests {

	@Property
	void acceptsKeysOfLettersDigitsAndSafePunctuation(@ForAll("keys") String key) {
		assertThat(IdempotencyKey.of(key).value()).isEqualTo(key);
	}

	@Provide
	Arbitrary<String> keys() {
		return Arbitraries.strings().withChars("abcXYZ0129-_.:/+=@").ofMinLength(1).ofMaxLength(IdempotencyKey.MAX_LENGTH);
	}

	@Test
	void refusesEmptyLongOrOddKeys() {
		for (String key : new String[] { "", " ", "a b", "a\nb", "ключ", "x".repeat(129), "a;b" }) {
			assertThatThrownBy(() -> IdempotencyKey.of(key)).as(key).isInstanceOf(IllegalArgumentException.class);
		}
		assertThatThrownBy(() -> IdempotencyKey.of(null)).isInstanceOf(IllegalArgumentException.class);
	}

	@Property
	void limitsAllowExactlyTheBalancesBetweenFloorAndCeiling(@ForAll @LongRange(min = -10_000, max = 0) long floor,
			@ForAll @LongRange(min = 0, max = 10_000) long ceiling, @ForAll @LongRange(min = -20_000, max = 20_000) long balance) {
		Limits limits = Limits.of(Minutes.of(floor), Minutes.of(ceiling));

		assertThat(limits.allows(Minutes.of(balance))).isEqualTo(balance >= floor && balance <= ceiling);
	}

	@Test
	void refusesLimitsTheWrongWayRound() {
		assertThatThrownBy(() -> Limits.of(Minutes.of(1), Minutes.of(10))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Limits.of(Minutes.of(-1), Minutes.of(-10))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Limits(Minutes.of(-10), Minutes.of(10), Minutes.of(11)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Limits(Minutes.of(-10), Minutes.of(10), Minutes.of(-1)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void refusesTransfersOfNothingOrLess() {
		Recording recording = Recording.by(new PersonId(1), IdempotencyKey.of("k"), null);
		assertThatThrownBy(() -> new TransferRequest(new AccountId(1), new AccountId(2), Minutes.ZERO, recording))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new TransferRequest(new AccountId(1), new AccountId(2), Minutes.of(-5), recording))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Credit(new AccountId(2), Minutes.ZERO)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void refusesABatchThatNamesAPayeeTwiceOrNobody() {
		Recording recording = Recording.by(new PersonId(1), IdempotencyKey.of("k"), null);
		assertThatThrownBy(() -> BatchRequest.equalShares(new AccountId(1), List.of(new AccountId(2), new AccountId(2)),
				Minutes.of(5), recording)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> BatchRequest.equalShares(new AccountId(1), List.of(), Minutes.of(5), recording))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Property
	void keepsMemosToOneTrimmedLine(@ForAll @StringLength(max = 600) String memo) {
		PersonId person = new PersonId(1);
		String stripped = memo.strip();
		boolean fine = stripped.length() <= Recording.MAX_MEMO && stripped.chars().noneMatch(Character::isISOControl);
		if (fine) {
			String kept = Recording.by(person, IdempotencyKey.of("k"), memo).memo();
			assertThat(kept).isEqualTo(stripped.isEmpty() ? null : stripped);
		}
		else {
			assertThatThrownBy(() -> Recording.by(person, IdempotencyKey.of("k"), memo))
				.isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Test
	void dropsOnBehalfOfWhenPeopleRecordTheirOwn() {
		PersonId person = new PersonId(7);

		assertThat(Recording.by(person, IdempotencyKey.of("k"), null).onBehalfOf(person).onBehalfOf()).isNull();
	}

	@Test
	void refusesHoldersWithoutAKindOrId() {
		assertThatThrownBy(() -> new Holder(null, 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Holder(Holder.Kind.PERSON, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new AccountId(0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new TransferId(-1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Property
	void writesDayHashesAsFingerprintsWithNoLongRunOfDigits(@ForAll("hashes") String hash) {
		String fingerprint = DayClosed.fingerprint(hash);

		assertThat(fingerprint).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
		assertThat(fingerprint.replace(":", "").toLowerCase()).isEqualTo(hash);
	}

	@Provide
	Arbitrary<String> hashes() {
		return Arbitraries.strings().withChars("0123456789abcdef").ofLength(64);
	}
}
