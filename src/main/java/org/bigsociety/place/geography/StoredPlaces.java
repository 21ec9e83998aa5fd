package org.bigsociety.place.geography;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.bigsociety.place.Area;
import org.bigsociety.place.AreaId;
import org.bigsociety.place.AreaType;
import org.bigsociety.place.Coordinates;
import org.bigsociety.place.Doorstep;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.bigsociety.place.Postcode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The geography as stored in the {@code place} schema. */
@Component
@Transactional(readOnly = true)
class StoredPlaces implements Places {

	static final long MAX_RADIUS_METRES = 50_000;
	static final int MAX_LIMIT = 1_000;
	private static final double EARTH_RADIUS_METRES = 6_371_008.8;
	private static final double METRES_PER_DEGREE = EARTH_RADIUS_METRES * Math.PI / 180;

	private static final String AREA_COLUMNS = "id, type, name, gss_code, parent_id, centre_latitude, centre_longitude";

	/**
	 * The box on {@code postcodes_location} narrows the rows; the haversine (the same formula as
	 * {@link Coordinates#metresTo}) then keeps those truly within the radius.
	 */
	static final String NEAR = """
			SELECT postcode, latitude, longitude, metres FROM (
			    SELECT postcode, latitude, longitude,
			           2 * 6371008.8 * asin(least(1, sqrt(
			               power(sin(radians(latitude - :latitude) / 2), 2)
			               + cos(radians(:latitude)) * cos(radians(latitude))
			                 * power(sin(radians(longitude - :longitude) / 2), 2)))) AS metres
			    FROM place.postcodes
			    WHERE latitude BETWEEN :south AND :north
			      AND longitude BETWEEN :west AND :east
			      AND terminated IS NULL
			) nearby
			WHERE round(metres) <= :radius
			ORDER BY metres, postcode
			LIMIT :limit
			""";

	private final JdbcClient jdbc;

	StoredPlaces(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Doorstep> locate(Postcode postcode) {
		// A terminated postcode is only stored when the council asked for them: it still says where a place is.
		return jdbc.sql("SELECT latitude, longitude, area_id FROM place.postcodes WHERE postcode = :postcode")
			.param("postcode", postcode.value())
			.query((rs, n) -> new Doorstep(postcode, new Coordinates(rs.getDouble(1), rs.getDouble(2)),
					chain(new AreaId(rs.getLong(3)))))
			.optional();
	}

	@Override
	public boolean isDemo(Postcode postcode) {
		return jdbc.sql("SELECT demo FROM place.postcodes WHERE postcode = :postcode")
			.param("postcode", postcode.value())
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	@Override
	public Optional<Area> area(AreaId id) {
		return jdbc.sql("SELECT " + AREA_COLUMNS + " FROM place.areas WHERE id = :id")
			.param("id", id.value())
			.query(StoredPlaces::area)
			.optional();
	}

	@Override
	public Optional<Area> byGssCode(GssCode code) {
		return jdbc.sql("SELECT " + AREA_COLUMNS + " FROM place.areas WHERE gss_code = :code")
			.param("code", code.value())
			.query(StoredPlaces::area)
			.optional();
	}

	@Override
	public List<Area> chain(AreaId id) {
		// The depth bound guards against a cycle a hand-made row could introduce.
		return jdbc.sql("""
				WITH RECURSIVE up AS (
				    SELECT %1$s, 0 AS depth FROM place.areas WHERE id = :id
				    UNION ALL
				    SELECT a.id, a.type, a.name, a.gss_code, a.parent_id, a.centre_latitude, a.centre_longitude, up.depth + 1
				    FROM place.areas a JOIN up ON a.id = up.parent_id
				    WHERE up.depth < 16
				)
				SELECT %1$s FROM up ORDER BY depth DESC
				""".formatted(AREA_COLUMNS))
			.param("id", id.value())
			.query(StoredPlaces::area)
			.list();
	}

	@Override
	public List<Area> children(AreaId id) {
		return jdbc.sql("SELECT " + AREA_COLUMNS + " FROM place.areas WHERE parent_id = :id ORDER BY name, id")
			.param("id", id.value())
			.query(StoredPlaces::area)
			.list();
	}

	@Override
	public List<NearbyPostcode> postcodesNear(Coordinates centre, long radiusMetres, int limit) {
		if (radiusMetres < 1 || radiusMetres > MAX_RADIUS_METRES) {
			throw new IllegalArgumentException("The radius must be between 1 metre and 50 kilometres");
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("The limit must be between 1 and 1000");
		}
		return near(jdbc, centre, radiusMetres, limit).query((rs, n) -> new NearbyPostcode(
				new Postcode(rs.getString(1)), new Coordinates(rs.getDouble(2), rs.getDouble(3)),
				Math.round(rs.getDouble(4))))
			.list();
	}

	/** The distance query with its bounding box bound, for this class and for checking its plan. */
	static JdbcClient.StatementSpec near(JdbcClient jdbc, Coordinates centre, long radiusMetres, int limit) {
		return near(jdbc, "", centre, radiusMetres, limit);
	}

	static JdbcClient.StatementSpec near(JdbcClient jdbc, String prefix, Coordinates centre, long radiusMetres,
			int limit) {
		// A little slack so the box never cuts off a point the exact distance would keep.
		double margin = radiusMetres * 1.01 + 1;
		double dLat = margin / METRES_PER_DEGREE;
		double widest = Math.min(89.9, Math.abs(centre.latitude()) + dLat);
		double dLon = Math.min(180, dLat / Math.cos(Math.toRadians(widest)));
		return jdbc.sql(prefix + NEAR)
			.param("latitude", centre.latitude())
			.param("longitude", centre.longitude())
			.param("south", centre.latitude() - dLat)
			.param("north", centre.latitude() + dLat)
			.param("west", centre.longitude() - dLon)
			.param("east", centre.longitude() + dLon)
			.param("radius", radiusMetres)
			.param("limit", limit);
	}

	private static Area area(ResultSet rs, int row) throws SQLException {
		long parent = rs.getLong("parent_id");
		Optional<AreaId> parentId = rs.wasNull() ? Optional.empty() : Optional.of(new AreaId(parent));
		double latitude = rs.getDouble("centre_latitude");
		Optional<Coordinates> centre = rs.wasNull() ? Optional.empty()
				: Optional.of(new Coordinates(latitude, rs.getDouble("centre_longitude")));
		String gss = rs.getString("gss_code");
		return new Area(new AreaId(rs.getLong("id")), AreaType.valueOf(rs.getString("type")), rs.getString("name"),
				Optional.ofNullable(gss).map(GssCode::new), parentId, centre);
	}
}
