package org.bigsociety.place.geography;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.bigsociety.IntegrationTest;
import org.bigsociety.place.Area;
import org.bigsociety.place.AreaType;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class GeographyTests {

	@Autowired
	Places places;

	@Autowired
	GeographyLoader loader;

	@Autowired
	JdbcClient jdbc;

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
	void loadingAgainAddsNothing() {
		long before = jdbc.sql("SELECT count(*) FROM place.areas").query(Long.class).single();
		assertThat(loader.load()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM place.areas").query(Long.class).single()).isEqualTo(before);
	}
}
