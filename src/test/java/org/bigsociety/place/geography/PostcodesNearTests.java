package org.bigsociety.place.geography;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.bigsociety.IntegrationTest;
import org.bigsociety.place.Coordinates;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.bigsociety.place.Places.NearbyPostcode;
import org.bigsociety.place.Postcode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@IntegrationTest
class PostcodesNearTests {

	@Autowired
	Places places;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	/** A point in the North Atlantic, different for each test, where no real postcode is. */
	private static Coordinates somewhereAtSea() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return new Coordinates(50 + random.nextDouble(5), -30 + random.nextDouble(5));
	}

	private Postcode postcodeAt(Coordinates centre, double metresNorth, double metresEast) {
		double latitude = centre.latitude() + metresNorth / 111_195.0;
		double longitude = centre.longitude() + metresEast / (111_195.0 * Math.cos(Math.toRadians(centre.latitude())));
		Postcode postcode = TestPostcodes.unique();
		long hackney = places.byGssCode(new GssCode("E09000012")).orElseThrow().id().value();
		jdbc.sql("INSERT INTO place.postcodes (postcode, latitude, longitude, area_id) VALUES (:p, :lat, :lon, :area)")
			.param("p", postcode.value())
			.param("lat", latitude)
			.param("lon", longitude)
			.param("area", hackney)
			.update();
		return postcode;
	}

	@Test
	void findsOnlyPostcodesWithinTheRadiusNearestFirst() {
		Coordinates centre = somewhereAtSea();
		Postcode far = postcodeAt(centre, 0, 1_500);
		Postcode middle = postcodeAt(centre, -400, 300);
		Postcode near = postcodeAt(centre, 100, 0);
		Postcode edgeOfBox = postcodeAt(centre, 950, 950); // inside the bounding box, but 1.34 km away
		Postcode justInside = postcodeAt(centre, 0, -990);

		List<NearbyPostcode> found = places.postcodesNear(centre, 1_000, 10);

		assertThat(found).extracting(NearbyPostcode::postcode).containsExactly(near, middle, justInside);
		assertThat(found).allSatisfy(p -> {
			assertThat(p.metres()).isLessThanOrEqualTo(1_000);
			assertThat(centre.metresTo(p.coordinates())).isCloseTo(p.metres(), org.assertj.core.api.Assertions.within(1L));
		});
		assertThat(found.get(0).metres()).isCloseTo(100L, org.assertj.core.api.Assertions.within(2L));
		assertThat(found).extracting(NearbyPostcode::postcode).doesNotContain(far, edgeOfBox);
	}

	@Test
	void stopsAtTheLimit() {
		Coordinates centre = somewhereAtSea();
		Postcode first = postcodeAt(centre, 10, 0);
		postcodeAt(centre, 20, 0);
		postcodeAt(centre, 30, 0);
		assertThat(places.postcodesNear(centre, 100, 1)).extracting(NearbyPostcode::postcode).containsExactly(first);
	}

	@Test
	void refusesARadiusOrLimitOutOfRange() {
		Coordinates centre = somewhereAtSea();
		assertThatIllegalArgumentException().isThrownBy(() -> places.postcodesNear(centre, 0, 10));
		assertThatIllegalArgumentException().isThrownBy(() -> places.postcodesNear(centre, 50_001, 10));
		assertThatIllegalArgumentException().isThrownBy(() -> places.postcodesNear(centre, 1_000, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> places.postcodesNear(centre, 1_000, 1_001));
	}

	@Test
	void narrowsWithTheLocationIndex() {
		Coordinates centre = somewhereAtSea();
		postcodeAt(centre, 10, 10);
		String plan = transactions.execute(status -> {
			// The table is small in tests, where a sequential scan is cheapest; forbid it to see the index is usable.
			jdbc.sql("SET LOCAL enable_seqscan = off").update();
			jdbc.sql("ANALYZE place.postcodes").update();
			return String.join("\n",
					StoredPlaces.near(jdbc, "EXPLAIN ", centre, 2_000, 50).query(String.class).list());
		});
		assertThat(plan).contains("postcodes_location").doesNotContain("Seq Scan");
	}
}
