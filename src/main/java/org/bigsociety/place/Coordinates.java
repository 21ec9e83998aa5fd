package org.bigsociety.place;

/** A point on the WGS84 ellipsoid, in decimal degrees, as the ONS Postcode Directory gives it. */
public record Coordinates(double latitude, double longitude) {

	private static final double EARTH_RADIUS_METRES = 6_371_008.8;

	public Coordinates {
		if (Double.isNaN(latitude) || latitude < -90 || latitude > 90) {
			throw new IllegalArgumentException("Latitude must be between -90 and 90");
		}
		if (Double.isNaN(longitude) || longitude < -180 || longitude > 180) {
			throw new IllegalArgumentException("Longitude must be between -180 and 180");
		}
	}

	/** Great-circle distance in whole metres (haversine). */
	public long metresTo(Coordinates other) {
		double dLat = Math.toRadians(other.latitude - latitude);
		double dLon = Math.toRadians(other.longitude - longitude);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(latitude))
				* Math.cos(Math.toRadians(other.latitude)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return Math.round(2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a))));
	}
}
