package org.bigsociety.timebank.exchanges;

import java.time.Instant;
import java.util.List;

import org.bigsociety.people.PersonId;
import org.bigsociety.timebank.Minutes;
import org.bigsociety.timebank.TimeBankId;
import org.bigsociety.timebank.exchanges.Exchange.Actor;
import org.bigsociety.timebank.exchanges.Exchange.Side;
import org.bigsociety.timebank.exchanges.Exchange.Status;
import org.bigsociety.timebank.membership.Refused;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The exchange aggregate's rules, without a database. */
class ExchangeRulesTests {

	static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
	static final PersonId HELPER = new PersonId(1);
	static final PersonId HELPED = new PersonId(2);
	static final PersonId BROKER = new PersonId(3);

	static Exchange offeredByTheHelper() {
		return Exchange.start(new TimeBankId(1), 5L, 10, 20, "gardening", "Weeding", null,
				Actor.member(HELPER, Side.PROVIDER), NOW);
	}

	@Test
	void bothSidesMustConfirmTheSameHoursBeforeItCompletes() {
		Exchange exchange = offeredByTheHelper();
		assertThat(exchange.status()).isEqualTo(Status.PROPOSED);
		exchange.accept(Actor.member(HELPED, Side.RECIPIENT), NOW);
		assertThat(exchange.status()).isEqualTo(Status.ACCEPTED);
		exchange.markDone(Actor.member(HELPER, Side.PROVIDER), Minutes.of(90), NOW);
		assertThat(exchange.confirm(Actor.member(HELPER, Side.PROVIDER), NOW)).isFalse();
		// The helper changes the hours: the other side's confirmation must be given afresh.
		exchange.markDone(Actor.member(HELPER, Side.PROVIDER), Minutes.of(120), NOW);
		assertThat(exchange.status()).isEqualTo(Status.DONE);
		assertThat(exchange.confirm(Actor.member(HELPED, Side.RECIPIENT), NOW)).isTrue();
		assertThat(exchange.status()).isEqualTo(Status.COMPLETED);
		assertThat(exchange.minutes()).isEqualTo(Minutes.of(120));
		assertThat(exchange.confirm(Actor.member(HELPED, Side.RECIPIENT), NOW)).isFalse();
	}

	@Test
	void aBrokerConfirmsForBothSidesAndIsNamedInTheHistory() {
		Exchange exchange = offeredByTheHelper();
		exchange.accept(Actor.broker(BROKER), NOW);
		exchange.markDone(new Actor(BROKER, Side.RECIPIENT, true), Minutes.of(60), NOW);
		assertThat(exchange.confirm(Actor.broker(BROKER), NOW)).isTrue();
		assertThat(exchange.steps()).extracting(Exchange.Step::action)
			.containsExactly("started", "accepted", "done", "confirmed");
		Exchange.Step done = exchange.steps().get(2);
		assertThat(done.broker()).isTrue();
		assertThat(done.forMember()).isEqualTo(20L);
	}

	@Test
	void refusesStepsOutOfOrder() {
		Exchange exchange = offeredByTheHelper();
		assertThatThrownBy(() -> exchange.markDone(Actor.member(HELPED, Side.RECIPIENT), Minutes.of(60), NOW))
			.isInstanceOf(Refused.class);
		assertThatThrownBy(() -> exchange.confirm(Actor.member(HELPED, Side.RECIPIENT), NOW))
			.isInstanceOf(Refused.class);
		assertThatThrownBy(() -> exchange.accept(Actor.member(HELPER, Side.PROVIDER), NOW))
			.isInstanceOf(Refused.class);
		assertThatThrownBy(() -> exchange.dispute(Actor.member(HELPED, Side.RECIPIENT), "No", NOW))
			.isInstanceOf(Refused.class);
		assertThatThrownBy(() -> exchange.resolve(Actor.broker(BROKER), Minutes.of(60), "", NOW))
			.isInstanceOf(Refused.class);
		exchange.cancel(Actor.member(HELPED, Side.RECIPIENT), "", NOW);
		for (Runnable late : List.<Runnable>of(() -> exchange.accept(Actor.broker(BROKER), NOW),
				() -> exchange.cancel(Actor.broker(BROKER), "", NOW),
				() -> exchange.agreeTime(Actor.broker(BROKER), NOW, NOW))) {
			assertThatThrownBy(late::run).isInstanceOf(Refused.class);
		}
		assertThat(exchange.status()).isEqualTo(Status.CANCELLED);
	}

	@Test
	void aDisputeIsDecidedOnlyByABrokerWithHoursOrNone() {
		Exchange exchange = offeredByTheHelper();
		exchange.accept(Actor.member(HELPED, Side.RECIPIENT), NOW);
		assertThatThrownBy(() -> exchange.dispute(Actor.member(HELPED, Side.RECIPIENT), " ", NOW))
			.isInstanceOf(Refused.class);
		exchange.dispute(Actor.member(HELPED, Side.RECIPIENT), "Nobody came", NOW);
		assertThatThrownBy(() -> exchange.resolve(Actor.member(HELPER, Side.PROVIDER), Minutes.of(60), "", NOW))
			.isInstanceOf(Refused.class);
		assertThat(exchange.resolve(Actor.broker(BROKER), null, "Nothing happened", NOW)).isFalse();
		assertThat(exchange.status()).isEqualTo(Status.CANCELLED);
	}

	@Test
	void hoursMustBeAMinuteToADay() {
		assertThatThrownBy(() -> Exchange.recorded(new TimeBankId(1), 1, 2, "gardening", "x", Minutes.of(25 * 60),
				Exchange.Origin.BROKER, BROKER, NOW, NOW)).isInstanceOf(Refused.class);
		assertThatThrownBy(() -> Exchange.recorded(new TimeBankId(1), 1, 1, "gardening", "x", Minutes.of(60),
				Exchange.Origin.BROKER, BROKER, NOW, NOW)).isInstanceOf(IllegalArgumentException.class);
		assertThat(Duration.read("1", "30", false)).isEqualTo(Minutes.of(90));
		assertThat(Duration.read("", "", true)).isNull();
		for (String[] bad : new String[][] { { "", "" }, { "0", "0" }, { "1", "60" }, { "-1", "" }, { "x", "" },
				{ "24", "1" } }) {
			assertThatThrownBy(() -> Duration.read(bad[0], bad[1], false)).isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Test
	void paperSheetsReadDatesHoursAndQuotedCells() {
		assertThat(PaperSheets.date("27/03/2026")).hasToString("2026-03-27");
		assertThat(PaperSheets.date("2026-03-27")).hasToString("2026-03-27");
		assertThat(PaperSheets.date("31/02/2026")).isNull();
		assertThat(PaperSheets.minutes("1:30")).isEqualTo(Minutes.of(90));
		assertThat(PaperSheets.minutes("1.5")).isEqualTo(Minutes.of(90));
		assertThat(PaperSheets.minutes("2")).isEqualTo(Minutes.of(120));
		for (String bad : List.of("0", "1:5", "1.01", "25", "-1", "one", "1:60", "")) {
			assertThat(PaperSheets.minutes(bad)).as(bad).isNull();
		}
		assertThat(CsvLines.parse("a,\"b, \"\"c\"\"\"\r\n\nd")).containsExactly(List.of("a", "b, \"c\""), List.of(""),
				List.of("d"));
	}
}
