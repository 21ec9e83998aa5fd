package org.bigsociety.timebank;

import java.util.Locale;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MinutesTests {

	@Test
	void readsAsHoursAndMinutes() {
		assertThat(Minutes.of(150)).hasToString("2 h 30 min");
		assertThat(Minutes.of(120)).hasToString("2 h");
		assertThat(Minutes.of(45)).hasToString("45 min");
		assertThat(Minutes.ZERO).hasToString("0 min");
		assertThat(Minutes.of(-65)).hasToString("-1 h 5 min");
		assertThat(Minutes.of(-5)).hasToString("-5 min");
	}

	@Test
	void readsInTheVisitorsLanguageFromMessages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("timebank.minutes.both", Locale.UK, "{0}{1} awr {2} munud");
		messages.addMessage("timebank.minutes.hours", Locale.UK, "{0}{1} awr");

		assertThat(Minutes.of(-150).format(messages, Locale.UK)).isEqualTo("-2 awr 30 munud");
		assertThat(Minutes.of(60).format(messages, Locale.UK)).isEqualTo("1 awr");
		assertThat(Minutes.of(5).format(messages, Locale.UK)).isEqualTo("5 min");
	}

	@Test
	void parsesWhatPeopleType() {
		assertThat(Minutes.parse("90")).isEqualTo(Minutes.of(90));
		assertThat(Minutes.parse("1:30")).isEqualTo(Minutes.of(90));
		assertThat(Minutes.parse("1 h 30 min")).isEqualTo(Minutes.of(90));
		assertThat(Minutes.parse("2 hours")).isEqualTo(Minutes.of(120));
		assertThat(Minutes.parse(" 45 mins ")).isEqualTo(Minutes.of(45));
		assertThat(Minutes.parse("-1 h")).isEqualTo(Minutes.of(-60));
	}

	@Test
	void refusesWhatIsNotANumberOfMinutes() {
		for (String text : new String[] { "", " ", "an hour", "1.5", "1:75", "h", "1 h 30", "--5" }) {
			assertThatThrownBy(() -> Minutes.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class);
		}
		assertThatThrownBy(() -> Minutes.of(Minutes.LARGEST + 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Minutes.of(Minutes.LARGEST).plus(Minutes.of(1)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Property
	void readsBackWhatItWrites(@ForAll @LongRange(min = -10_000_000, max = 10_000_000) long value) {
		Minutes minutes = Minutes.of(value);

		assertThat(Minutes.parse(minutes.toString())).isEqualTo(minutes);
	}

	@Property
	void splitsIntoHoursAndMinutesThatAddUp(@ForAll @LongRange(min = -10_000_000, max = 10_000_000) long value) {
		Minutes minutes = Minutes.of(value);

		assertThat(minutes.minutesPart()).isBetween(0L, 59L);
		assertThat(Math.abs(minutes.hoursPart()) * 60 + minutes.minutesPart()).isEqualTo(Math.abs(value));
	}

	@Property
	void addsAndSubtractsExactly(@ForAll @LongRange(min = -1_000_000, max = 1_000_000) long a,
			@ForAll @LongRange(min = -1_000_000, max = 1_000_000) long b) {
		assertThat(Minutes.of(a).plus(Minutes.of(b)).minus(Minutes.of(b))).isEqualTo(Minutes.of(a));
		assertThat(Minutes.of(a).negated().negated()).isEqualTo(Minutes.of(a));
		assertThat(Minutes.of(a).compareTo(Minutes.of(b))).isEqualTo(Long.compare(a, b));
	}
}
