package org.bigsociety.groups.organisation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bigsociety.groups.OrganisationId;
import org.bigsociety.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** News updates an organisation's administrators post on its profile. */
@Service
@Transactional(readOnly = true)
public class News {

	public static final int MAX_TITLE = 120;
	public static final int MAX_BODY = 4000;

	public record Update(long id, String title, String body, Instant postedAt) {
	}

	private final JdbcClient jdbc;
	private final StoredOrganisations organisations;
	private final Clock clock;

	News(JdbcClient jdbc, StoredOrganisations organisations, Clock clock) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.clock = clock;
	}

	public List<Update> recent(OrganisationId organisation, int limit) {
		return jdbc.sql("""
				SELECT id, title, body, posted_at FROM groups.news WHERE organisation_id = :id
				ORDER BY posted_at DESC, id DESC LIMIT :limit""")
			.param("id", organisation.value())
			.param("limit", limit)
			.query((rs, n) -> new Update(rs.getLong("id"), rs.getString("title"), rs.getString("body"),
					rs.getTimestamp("posted_at").toInstant()))
			.list();
	}

	public static Map<String, String> problemsWith(String title, String body) {
		Map<String, String> problems = new LinkedHashMap<>();
		String t = title == null ? "" : title.strip();
		String b = body == null ? "" : body.strip();
		if (t.isEmpty()) {
			problems.put("title", "groups.news.title.missing");
		}
		else if (t.length() > MAX_TITLE) {
			problems.put("title", "groups.news.title.tooLong");
		}
		if (b.isEmpty()) {
			problems.put("body", "groups.news.body.missing");
		}
		else if (b.length() > MAX_BODY) {
			problems.put("body", "groups.news.body.tooLong");
		}
		return problems;
	}

	/** Posts an update if it is acceptable; returns the problems. Only the group's administrators may post. */
	@Transactional
	public Map<String, String> post(OrganisationId organisation, String title, String body, PersonId by) {
		if (!organisations.isAdministrator(organisation, by)) {
			throw new AccessDeniedException("Only the group's administrators may post news");
		}
		Map<String, String> problems = problemsWith(title, body);
		if (problems.isEmpty()) {
			jdbc.sql("""
					INSERT INTO groups.news (organisation_id, title, body, posted_by, posted_at)
					VALUES (:organisation, :title, :body, :by, :now)""")
				.param("organisation", organisation.value())
				.param("title", title.strip())
				.param("body", body.strip())
				.param("by", by.value())
				.param("now", Timestamp.from(clock.instant()))
				.update();
		}
		return problems;
	}
}
