package org.bigsociety.action.events;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.bigsociety.action.BigSocietyDayTotalled;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.Role;
import org.bigsociety.people.RoleScope;
import org.bigsociety.place.Area;
import org.bigsociety.place.AreaId;
import org.bigsociety.place.AreaType;
import org.bigsociety.place.Doorstep;
import org.bigsociety.place.Postcode;
import org.bigsociety.place.Places;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Big Society Days: a council officer declares a day for their area, every event in the area that day belongs to it,
 * and once the day is over its totals (events, places, sign-ups, attendance; no personal data) go on the public
 * record.
 */
@Service
public class BigSocietyDays {

	private final JdbcClient jdbc;
	private final EventRows events;
	private final SignUpRows signUps;
	private final Places places;
	private final People people;
	private final ApplicationEventPublisher publisher;
	private final TransactionTemplate transactions;
	private final Clock clock;

	BigSocietyDays(JdbcClient jdbc, EventRows events, SignUpRows signUps, Places places, People people,
			ApplicationEventPublisher publisher, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.signUps = signUps;
		this.places = places;
		this.people = people;
		this.publisher = publisher;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** A declared day. */
	public record Day(long id, LocalDate day, AreaId area, String areaName, Instant totalsRecordedAt) {
	}

	/** How a day went (or is going): each area's counts, and the events. */
	public record Report(Day day, Totals totals, List<AreaTotals> areas, List<Event> events) {
	}

	public record Totals(int events, int places, int signUps, int attended) {

		Totals plus(Totals other) {
			return new Totals(events + other.events, places + other.places, signUps + other.signUps,
					attended + other.attended);
		}
	}

	/** One area's part of the day: the events whose postcode is in it (its ward, usually). */
	public record AreaTotals(AreaId area, String name, Totals totals, List<Event> events) {
	}

	public record Declared(Long id, Map<String, String> errors) {
	}

	/**
	 * Declares a day for the local authority a postcode is in, where the person is a council officer (or they
	 * administer the platform).
	 */
	@Transactional
	public Declared declare(PersonId by, String date, String postcode) {
		Map<String, String> errors = new LinkedHashMap<>();
		Optional<LocalDate> day = Typed.date(date);
		if (Typed.trimmed(date).isEmpty()) {
			errors.put("date", "action.day.form.date.missing");
		}
		else if (day.isEmpty()) {
			errors.put("date", "action.day.form.date.invalid");
		}
		else if (day.get().isBefore(today())) {
			errors.put("date", "action.day.form.date.past");
		}
		Optional<Area> area = Optional.empty();
		String typed = Typed.trimmed(postcode);
		if (typed.isEmpty()) {
			errors.put("postcode", "action.form.postcode.missing");
		}
		else {
			try {
				Optional<Doorstep> doorstep = places.locate(Postcode.parse(typed));
				if (doorstep.isEmpty()) {
					errors.put("postcode", "action.form.postcode.unknown");
				}
				// The day belongs to the council's whole area: the local authority the postcode is in.
				area = doorstep.map(d -> d.chain()
					.stream()
					.filter(a -> a.type() == AreaType.LOCAL_AUTHORITY)
					.findFirst()
					.orElse(d.smallest()));
			}
			catch (IllegalArgumentException ex) {
				errors.put("postcode", "action.form.postcode.invalid");
			}
		}
		if (area.isPresent() && !people.holds(by, Role.OFFICER, RoleScope.area(area.get().id()))) {
			errors.put("postcode", "action.day.form.postcode.notYours");
		}
		if (errors.isEmpty() && byDayAndArea(day.get(), area.get().id()).isPresent()) {
			errors.put("date", "action.day.form.date.taken");
		}
		if (!errors.isEmpty()) {
			return new Declared(null, errors);
		}
		return new Declared(insert(null, day.get(), area.get(), by), Map.of());
	}

	/** For the demo: a day with a fixed id. */
	@Transactional
	public long declareForDemo(long id, LocalDate day, Area area) {
		return insert(id, day, area, null);
	}

	private long insert(Long id, LocalDate day, Area area, PersonId by) {
		return jdbc.sql("""
				INSERT INTO action.big_society_day (id, day, area_id, area_name, declared_by, declared_at)
				VALUES (coalesce(:id, nextval(pg_get_serial_sequence('action.big_society_day', 'id'))), :day, :area,
				    :name, :by, :now)
				RETURNING id""")
			.param("id", id)
			.param("day", Date.valueOf(day))
			.param("area", area.id().value())
			.param("name", area.name())
			.param("by", by == null ? null : by.value())
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
	}

	public Optional<Day> find(long id) {
		return jdbc.sql("SELECT * FROM action.big_society_day WHERE id = :id").param("id", id).query(this::day).optional();
	}

	private Optional<Day> byDayAndArea(LocalDate day, AreaId area) {
		return jdbc.sql("SELECT * FROM action.big_society_day WHERE day = :day AND area_id = :area")
			.param("day", Date.valueOf(day))
			.param("area", area.value())
			.query(this::day)
			.optional();
	}

	/** Days still to come (today included), soonest first, then the last few that are over, newest first. */
	public List<Day> all() {
		List<Day> days = new ArrayList<>(jdbc.sql("SELECT * FROM action.big_society_day WHERE day >= :today ORDER BY day, id")
			.param("today", Date.valueOf(today()))
			.query(this::day)
			.list());
		days.addAll(jdbc.sql("SELECT * FROM action.big_society_day WHERE day < :today ORDER BY day DESC, id DESC LIMIT 10")
			.param("today", Date.valueOf(today()))
			.query(this::day)
			.list());
		return days;
	}

	/** The day to show first: the next to come, or else the most recent. */
	public Optional<Day> featured() {
		List<Day> days = all();
		return days.isEmpty() ? Optional.empty() : Optional.of(days.get(0));
	}

	/** The days whose area holds this place (for "it is Big Society Day here" on other pages). */
	public List<Day> upcomingCovering(List<AreaId> chain) {
		if (chain.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT * FROM action.big_society_day WHERE day >= :today AND area_id IN (:areas) ORDER BY day")
			.param("today", Date.valueOf(today()))
			.param("areas", chain.stream().map(AreaId::value).toList())
			.query(this::day)
			.list();
	}

	public Report report(Day day) {
		Instant from = day.day().atStartOfDay(Typed.LONDON).toInstant();
		Instant to = day.day().plusDays(1).atStartOfDay(Typed.LONDON).toInstant();
		List<Event> onTheDay = events.starting(from, to, day.area()).stream().filter(e -> !e.cancelled()).toList();
		Map<AreaId, List<Event>> byArea = new LinkedHashMap<>();
		onTheDay.forEach(event -> byArea.computeIfAbsent(event.area(), a -> new ArrayList<>()).add(event));
		List<AreaTotals> areas = new ArrayList<>();
		Totals all = new Totals(0, 0, 0, 0);
		for (Map.Entry<AreaId, List<Event>> entry : byArea.entrySet()) {
			Totals totals = new Totals(0, 0, 0, 0);
			for (Event event : entry.getValue()) {
				SignUpRows.Counts counts = signUps.counts(event.id());
				totals = totals.plus(new Totals(1, event.capacity(), counts.booked(), counts.attended()));
			}
			String name = places.area(entry.getKey()).map(Area::name).orElse(entry.getKey().toString());
			areas.add(new AreaTotals(entry.getKey(), name, totals, entry.getValue()));
			all = all.plus(totals);
		}
		areas.sort(java.util.Comparator.comparing(AreaTotals::name));
		return new Report(day, all, areas, onTheDay);
	}

	/** Puts the totals of every day that is over on the public record, once each. */
	@Scheduled(cron = "${bigsociety.action.day-totals-cron:0 5 * * * *}")
	@SchedulerLock(name = "action.big-society-day-totals", lockAtMostFor = "PT10M")
	void scheduled() {
		recordFinishedDays();
	}

	/** Answers how many days' totals were recorded now. */
	public int recordFinishedDays() {
		List<Day> finished = jdbc.sql("""
				SELECT * FROM action.big_society_day WHERE day < :today AND totals_recorded_at IS NULL ORDER BY day""")
			.param("today", Date.valueOf(today()))
			.query(this::day)
			.list();
		int recorded = 0;
		for (Day day : finished) {
			Boolean done = transactions.execute(status -> {
				int claimed = jdbc.sql("""
						UPDATE action.big_society_day SET totals_recorded_at = :now
						WHERE id = :id AND totals_recorded_at IS NULL""")
					.param("now", Timestamp.from(clock.instant()))
					.param("id", day.id())
					.update();
				if (claimed == 0) {
					return false;
				}
				Totals totals = report(day).totals();
				publisher.publishEvent(new BigSocietyDayTotalled(day.area(), day.id(), day.areaName(), day.day(),
						totals.events(), totals.places(), totals.signUps(), totals.attended()));
				return true;
			});
			if (Boolean.TRUE.equals(done)) {
				recorded++;
			}
		}
		return recorded;
	}

	public boolean isOver(Day day) {
		return day.day().isBefore(today());
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), Typed.LONDON);
	}

	private Day day(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Day(rs.getLong("id"), rs.getDate("day").toLocalDate(), new AreaId(rs.getLong("area_id")),
				rs.getString("area_name"), EventRows.instant(rs, "totals_recorded_at"));
	}
}
