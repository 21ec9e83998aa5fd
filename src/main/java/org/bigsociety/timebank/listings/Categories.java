package org.bigsociety.timebank.listings;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The seeded taxonomy of kinds of help; each code's name is {@code timebank.category.<code>} in the bundle. */
@Component
public class Categories {

	private final JdbcClient jdbc;
	private volatile List<String> codes;

	Categories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<String> codes() {
		List<String> known = codes;
		if (known == null) {
			known = jdbc.sql("SELECT code FROM timebank.category ORDER BY position").query(String.class).list();
			codes = known;
		}
		return known;
	}

	public boolean exists(String code) {
		return code != null && codes().contains(code);
	}

	public static String messageKey(String code) {
		return "timebank.category." + code;
	}
}
