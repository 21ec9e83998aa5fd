package org.bigsociety.participation.consultations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.bigsociety.people.PersonId;
import org.bigsociety.place.AreaId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Consultations, their paragraphs, contributions and supports in schema {@code participation}, in plain SQL. */
@Component
class ConsultationStore {

	private static final String CONSULTATION_COLUMNS = """
			id, area_id, title, summary, draft, opens_on, closes_on, opens_at, closes_at, published_at,
			outcome_recorded_at""";

	private static final String CONTRIBUTION_COLUMNS = """
			c.id, c.consultation_id, c.paragraph_number, c.kind, c.author_id, c.text, c.posted_at, c.answer,
			c.answer_reason, c.answered_at,
			(SELECT count(*) FROM participation.consultation_support s WHERE s.contribution_id = c.id) AS supports""";

	private final JdbcClient jdbc;

	ConsultationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record NewConsultation(Long fixedId, AreaId area, String title, String summary, String draft, LocalDate opensOn,
			LocalDate closesOn, Instant opensAt, Instant closesAt, Long createdBy, Instant createdAt) {
	}

	long insert(NewConsultation c) {
		return jdbc.sql("""
				INSERT INTO participation.consultation (id, area_id, title, summary, draft, opens_on, closes_on,
				    opens_at, closes_at, created_by, created_at)
				VALUES (COALESCE(CAST(:id AS BIGINT),
				        nextval(pg_get_serial_sequence('participation.consultation', 'id'))),
				    :area, :title, :summary, :draft, :opensOn, :closesOn, :opensAt, :closesAt, :by, :at)
				RETURNING id""")
			.param("id", c.fixedId())
			.param("area", c.area().value())
			.param("title", c.title())
			.param("summary", c.summary())
			.param("draft", c.draft())
			.param("opensOn", c.opensOn())
			.param("closesOn", c.closesOn())
			.param("opensAt", utc(c.opensAt()))
			.param("closesAt", utc(c.closesAt()))
			.param("by", c.createdBy())
			.param("at", utc(c.createdAt()))
			.query(Long.class)
			.single();
	}

	/** Changes a draft; false if it has been published meanwhile. */
	boolean update(long id, AreaId area, String title, String summary, String draft, LocalDate opensOn,
			LocalDate closesOn, Instant opensAt, Instant closesAt) {
		return jdbc.sql("""
				UPDATE participation.consultation
				SET area_id = :area, title = :title, summary = :summary, draft = :draft, opens_on = :opensOn,
				    closes_on = :closesOn, opens_at = :opensAt, closes_at = :closesAt
				WHERE id = :id AND published_at IS NULL""")
			.param("id", id)
			.param("area", area.value())
			.param("title", title)
			.param("summary", summary)
			.param("draft", draft)
			.param("opensOn", opensOn)
			.param("closesOn", closesOn)
			.param("opensAt", utc(opensAt))
			.param("closesAt", utc(closesAt))
			.update() == 1;
	}

	Optional<Consultation> find(long id) {
		return jdbc.sql("SELECT " + CONSULTATION_COLUMNS + " FROM participation.consultation WHERE id = :id")
			.param("id", id)
			.query(ConsultationStore::consultation)
			.optional();
	}

	List<Consultation> published(int limit) {
		return jdbc.sql("SELECT " + CONSULTATION_COLUMNS + " FROM participation.consultation "
				+ "WHERE published_at IS NOT NULL ORDER BY closes_at DESC, id DESC LIMIT :limit")
			.param("limit", limit)
			.query(ConsultationStore::consultation)
			.list();
	}

	List<Consultation> drafts(int limit) {
		return jdbc.sql("SELECT " + CONSULTATION_COLUMNS + " FROM participation.consultation "
				+ "WHERE published_at IS NULL ORDER BY id DESC LIMIT :limit")
			.param("limit", limit)
			.query(ConsultationStore::consultation)
			.list();
	}

	/** Publishes a draft with its paragraphs, once: false if it was already published. */
	boolean publish(long id, Draft draft, Instant at) {
		int changed = jdbc.sql("""
				UPDATE participation.consultation SET published_at = :at WHERE id = :id AND published_at IS NULL""")
			.param("at", utc(at))
			.param("id", id)
			.update();
		if (changed == 0) {
			return false;
		}
		for (Draft.Section section : draft.sections()) {
			for (Draft.Paragraph paragraph : section.paragraphs()) {
				jdbc.sql("""
						INSERT INTO participation.consultation_paragraph (consultation_id, number, section_number,
						    section_heading, text)
						VALUES (:id, :number, :section, :heading, :text)""")
					.param("id", id)
					.param("number", paragraph.number())
					.param("section", section.number())
					.param("heading", section.heading())
					.param("text", paragraph.text())
					.update();
			}
		}
		return true;
	}

	/** The published paragraphs, as a draft. */
	Optional<Draft> paragraphs(long consultationId) {
		record Row(int number, int section, String heading, String text) {
		}
		List<Row> rows = jdbc.sql("""
				SELECT number, section_number, section_heading, text FROM participation.consultation_paragraph
				WHERE consultation_id = :id ORDER BY number""")
			.param("id", consultationId)
			.query((rs, n) -> new Row(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
			.list();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		List<Draft.Section> sections = new java.util.ArrayList<>();
		List<Draft.Paragraph> current = new java.util.ArrayList<>();
		Row first = rows.get(0);
		int section = first.section();
		String heading = first.heading();
		for (Row row : rows) {
			if (row.section() != section) {
				sections.add(new Draft.Section(section, heading, current));
				current = new java.util.ArrayList<>();
				section = row.section();
				heading = row.heading();
			}
			current.add(new Draft.Paragraph(row.number(), row.text()));
		}
		sections.add(new Draft.Section(section, heading, current));
		return Optional.of(new Draft(sections));
	}

	long contribute(long consultationId, int paragraph, ContributionKind kind, Long author, String text,
			Instant at) {
		return contribute(null, consultationId, paragraph, kind, author, text, at);
	}

	/** @param fixedId an id below 1000 for the demo, or null for the next */
	long contribute(Long fixedId, long consultationId, int paragraph, ContributionKind kind, Long author, String text,
			Instant at) {
		return jdbc.sql("""
				INSERT INTO participation.consultation_contribution (id, consultation_id, paragraph_number, kind,
				    author_id, text, posted_at)
				VALUES (COALESCE(CAST(:id AS BIGINT),
				        nextval(pg_get_serial_sequence('participation.consultation_contribution', 'id'))),
				    :consultation, :paragraph, :kind, :author, :text, :at)
				RETURNING id""")
			.param("id", fixedId)
			.param("consultation", consultationId)
			.param("paragraph", paragraph)
			.param("kind", kind.name())
			.param("author", author)
			.param("text", text)
			.param("at", utc(at))
			.query(Long.class)
			.single();
	}

	Optional<Contribution> contribution(long id) {
		return jdbc.sql("SELECT " + CONTRIBUTION_COLUMNS + " FROM participation.consultation_contribution c "
				+ "WHERE c.id = :id")
			.param("id", id)
			.query(ConsultationStore::contribution)
			.optional();
	}

	List<Contribution> contributions(long consultationId) {
		return jdbc.sql("SELECT " + CONTRIBUTION_COLUMNS + " FROM participation.consultation_contribution c "
				+ "WHERE c.consultation_id = :id ORDER BY c.paragraph_number, c.id")
			.param("id", consultationId)
			.query(ConsultationStore::contribution)
			.list();
	}

	List<Contribution> contributions(long consultationId, int paragraph) {
		return jdbc.sql("SELECT " + CONTRIBUTION_COLUMNS + " FROM participation.consultation_contribution c "
				+ "WHERE c.consultation_id = :id AND c.paragraph_number = :paragraph ORDER BY c.id")
			.param("id", consultationId)
			.param("paragraph", paragraph)
			.query(ConsultationStore::contribution)
			.list();
	}

	/** Unanswered contributions to these consultations, oldest first. */
	List<Contribution> unanswered(Collection<Long> consultations, int limit) {
		if (consultations.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + CONTRIBUTION_COLUMNS + " FROM participation.consultation_contribution c "
				+ "WHERE c.consultation_id IN (:ids) AND c.answer IS NULL ORDER BY c.posted_at, c.id LIMIT :limit")
			.param("ids", consultations)
			.param("limit", limit)
			.query(ConsultationStore::contribution)
			.list();
	}

	/** Per paragraph: [comments, proposals]. */
	java.util.Map<Integer, int[]> counts(long consultationId) {
		java.util.Map<Integer, int[]> counts = new java.util.HashMap<>();
		jdbc.sql("""
				SELECT paragraph_number, count(*) FILTER (WHERE kind = 'COMMENT'),
				       count(*) FILTER (WHERE kind = 'PROPOSAL')
				FROM participation.consultation_contribution WHERE consultation_id = :id
				GROUP BY paragraph_number""")
			.param("id", consultationId)
			.query((rs, n) -> counts.put(rs.getInt(1), new int[] { rs.getInt(2), rs.getInt(3) }))
			.list();
		return counts;
	}

	/** Supports once: false if the person already supports it. */
	boolean support(long contribution, long person, Instant at) {
		return jdbc.sql("""
				INSERT INTO participation.consultation_support (contribution_id, person_id, supported_at)
				VALUES (:contribution, :person, :at) ON CONFLICT DO NOTHING""")
			.param("contribution", contribution)
			.param("person", person)
			.param("at", utc(at))
			.update() == 1;
	}

	boolean withdraw(long contribution, long person) {
		return jdbc.sql("""
				DELETE FROM participation.consultation_support WHERE contribution_id = :contribution
				AND person_id = :person""")
			.param("contribution", contribution)
			.param("person", person)
			.update() == 1;
	}

	/** Which of these contributions the person supports. */
	java.util.Set<Long> supportedBy(long person, long consultationId) {
		return new java.util.HashSet<>(jdbc.sql("""
				SELECT s.contribution_id FROM participation.consultation_support s
				JOIN participation.consultation_contribution c ON c.id = s.contribution_id
				WHERE s.person_id = :person AND c.consultation_id = :id""")
			.param("person", person)
			.param("id", consultationId)
			.query(Long.class)
			.list());
	}

	void answer(long contribution, Answer answer, String reason, Long by, Instant at) {
		jdbc.sql("""
				UPDATE participation.consultation_contribution
				SET answer = :answer, answer_reason = :reason, answered_by = :by, answered_at = :at
				WHERE id = :id""")
			.param("answer", answer.name())
			.param("reason", reason)
			.param("by", by)
			.param("at", utc(at))
			.param("id", contribution)
			.update();
	}

	/** Who supports the contribution, leaving out deleted accounts. */
	List<PersonId> supporters(long contribution) {
		return jdbc.sql("""
				SELECT person_id FROM participation.consultation_support
				WHERE contribution_id = :contribution AND person_id IS NOT NULL ORDER BY person_id""")
			.param("contribution", contribution)
			.query((rs, n) -> new PersonId(rs.getLong(1)))
			.list();
	}

	/** Marks the outcome recorded, once: false if it already was. */
	boolean outcomeRecorded(long id, Instant at) {
		return jdbc.sql("""
				UPDATE participation.consultation SET outcome_recorded_at = :at
				WHERE id = :id AND outcome_recorded_at IS NULL""")
			.param("at", utc(at))
			.param("id", id)
			.update() == 1;
	}

	/** A deleted account's words stay (they were said in public); who said or supported them is forgotten. */
	void forget(long person) {
		jdbc.sql("UPDATE participation.consultation_contribution SET author_id = NULL WHERE author_id = :p")
			.param("p", person)
			.update();
		jdbc.sql("UPDATE participation.consultation_contribution SET answered_by = NULL WHERE answered_by = :p")
			.param("p", person)
			.update();
		jdbc.sql("UPDATE participation.consultation_support SET person_id = NULL WHERE person_id = :p")
			.param("p", person)
			.update();
		jdbc.sql("UPDATE participation.consultation SET created_by = NULL WHERE created_by = :p")
			.param("p", person)
			.update();
	}

	private static Consultation consultation(ResultSet rs, int n) throws SQLException {
		return new Consultation(rs.getLong("id"), new AreaId(rs.getLong("area_id")), rs.getString("title"),
				rs.getString("summary"), rs.getString("draft"), rs.getObject("opens_on", LocalDate.class),
				rs.getObject("closes_on", LocalDate.class), instant(rs, "opens_at"), instant(rs, "closes_at"),
				rs.getTimestamp("published_at") != null, instant(rs, "published_at"),
				instant(rs, "outcome_recorded_at"));
	}

	private static Contribution contribution(ResultSet rs, int n) throws SQLException {
		Long author = (Long) rs.getObject("author_id");
		String answer = rs.getString("answer");
		return new Contribution(rs.getLong("id"), rs.getLong("consultation_id"), rs.getInt("paragraph_number"),
				ContributionKind.valueOf(rs.getString("kind")), author == null ? null : new PersonId(author),
				rs.getString("text"), instant(rs, "posted_at"), rs.getInt("supports"),
				answer == null ? null : Answer.valueOf(answer), rs.getString("answer_reason"),
				instant(rs, "answered_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

	private static OffsetDateTime utc(Instant at) {
		return at == null ? null : at.atOffset(ZoneOffset.UTC);
	}
}
