package org.bigsociety.place.geography;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.bigsociety.IntegrationTest;
import org.bigsociety.place.Area;
import org.bigsociety.place.AreaType;
import org.bigsociety.place.Coordinates;
import org.bigsociety.place.Doorstep;
import org.bigsociety.place.Places;
import org.bigsociety.place.Postcode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@IntegrationTest
class PostcodeDirectoryImportTests {

	static final String HEADER = "pcd,pcd2,pcds,dointr,doterm,usertype,oseast1m,osnrth1m,osgrdind,oa21,cty,ced,laua,"
			+ "%s,nhser,ctry,rgn,pcon,ttwa,itl,park,lsoa21,msoa21,wz11,sicbl,bua24,ruc21,oac11,lat,long,lep1,lep2,pfa,imd,icb";

	@Autowired
	PostcodeDirectoryImport directory;

	@Autowired
	Places places;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	static String row(Postcode postcode, String terminated, String authority, String ward, String latitude,
			String longitude) {
		return "\"%s\",\"%s\",\"%s\",\"199806\",\"%s\",\"0\",\"533000\",\"184500\",\"1\",\"E00000001\",\"E99999999\",\"E99999999\",\"%s\",\"%s\",\"E40000003\",\"E92000001\",\"E12000007\",\"E14000720\",\"E30000234\",\"E08000001\",\"E65000001\",\"E01000001\",\"E02000001\",\"E33000001\",\"E38000001\",\"E63000001\",\"A1\",\"1A1\",\"%s\",\"%s\",\"E37000051\",\"\",\"E23000001\",\"1000\",\"E54000027\""
			.formatted(postcode.value(), postcode.value(), postcode.value(), terminated, authority, ward, latitude,
					longitude);
	}

	@Test
	void importsLivePostcodesIntoTheirWardAndSkipsTerminatedOnesAndThoseWithoutALocation() throws IOException {
		Postcode live = TestPostcodes.unique();
		Postcode terminated = TestPostcodes.unique();
		Postcode nowhere = TestPostcodes.unique();
		Postcode unknownWard = TestPostcodes.unique();
		Path file = folder.resolve("ONSPD.csv");
		Files.write(file, List.of(HEADER.formatted("osward"),
				row(live, "", "E09000012", "E05009372", "51.547117", "-0.060902"),
				row(terminated, "201201", "E09000012", "E05009372", "51.5471", "-0.0609"),
				row(nowhere, "", "E09000012", "E05009372", "99.999999", "0.000000"),
				row(unknownWard, "", "E09000012", "E05999999", "51.55", "-0.06")));

		PostcodeDirectoryImport.Report report = directory.importFrom(file, PostcodeDirectoryImport.Options.REAL);

		assertThat(report.imported()).isEqualTo(2);
		assertThat(report.skippedTerminated()).isEqualTo(1);
		assertThat(report.skippedNoLocation()).isEqualTo(1);
		assertThat(report.unknownWard()).isEqualTo(1);
		Doorstep doorstep = places.locate(live).orElseThrow();
		assertThat(doorstep.chain()).extracting(Area::name)
			.containsExactly("England", "London", "Hackney", "Hackney Central");
		assertThat(doorstep.coordinates().latitude()).isEqualTo(51.547117);
		assertThat(places.isDemo(live)).isFalse();
		assertThat(places.locate(terminated)).isEmpty();
		assertThat(places.locate(nowhere)).isEmpty();
		assertThat(places.locate(unknownWard).orElseThrow().smallest().type()).isEqualTo(AreaType.LOCAL_AUTHORITY);
		assertThat(codes(unknownWard)).containsExactly("E09000012", "E05999999");
		assertThat(codes(live)).containsExactly("E09000012", "E05009372");
	}

	private List<String> codes(Postcode postcode) {
		return jdbc.sql("SELECT local_authority_gss, ward_gss FROM place.postcodes WHERE postcode = :p")
			.param("p", postcode.value())
			.query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
			.single();
	}

	private String file(String... rows) {
		return HEADER.formatted("ward") + "\n" + String.join("\n", rows);
	}

	@Test
	void keepsTerminatedPostcodesWithTheirEndDateWhenAskedButLeavesThemOutOfDistanceSearches() {
		Postcode ended = TestPostcodes.unique();
		Coordinates where = new Coordinates(50.1 + ThreadLocalRandom.current().nextDouble(), -20);

		PostcodeDirectoryImport.Report report = directory.importFrom(
				new StringReader(file(row(ended, "201503", "E09000012", "E05009372",
						Double.toString(where.latitude()), Double.toString(where.longitude())))),
				new PostcodeDirectoryImport.Options(false, true));

		assertThat(report.imported()).isEqualTo(1);
		assertThat(report.importedTerminated()).isEqualTo(1);
		assertThat(report.skippedTerminated()).isZero();
		assertThat(places.locate(ended).orElseThrow().smallest().name()).isEqualTo("Hackney Central");
		assertThat(jdbc.sql("SELECT terminated FROM place.postcodes WHERE postcode = :p").param("p", ended.value())
			.query(LocalDate.class).single()).isEqualTo(LocalDate.of(2015, 3, 1));
		assertThat(places.postcodesNear(where, 100, 10)).isEmpty();
	}

	@Test
	void aLaterReleaseThatEndsAPostcodeTakesItOutOfDistanceSearches() {
		Postcode postcode = TestPostcodes.unique();
		Coordinates where = new Coordinates(50.1 + ThreadLocalRandom.current().nextDouble(), -19);
		String latitude = Double.toString(where.latitude());
		String longitude = Double.toString(where.longitude());
		directory.importFrom(new StringReader(file(row(postcode, "", "E09000012", "E05009372", latitude, longitude))),
				PostcodeDirectoryImport.Options.REAL);
		assertThat(places.postcodesNear(where, 100, 10)).hasSize(1);

		PostcodeDirectoryImport.Report later = directory.importFrom(
				new StringReader(file(row(postcode, "202406", "E09000012", "E05009372", latitude, longitude))),
				PostcodeDirectoryImport.Options.REAL);

		assertThat(later.skippedTerminated()).isEqualTo(1);
		assertThat(places.postcodesNear(where, 100, 10)).isEmpty();
	}

	@Test
	void demoDataNeverReplacesARealPostcode() {
		Postcode postcode = TestPostcodes.unique();
		directory.importFrom(new StringReader(file(row(postcode, "", "E09000012", "E05009372", "51.5471", "-0.0609"))),
				PostcodeDirectoryImport.Options.REAL);

		PostcodeDirectoryImport.Report demo = directory.importFrom(
				new StringReader(file(row(postcode, "", "E09000012", "E05009381", "51.5392", "-0.0667"))),
				PostcodeDirectoryImport.Options.DEMO);

		assertThat(demo.imported()).isZero();
		assertThat(places.isDemo(postcode)).isFalse();
		assertThat(places.locate(postcode).orElseThrow().smallest().name()).isEqualTo("Hackney Central");
	}

	@Test
	void aRealPostcodeReplacesADemoOne() {
		Postcode postcode = TestPostcodes.unique();
		directory.importFrom(new StringReader(file(row(postcode, "", "E09000012", "E05009381", "51.5392", "-0.0667"))),
				PostcodeDirectoryImport.Options.DEMO);
		assertThat(places.isDemo(postcode)).isTrue();

		directory.importFrom(new StringReader(file(row(postcode, "", "E09000012", "E05009372", "51.5471", "-0.0609"))),
				PostcodeDirectoryImport.Options.REAL);

		assertThat(places.isDemo(postcode)).isFalse();
		assertThat(places.locate(postcode).orElseThrow().smallest().name()).isEqualTo("Hackney Central");
	}

	@Test
	void refusesARowWhoseEndDateCannotBeRead() {
		Postcode postcode = TestPostcodes.unique();
		PostcodeDirectoryImport.Report report = directory.importFrom(
				new StringReader(file(row(postcode, "sometime", "E09000012", "E05009372", "51.5471", "-0.0609"))),
				PostcodeDirectoryImport.Options.REAL);
		assertThat(report.skippedInvalid()).isEqualTo(1);
		assertThat(places.locate(postcode)).isEmpty();
	}

	@Test
	void runningAgainUpdatesInsteadOfDuplicating() {
		Postcode postcode = TestPostcodes.unique();
		String first = HEADER.formatted("ward") + "\n" + row(postcode, "", "E09000012", "E05009372", "51.5471", "-0.0609");
		String second = HEADER.formatted("ward") + "\n" + row(postcode, "", "E09000012", "E05009381", "51.5392", "-0.0667");

		directory.importFrom(new StringReader(first), PostcodeDirectoryImport.Options.REAL);
		PostcodeDirectoryImport.Report again = directory.importFrom(new StringReader(second), PostcodeDirectoryImport.Options.REAL);

		assertThat(again.imported()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM place.postcodes WHERE postcode = :p").param("p", postcode.value())
			.query(Long.class).single()).isEqualTo(1);
		assertThat(places.locate(postcode).orElseThrow().smallest().name()).isEqualTo("London Fields");
	}

	@Test
	void refusesAFileWithoutThePostcodeColumns() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> directory.importFrom(new StringReader("name,size\nfoo,1\n"), PostcodeDirectoryImport.Options.REAL))
			.withMessageContaining("no column called pcds");
	}

	@Test
	void theDemoPostcodesAreLoadedAsDemoData() {
		Postcode hint = Postcode.parse("E8 1DY");
		Doorstep doorstep = places.locate(hint).orElseThrow();
		assertThat(doorstep.smallest().name()).isEqualTo("Hackney Central");
		assertThat(places.isDemo(hint)).isTrue();
		long demo = jdbc.sql("SELECT count(DISTINCT area_id) FROM place.postcodes WHERE demo").query(Long.class).single();
		assertThat(demo).isEqualTo(21);
		assertThat(places.locate(Postcode.parse("N16 0AB")).orElseThrow().smallest().name())
			.isEqualTo("Stamford Hill West");
		assertThat(places.locate(Postcode.parse("E9 6AA")).orElseThrow().smallest().name()).isEqualTo("Victoria");
	}

	@Test
	void everyDemoPostcodeIsWithinHalfAKilometreOfItsWardsCentre() {
		List<Long> metres = jdbc.sql("""
				SELECT p.latitude, p.longitude, a.centre_latitude, a.centre_longitude
				FROM place.postcodes p JOIN place.areas a ON a.id = p.area_id WHERE p.demo
				""")
			.query((rs, n) -> new org.bigsociety.place.Coordinates(rs.getDouble(1), rs.getDouble(2))
				.metresTo(new org.bigsociety.place.Coordinates(rs.getDouble(3), rs.getDouble(4))))
			.list();
		assertThat(metres).hasSizeGreaterThanOrEqualTo(60).allSatisfy(m -> assertThat(m).isLessThanOrEqualTo(500));
	}
}
