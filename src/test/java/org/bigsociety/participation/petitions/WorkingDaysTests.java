package org.bigsociety.participation.petitions;

import java.time.DayOfWeek;
import java.time.LocalDate;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDaysTests {

	private final WorkingDays englandAndWales = WorkingDays.englandAndWales();

	@Test
	void skipsTheWeekend() {
		// Friday 6 March 2026 + 1 working day = Monday 9 March
		assertThat(englandAndWales.after(LocalDate.of(2026, 3, 6), 1)).isEqualTo(LocalDate.of(2026, 3, 9));
	}

	@Test
	void skipsBankHolidays() {
		// Thursday 2 April 2026 + 1: Good Friday 3 April, weekend, Easter Monday 6 April, so Tuesday 7 April
		assertThat(englandAndWales.after(LocalDate.of(2026, 4, 2), 1)).isEqualTo(LocalDate.of(2026, 4, 7));
		// Christmas 2026: Friday 25 December, Boxing Day substitute Monday 28 December
		assertThat(englandAndWales.isBankHoliday(LocalDate.of(2026, 12, 28))).isTrue();
		assertThat(englandAndWales.after(LocalDate.of(2026, 12, 24), 1)).isEqualTo(LocalDate.of(2026, 12, 29));
	}

	@Test
	void twentyWorkingDaysIsFourWeeksWithoutHolidays() {
		assertThat(englandAndWales.after(LocalDate.of(2026, 6, 1), 20)).isEqualTo(LocalDate.of(2026, 6, 29));
	}

	@Test
	void shipsEveryYearFrom2024To2028() {
		for (int year = 2024; year <= 2028; year++) {
			assertThat(englandAndWales.isBankHoliday(LocalDate.of(year, 1, 1).getDayOfWeek() == DayOfWeek.SATURDAY
					|| LocalDate.of(year, 1, 1).getDayOfWeek() == DayOfWeek.SUNDAY
							? LocalDate.of(year, 1, 1).with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.MONDAY))
							: LocalDate.of(year, 1, 1))).as("New Year %d", year).isTrue();
		}
	}

	@Property
	void theDueDateIsAWorkingDayWithExactlyThatManyWorkingDaysBeforeIt(@ForAll @IntRange(min = 0, max = 1500) int offset,
			@ForAll @IntRange(min = 1, max = 40) int count) {
		LocalDate start = LocalDate.of(2024, 1, 1).plusDays(offset);
		LocalDate due = englandAndWales.after(start, count);
		assertThat(englandAndWales.isWorkingDay(due)).isTrue();
		long between = start.plusDays(1).datesUntil(due.plusDays(1)).filter(englandAndWales::isWorkingDay).count();
		assertThat(between).isEqualTo(count);
	}
}
