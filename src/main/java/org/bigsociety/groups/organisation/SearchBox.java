package org.bigsociety.groups.organisation;

import org.bigsociety.place.Coordinates;

/**
 * The latitude and longitude box around a circle: an index on (latitude, longitude) narrows rows to the box, then
 * {@link #DISTANCE_SQL}, the same haversine as {@link Coordinates#metresTo}, keeps those truly within the radius.
 */
public record SearchBox(double south, double north, double west, double east) {

	public static final long MAX_RADIUS_METRES = 50_000;
	private static final double EARTH_RADIUS_METRES = 6_371_008.8;
	private static final double METRES_PER_DEGREE = EARTH_RADIUS_METRES * Math.PI / 180;

	/**
	 * Metres from {@code :latitude, :longitude} to the row's {@code latitude, longitude} columns, prefixed with the
	 * given table alias and a dot (or nothing).
	 */
	public static String distanceSql(String alias) {
		String p = alias.isEmpty() ? "" : alias + ".";
		return """
				(2 * 6371008.8 * asin(least(1, sqrt(
				    power(sin(radians(%1$slatitude - :latitude) / 2), 2)
				    + cos(radians(:latitude)) * cos(radians(%1$slatitude))
				      * power(sin(radians(%1$slongitude - :longitude) / 2), 2)))))""".formatted(p);
	}

	public static final String DISTANCE_SQL = distanceSql("");

	public static SearchBox around(Coordinates centre, long radiusMetres) {
		if (radiusMetres < 1 || radiusMetres > MAX_RADIUS_METRES) {
			throw new IllegalArgumentException("The radius must be between 1 metre and 50 kilometres");
		}
		// A little slack so the box never cuts off a point the exact distance would keep.
		double margin = radiusMetres * 1.01 + 1;
		double dLat = margin / METRES_PER_DEGREE;
		double widest = Math.min(89.9, Math.abs(centre.latitude()) + dLat);
		double dLon = Math.min(180, dLat / Math.cos(Math.toRadians(widest)));
		return new SearchBox(centre.latitude() - dLat, centre.latitude() + dLat, centre.longitude() - dLon,
				centre.longitude() + dLon);
	}
}
