package org.bigsociety.participation.petitions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.NavigableSet;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;

/**
 * Working days in England and Wales: Monday to Friday, except bank holidays (from the GOV.UK list shipped in
 * {@code participation/petitions/bank-holidays-england-and-wales.csv}).
 */
final class WorkingDays {

	static final String FILE = "participation/petitions/bank-holidays-england-and-wales.csv";
	private static final Logger log = LoggerFactory.getLogger(WorkingDays.class);

	private final NavigableSet<LocalDate> bankHolidays;

	WorkingDays(Collection<LocalDate> bankHolidays) {
		this.bankHolidays = new TreeSet<>(bankHolidays);
	}

	static WorkingDays englandAndWales() {
		TreeSet<LocalDate> days = new TreeSet<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#") || line.startsWith("date,")) {
					continue;
				}
				days.add(LocalDate.parse(line.substring(0, line.indexOf(','))));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new WorkingDays(days);
	}

	boolean isWorkingDay(LocalDate day) {
		DayOfWeek weekday = day.getDayOfWeek();
		return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !bankHolidays.contains(day);
	}

	boolean isBankHoliday(LocalDate day) {
		return bankHolidays.contains(day);
	}

	/**
	 * The day that is {@code count} working days after {@code start}; {@code start} itself never counts, so a clock
	 * started on a Friday with one working day runs to the Monday (or the Tuesday after a bank holiday Monday).
	 */
	LocalDate after(LocalDate start, int count) {
		if (count < 0) {
			throw new IllegalArgumentException("A number of working days is zero or more");
		}
		if (!bankHolidays.isEmpty() && start.plusDays(count * 2L + 14).isAfter(bankHolidays.last())) {
			log.warn("Counting working days after {} beyond the last bank holiday listed in {}: extend the list", start,
					FILE);
		}
		LocalDate day = start;
		int left = count;
		while (left > 0) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				left--;
			}
		}
		return day;
	}
}
