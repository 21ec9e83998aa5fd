package org.bigsociety.participation.budgets.tally;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PabulibReaderTests {

	static Stream<String> instances() {
		return Instances.names().stream();
	}

	@ParameterizedTest
	@MethodSource("instances")
	void readsEveryShippedInstance(String name) {
		PabulibInstance instance = Instances.read(name);

		assertThat(instance.projects()).isNotEmpty();
		assertThat(instance.votes()).isNotEmpty();
		assertThat(instance.budget()).isPositive();
		assertThat(instance.meta().get("num_projects")).isEqualTo(String.valueOf(instance.projects().size()));
		assertThat(instance.meta().get("num_votes")).isEqualTo(String.valueOf(instance.votes().size()));
	}

	@ParameterizedTest
	@MethodSource("instances")
	void writesEveryShippedInstanceBackToTheSameElection(String name) throws IOException {
		PabulibInstance original = Instances.read(name);

		String written = PabulibWriter.write(original);
		PabulibInstance again = PabulibReader.read(new StringReader(written));

		assertThat(again.meta()).containsExactlyEntriesOf(original.meta());
		assertThat(again.projectColumns()).isEqualTo(original.projectColumns());
		assertThat(again.projects()).isEqualTo(original.projects());
		assertThat(again.voteColumns()).isEqualTo(original.voteColumns());
		assertThat(again.votes()).isEqualTo(original.votes());
		assertThat(PabulibWriter.write(again)).isEqualTo(written);
	}

	@Test
	void readsTheThreeVoteTypes() {
		assertThat(Instances.read("poland_wieliczka_2023.pb").voteType()).isEqualTo(VoteType.APPROVAL);
		PabulibInstance toulouse = Instances.read("france_toulouse_2019_.pb");
		assertThat(toulouse.voteType()).isEqualTo(VoteType.CUMULATIVE);
		assertThat(toulouse.votes().get(0).projects()).containsExactly("15", "22", "25", "10");
		assertThat(toulouse.votes().get(0).points()).containsExactly(2L, 2L, 2L, 1L);
		PabulibInstance krakow = Instances.read("poland_krakow_2018_swoszowice.pb");
		assertThat(krakow.voteType()).isEqualTo(VoteType.ORDINAL);
		assertThat(krakow.votes().get(0).projects()).containsExactly("8", "7", "1");
	}

	@Test
	void unquotesFieldsWithQuotesInside() {
		PabulibInstance czestochowa = Instances.read("poland_czestochowa_2020_grabowka.pb");

		PabulibInstance.Project project = czestochowa.projects()
			.stream()
			.filter(p -> p.id().equals("47"))
			.findFirst()
			.orElseThrow();
		assertThat(project.field(czestochowa.projectColumns(), "name")).startsWith("\"Odkupmy\" i my - zakup");
	}

	@Test
	void readsQuotedSemicolonsLineBreaksByteOrderMarkAndWindowsLineEnds() throws IOException {
		String file = "\uFEFFMETA\r\nkey;value\r\nbudget;100\r\nvote_type;approval\r\ncomment;\"one; two\"\r\n"
				+ "PROJECTS\r\nproject_id;cost;name\r\n1;60;\"Benches\nby the \"\"green\"\"\"\r\n2;50;Trees\r\n"
				+ "\r\nVOTES\r\nvoter_id;vote\r\na;1,2\r\nb;\r\n";

		PabulibInstance instance = PabulibReader.read(new StringReader(file));

		assertThat(instance.meta()).containsEntry("comment", "one; two");
		assertThat(instance.projects().get(0).field(instance.projectColumns(), "name"))
			.isEqualTo("Benches\nby the \"green\"");
		assertThat(instance.votes().get(0).projects()).containsExactly("1", "2");
		assertThat(instance.votes().get(1).projects()).isEmpty();
		PabulibInstance again = PabulibReader.read(new StringReader(PabulibWriter.write(instance)));
		assertThat(again.projects()).isEqualTo(instance.projects());
		assertThat(again.meta()).isEqualTo(instance.meta());
	}

	static Stream<Object[]> malformed() {
		String head = "META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;60\n2;50\n";
		return Stream.of(new Object[][] {
				{ "", 1, "empty" },
				{ "PROJECTS\nproject_id;cost\n", 1, "starts with a line META" },
				{ "META\nkey;value\nbudget;100\n", 4, "ends before its PROJECTS" },
				{ "META\nkey;value\nbudget;100\nvote_type;scoring\nPROJECTS\n", 4, "vote_type 'scoring'" },
				{ "META\nkey;value\nbudget;lots\nvote_type;approval\nPROJECTS\n", 3, "budget 'lots'" },
				{ "META\nkey;value\nvote_type;approval\nPROJECTS\n", 4, "needs a budget" },
				{ "META\nkey;value\nbudget;1\nbudget;2\n", 4, "given twice" },
				{ "META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;name\n", 6, "column cost" },
				{ "META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;12.5\n", 7,
						"cost '12.5'" },
				{ "META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;5\n1;6\n", 8,
						"listed twice" },
				{ "META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;5;x\n", 7,
						"3 fields but the header names 2" },
				{ head, 9, "ends before its VOTES" },
				{ head + "VOTES\nvoter_id;vote\nv1;1,3\n", 11, "project 3, which is not in PROJECTS" },
				{ head + "VOTES\nvoter_id;vote\nv1;1,1\n", 11, "project 1 twice" },
				{ head + "VOTES\nvoter_id;vote\nv1;1\nv1;2\n", 12, "second ballot" },
				{ head + "VOTES\nvoter_id;vote\nv1;\"1,2\n", 11, "never closed" },
				{ head + "VOTES\nvoter_id;ballot\n", 10, "column vote" },
				{ head + "VOTES\nvoter_id;vote\nv1;1\nPROJECTS\n", 12, "after VOTES" },
				{ head.replace("approval", "cumulative") + "VOTES\nvoter_id;vote;points\nv1;1,2;3\n", 11,
						"2 projects but 1 numbers of points" },
				{ head.replace("approval", "cumulative") + "VOTES\nvoter_id;vote\n", 10, "column points" },
				{ head.replace("approval", "cumulative") + "VOTES\nvoter_id;vote;points\nv1;1;-2\n", 11,
						"points '-2'" } });
	}

	@ParameterizedTest
	@MethodSource("malformed")
	void refusesMalformedFilesNamingTheLine(String file, int line, String message) {
		assertThatThrownBy(() -> PabulibReader.read(new StringReader(file)))
			.isInstanceOfSatisfying(PabulibFormatException.class, e -> assertThat(e.line()).isEqualTo(line))
			.hasMessageContaining(message);
	}

	@Test
	void readsAnInstanceWithManyVotesLineByLine() throws IOException {
		StringBuilder file = new StringBuilder("META\nkey;value\nbudget;1000\nvote_type;approval\nPROJECTS\n"
				+ "project_id;cost\nA;400\nB;300\nC;500\nVOTES\nvoter_id;vote\n");
		List<String> ballots = List.of("A", "A,B", "C", "B,C", "");
		for (int i = 0; i < 200_000; i++) {
			file.append(i).append(';').append(ballots.get(i % ballots.size())).append('\n');
		}

		PabulibInstance instance = PabulibReader.read(new StringReader(file.toString()));

		assertThat(instance.votes()).hasSize(200_000);
		assertThat(Rule.EQUAL_SHARES.apply(instance.election()).selected()).isNotEmpty();
	}
}
