package org.bigsociety.place.geography;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.bigsociety.IntegrationTest;
import org.bigsociety.place.Area;
import org.bigsociety.place.AreaId;
import org.bigsociety.place.AreaType;
import org.bigsociety.place.Coordinates;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.bigsociety.place.Postcode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class GeographyTests {

	@Autowired
	Places places;

	@Autowired
	GeographyLoader loader;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void hackneySitsInLondonWhichSitsInEngland() {
		Area hackney = places.byGssCode(new GssCode("E09000012")).orElseThrow();
		assertThat(hackney.name()).isEqualTo("Hackney");
		assertThat(hackney.type()).isEqualTo(AreaType.LOCAL_AUTHORITY);
		Area london = places.area(hackney.parent().orElseThrow()).orElseThrow();
		assertThat(london.gssCode()).contains(new GssCode("E12000007"));
		assertThat(london.type()).isEqualTo(AreaType.REGION);
		Area england = places.area(london.parent().orElseThrow()).orElseThrow();
		assertThat(england.gssCode()).contains(new GssCode("E92000001"));
		assertThat(england.type()).isEqualTo(AreaType.NATION);
		assertThat(england.parent()).isEmpty();
		assertThat(places.chain(hackney.id())).extracting(Area::name).containsExactly("England", "London", "Hackney");
	}

	@Test
	void everyHackneyWardInTheFileIsPresentWithItsCentre() throws IOException {
		String file = new ClassPathResource("places/ward_all_codes_hackney.csv").getContentAsString(StandardCharsets.UTF_8);
		long rows = file.lines().skip(1).filter(line -> !line.isBlank()).count();
		Area hackney = places.byGssCode(new GssCode("E09000012")).orElseThrow();
		List<Area> wards = places.children(hackney.id()).stream().filter(a -> a.type() == AreaType.WARD).toList();
		assertThat(wards).hasSize((int) rows).hasSize(21);
		assertThat(wards).allSatisfy(ward -> assertThat(ward.centre()).isPresent());
		assertThat(wards).extracting(Area::name).contains("Hackney Central", "Woodberry Down");
	}

	@Test
	void localAuthoritiesOutsideEnglandSitInTheirNation() {
		Area glasgow = places.byGssCode(new GssCode("S12000049")).orElseThrow();
		Area scotland = places.area(glasgow.parent().orElseThrow()).orElseThrow();
		assertThat(scotland.name()).isEqualTo("Scotland");
		assertThat(scotland.type()).isEqualTo(AreaType.NATION);
	}

	@Test
	void loadsEveryCurrentLocalAuthorityAndOnlyThose() {
		long authorities = jdbc.sql("SELECT count(*) FROM place.areas WHERE type = 'LOCAL_AUTHORITY' AND gss_code IS NOT NULL")
			.query(Long.class).single();
		assertThat(authorities).isEqualTo(361);
		// Poole merged into Bournemouth, Christchurch and Poole in 2019.
		assertThat(places.byGssCode(new GssCode("E06000029"))).isEmpty();
	}

	@Test
	void everyLocalAuthorityHasItsCentre() {
		long withoutCentre = jdbc.sql("""
				SELECT count(*) FROM place.areas
				WHERE type = 'LOCAL_AUTHORITY' AND gss_code IS NOT NULL AND centre_latitude IS NULL
				""").query(Long.class).single();
		assertThat(withoutCentre).isZero();
		Coordinates hackney = places.byGssCode(new GssCode("E09000012")).orElseThrow().centre().orElseThrow();
		assertThat(hackney.metresTo(new Coordinates(51.5450, -0.0553))).isLessThan(2_000);
		// Barnsley's code changed with its boundary in 2023; its centre is found by its name.
		assertThat(places.byGssCode(new GssCode("E08000038")).orElseThrow().centre()).isPresent();
	}

	@Test
	void givesACentreToAnAreaThatHasLostIt() {
		Area cardiff = places.byGssCode(new GssCode("W06000015")).orElseThrow();
		jdbc.sql("UPDATE place.areas SET centre_latitude = NULL, centre_longitude = NULL WHERE id = :id")
			.param("id", cardiff.id().value()).update();

		assertThat(loader.load()).isZero();

		assertThat(places.area(cardiff.id()).orElseThrow().centre()).isEqualTo(cardiff.centre());
	}

	@Test
	void movesPostcodesIntoTheirWardOnceTheWardIsLoaded() {
		Area hackney = places.byGssCode(new GssCode("E09000012")).orElseThrow();
		Area centralWard = places.byGssCode(new GssCode("E05009372")).orElseThrow();
		Postcode waiting = TestPostcodes.unique();
		Postcode placedByHand = TestPostcodes.unique();
		Area neighbourhood = neighbourhoodIn(centralWard);
		jdbc.sql("""
				INSERT INTO place.postcodes (postcode, latitude, longitude, area_id, local_authority_id, ward_gss)
				VALUES (:waiting, 51.5471, -0.0609, :hackney, :hackney, 'E05009372'),
				       (:byHand, 51.5471, -0.0609, :neighbourhood, :hackney, 'E05009372')
				""")
			.param("waiting", waiting.value())
			.param("byHand", placedByHand.value())
			.param("hackney", hackney.id().value())
			.param("neighbourhood", neighbourhood.id().value())
			.update();

		transactions.executeWithoutResult(status -> loader.placeInNewWards());

		assertThat(places.locate(waiting).orElseThrow().smallest()).isEqualTo(centralWard);
		assertThat(places.locate(placedByHand).orElseThrow().smallest()).isEqualTo(neighbourhood);
	}

	private Area neighbourhoodIn(Area ward) {
		long id = jdbc.sql("INSERT INTO place.areas (type, name, parent_id) VALUES ('NEIGHBOURHOOD', :name, :ward) RETURNING id")
			.param("name", "Test neighbourhood " + TestPostcodes.unique())
			.param("ward", ward.id().value())
			.query(Long.class).single();
		return places.area(new AreaId(id)).orElseThrow();
	}

	@Test
	void loadingAgainAddsNothing() {
		long before = jdbc.sql("SELECT count(*) FROM place.areas").query(Long.class).single();
		assertThat(loader.load()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM place.areas").query(Long.class).single()).isEqualTo(before);
	}
}
