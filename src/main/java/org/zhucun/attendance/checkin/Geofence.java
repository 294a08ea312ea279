package org.zhucun.attendance.checkin;

/**
 * A village's geofence (电子围栏, ATT-8): a circle of {@code radiusMetres} around the village's
 * centre. A check-in counts only inside it. The distance is the great-circle distance on a sphere
 * of the mean Earth radius (IUGG, 6 371 008.8 m) by the haversine formula; the fences are a few
 * hundred metres wide, where the sphere's error against the ellipsoid (under 0.5 %) is a few metres.
 */
public record Geofence(double latitude, double longitude, int radiusMetres) {

	/** Mean Earth radius R₁ of the IUGG, in metres. */
	public static final double EARTH_RADIUS_METRES = 6_371_008.8;

	public Geofence {
		requireCoordinates(latitude, longitude);
		if (radiusMetres <= 0) {
			throw new IllegalArgumentException("radius must be positive: " + radiusMetres);
		}
	}

	/** Where a point lies against the fence: its distance from the centre, and whether that is inside. */
	public Verdict check(double pointLatitude, double pointLongitude) {
		double distance = distanceMetres(latitude, longitude, pointLatitude, pointLongitude);
		return new Verdict(distance, radiusMetres, distance <= radiusMetres);
	}

	/**
	 * The haversine great-circle distance between two points given in degrees:
	 * {@code a = sin²(Δφ/2) + cos φ₁ · cos φ₂ · sin²(Δλ/2)}, {@code d = 2R · asin(√a)}.
	 */
	public static double distanceMetres(double lat1, double lon1, double lat2, double lon2) {
		requireCoordinates(lat1, lon1);
		requireCoordinates(lat2, lon2);
		double phi1 = Math.toRadians(lat1);
		double phi2 = Math.toRadians(lat2);
		double dPhi = Math.toRadians(lat2 - lat1);
		double dLambda = Math.toRadians(lon2 - lon1);
		double sinPhi = Math.sin(dPhi / 2);
		double sinLambda = Math.sin(dLambda / 2);
		double a = sinPhi * sinPhi + Math.cos(phi1) * Math.cos(phi2) * sinLambda * sinLambda;
		return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1.0, Math.sqrt(a)));
	}

	/** Whether a latitude and longitude are numbers of degrees a phone can report. */
	public static boolean validCoordinates(double latitude, double longitude) {
		return Double.isFinite(latitude) && Double.isFinite(longitude) && latitude >= -90 && latitude <= 90
				&& longitude >= -180 && longitude <= 180;
	}

	private static void requireCoordinates(double latitude, double longitude) {
		if (!validCoordinates(latitude, longitude)) {
			throw new IllegalArgumentException("not a point on Earth: " + latitude + ", " + longitude);
		}
	}

	/**
	 * The fence's answer for one point, which explains itself: the distance (rounded to whole metres
	 * for people), the radius, and whether the point is inside.
	 */
	public record Verdict(double distanceMetres, int radiusMetres, boolean inside) {

		public int roundedDistance() {
			return (int) Math.round(distanceMetres);
		}

	}

}
