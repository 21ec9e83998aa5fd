package org.bigsociety.place.geography;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bigsociety.IntegrationTest;
import org.bigsociety.place.Area;
import org.bigsociety.place.AreaType;
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

		PostcodeDirectoryImport.Report report = directory.importFrom(file, false);

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
	}

	@Test
	void runningAgainUpdatesInsteadOfDuplicating() {
		Postcode postcode = TestPostcodes.unique();
		String first = HEADER.formatted("ward") + "\n" + row(postcode, "", "E09000012", "E05009372", "51.5471", "-0.0609");
		String second = HEADER.formatted("ward") + "\n" + row(postcode, "", "E09000012", "E05009381", "51.5392", "-0.0667");

		directory.importFrom(new StringReader(first), false);
		PostcodeDirectoryImport.Report again = directory.importFrom(new StringReader(second), false);

		assertThat(again.imported()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM place.postcodes WHERE postcode = :p").param("p", postcode.value())
			.query(Long.class).single()).isEqualTo(1);
		assertThat(places.locate(postcode).orElseThrow().smallest().name()).isEqualTo("London Fields");
	}

	@Test
	void refusesAFileWithoutThePostcodeColumns() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> directory.importFrom(new StringReader("name,size\nfoo,1\n"), false))
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
