import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.bigsociety.participation.budgets.tally.Election;
import org.bigsociety.participation.budgets.tally.Outcome;
import org.bigsociety.participation.budgets.tally.PabulibReader;
import org.bigsociety.participation.budgets.tally.Rule;

/**
 * Equal Shares (exact, with the add-one completion) on the shipped pabulib instances, beside greedy-by-votes on the
 * same election as the baseline, in the same run. Parsing is not timed. Times are this thread's CPU time (the machine
 * is shared, so wall-clock time also measures the neighbours), and for Equal Shares the wall-clock time as well (what a
 * person waiting for the result sees, on a quiet machine close to the CPU time); the median of the repeats is printed.
 * Not a test: see README.md for how to run it.
 */
public class EqualSharesBench {

	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args.length > 0 ? args[0] : "src/test/resources/pabulib");
		int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 7;
		List<Path> files = new ArrayList<>();
		try (var list = Files.list(folder)) {
			list.filter(f -> f.toString().endsWith(".pb")).sorted().forEach(files::add);
		}
		System.out.printf(Locale.ROOT, "%-42s %7s %8s %6s %14s %14s %14s %10s%n", "instance", "voters", "projects",
				"bytes", "equal-shares ms", "(wall-clock)", "greedy ms", "ratio");
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (Path file : files) {
			Election election = PabulibReader.read(file).election();
			// Warm up both rules on this election first, so the JIT has compiled what is timed.
			for (int i = 0; i < 2; i++) {
				Rule.EQUAL_SHARES.apply(election);
				Rule.GREEDY_VOTES.apply(election);
			}
			List<Double> equalShares = new ArrayList<>();
			List<Double> equalSharesWall = new ArrayList<>();
			List<Double> greedy = new ArrayList<>();
			Outcome outcome = null;
			for (int i = 0; i < repeats; i++) {
				long wall = System.nanoTime();
				long start = threads.getCurrentThreadCpuTime();
				outcome = Rule.EQUAL_SHARES.apply(election);
				equalShares.add((threads.getCurrentThreadCpuTime() - start) / 1e6);
				equalSharesWall.add((System.nanoTime() - wall) / 1e6);
				start = threads.getCurrentThreadCpuTime();
				Rule.GREEDY_VOTES.apply(election);
				greedy.add((threads.getCurrentThreadCpuTime() - start) / 1e6);
			}
			double es = median(equalShares);
			double gr = median(greedy);
			System.out.printf(Locale.ROOT, "%-42s %7d %8d %6d %14.1f %14.1f %14.3f %10.0f   (%d funded, shares raised %d)%n",
					file.getFileName(), election.ballots().size(), election.projects().size(), Files.size(file), es,
					median(equalSharesWall), gr, es / gr, outcome.selected().size(), outcome.endowmentRaise());
		}
	}

	static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}
}
