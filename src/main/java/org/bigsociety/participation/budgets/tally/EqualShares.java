package org.bigsociety.participation.budgets.tally;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The Method of Equal Shares with cost utilities and the add-one completion, in exact rational arithmetic.
 *
 * <p>Each voter starts with an equal share of the budget. Round by round, every project whose supporters can still
 * afford it gets its ρ: the smallest number such that supporters paying {@code min(money left, ρ × utility)} cover its
 * cost. The project with the smallest ρ is funded (ties to the id first in text order) and its supporters pay. When
 * no project is affordable, the add-one completion checks the outcome: if some unselected project with supporters
 * still fits in what is left of the budget, every share is raised by one currency unit and the method runs again from
 * the start; an outcome that costs more than the budget means the previous one stands.
 *
 * <p>Two things make it fast without giving up exactness. Voters with the same ballot always hold the same money, so
 * they are one group with a weight. And money is kept as integers over one common denominator, each amount also
 * carrying its slope in the number of add-one steps: every decision a run makes is a comparison between quantities
 * that move linearly with the share, so the run also works out how many more steps every one of its decisions
 * stays the same, and the completion jumps straight to the first step whose outcome can differ. The steps skipped
 * would have given the very same outcome, so the result is exactly the one-step-at-a-time result (a test checks that
 * on every shipped instance and on random ones). Within a run, a project's last ρ is a lower bound on its next, so a
 * round stops looking once the remaining bounds cannot beat the best ρ found.
 *
 * <p>Three more things only save work. A run starts from the first round whose decisions can differ from the previous
 * run's, not from the first round (see {@link Run}). A waiting project whose old bound alone would cut the jump short
 * gets its ρ worked out again. And comparisons whose answer floating point gives by a wide margin skip the big-integer
 * multiplications; the close ones are made exactly, so no decision rests on floating point.
 */
final class EqualShares {

	/** A run's decisions hold for every larger share. */
	private static final long NEVER = Long.MAX_VALUE;

	/** More runs than this and the election is refused as too costly to tally. */
	static final int MAX_RUNS = 20_000;

	/**
	 * At most how many groups' money the restart points of a run hold together (rounds × groups), so that a huge
	 * election keeps restart points for its first rounds only instead of running out of memory.
	 */
	static final long SNAPSHOT_BUDGET = 250_000;

	private final boolean jumps;
	private final long snapshotBudget;
	private final Election election;
	private final long budget;
	private final long voters;

	private final int groupCount;
	private final BigInteger[] weight;
	private final double[] roughWeight;
	private final long[] weights;
	/** How many candidates each group supports. */
	private final int[] supportedCandidates;

	private final int candidateCount;
	private final int[] project;
	private final long[] cost;
	private final BigInteger[] costBig;
	private final int[][] supporters;
	private final long[][] units;
	private final BigInteger[] scale;
	private final BigInteger[] totalUnits;
	private final List<Integer> free = new ArrayList<>();
	private final boolean[] supported;
	private int runs;

	EqualShares(Election election) {
		this(election, true);
	}

	/** @param jumps false to run the completion one step at a time, as the definition reads (for tests) */
	EqualShares(Election election, boolean jumps) {
		this(election, jumps, SNAPSHOT_BUDGET);
	}

	/** @param snapshotBudget at most how many groups' money the restart points may hold together (for tests) */
	EqualShares(Election election, boolean jumps, long snapshotBudget) {
		this.jumps = jumps;
		this.snapshotBudget = snapshotBudget;
		this.election = election;
		this.budget = election.budget();
		this.voters = election.ballots().size();
		List<Election.Project> projects = election.projects();
		int projectCount = projects.size();
		boolean cumulative = election.cumulative();

		// Group identical ballots: a ballot is its supported projects with their utility units, in project order.
		Map<Key, Integer> groups = new HashMap<>();
		List<long[]> groupBallots = new ArrayList<>();
		List<Long> groupWeights = new ArrayList<>();
		for (Election.Ballot ballot : election.ballots()) {
			long[] pairs = new long[ballot.projects().length * 2];
			int size = 0;
			for (int i = 0; i < ballot.projects().length; i++) {
				int p = ballot.projects()[i];
				long unit = cumulative ? ballot.points()[i] : (projects.get(p).cost() > 0 ? 1 : 0);
				if (unit > 0) {
					pairs[size++] = p;
					pairs[size++] = unit;
				}
			}
			long[] sorted = sortPairs(Arrays.copyOf(pairs, size));
			Integer group = groups.putIfAbsent(new Key(sorted), groupBallots.size());
			if (group == null) {
				groupBallots.add(sorted);
				groupWeights.add(1L);
			}
			else {
				groupWeights.set(group, groupWeights.get(group) + 1);
			}
		}
		this.groupCount = groupBallots.size();
		this.weight = new BigInteger[groupCount];
		this.roughWeight = new double[groupCount];
		this.weights = new long[groupCount];
		for (int g = 0; g < groupCount; g++) {
			weight[g] = BigInteger.valueOf(groupWeights.get(g));
			roughWeight[g] = groupWeights.get(g);
			weights[g] = groupWeights.get(g);
		}

		// Supporters per project, and which projects are candidates (supported, costing something).
		List<List<Integer>> supporterLists = new ArrayList<>();
		List<List<Long>> unitLists = new ArrayList<>();
		for (int p = 0; p < projectCount; p++) {
			supporterLists.add(new ArrayList<>());
			unitLists.add(new ArrayList<>());
		}
		for (int g = 0; g < groupCount; g++) {
			long[] pairs = groupBallots.get(g);
			for (int i = 0; i < pairs.length; i += 2) {
				supporterLists.get((int) pairs[i]).add(g);
				unitLists.get((int) pairs[i]).add(pairs[i + 1]);
			}
		}
		this.supported = new boolean[projectCount];
		List<Integer> byId = new ArrayList<>();
		for (int p = 0; p < projectCount; p++) {
			byId.add(p);
		}
		byId.sort((a, b) -> ProjectIds.compare(projects.get(a).id(), projects.get(b).id()));
		List<Integer> candidates = new ArrayList<>();
		for (int p : byId) {
			supported[p] = !supporterLists.get(p).isEmpty();
			if (supported[p] && projects.get(p).cost() == 0) {
				free.add(p);
			}
			else if (supported[p]) {
				candidates.add(p);
			}
		}
		this.candidateCount = candidates.size();
		this.project = new int[candidateCount];
		this.cost = new long[candidateCount];
		this.costBig = new BigInteger[candidateCount];
		this.supporters = new int[candidateCount][];
		this.units = new long[candidateCount][];
		this.scale = new BigInteger[candidateCount];
		this.totalUnits = new BigInteger[candidateCount];
		for (int c = 0; c < candidateCount; c++) {
			int p = candidates.get(c);
			project[c] = p;
			cost[c] = projects.get(p).cost();
			costBig[c] = BigInteger.valueOf(cost[c]);
			supporters[c] = supporterLists.get(p).stream().mapToInt(Integer::intValue).toArray();
			long[] unit = unitLists.get(p).stream().mapToLong(Long::longValue).toArray();
			// Approval ballots are worth the cost to every supporter: work in units of the cost, all equal to 1.
			units[c] = cumulative ? unit : null;
			scale[c] = cumulative ? BigInteger.ONE : costBig[c];
			BigInteger total = BigInteger.ZERO;
			for (int i = 0; i < supporters[c].length; i++) {
				BigInteger w = weight[supporters[c][i]];
				total = total.add(w.multiply(BigInteger.valueOf(unit[i])));
			}
			totalUnits[c] = total;
		}
		this.supportedCandidates = new int[groupCount];
		for (int[] groupsOfCandidate : supporters) {
			for (int g : groupsOfCandidate) {
				supportedCandidates[g]++;
			}
		}
	}

	Outcome outcome() {
		if (candidateCount == 0) {
			return outcome(List.of(), 0);
		}
		long step = 0;
		List<Integer> previous = List.of();
		long previousStep = 0;
		Run run = new Run();
		for (runs = 1; runs <= MAX_RUNS; runs++) {
			List<Integer> chosen = run.select(step);
			long spent = 0;
			for (int c : chosen) {
				spent += cost[c];
			}
			if (spent > budget) {
				return outcome(previous, previousStep);
			}
			if (exhaustive(chosen, budget - spent)) {
				return outcome(chosen, step);
			}
			if (run.jump == NEVER) {
				throw new IllegalStateException("Equal Shares found an outcome that neither changes nor exhausts");
			}
			if (run.jump > Long.MAX_VALUE - step) {
				// The next change lies further than a long can count (costs near 10^18): refuse as too costly, not overflow.
				throw new TallyTooCostly("Equal Shares' add-one completion would raise shares past " + Long.MAX_VALUE);
			}
			previous = List.copyOf(chosen);
			previousStep = Math.addExact(step, run.jump - 1);
			step = Math.addExact(step, run.jump);
		}
		throw new TallyTooCostly("Equal Shares needed more than " + MAX_RUNS + " runs of its add-one completion.");
	}

	/** How many runs the last {@link #outcome()} took (for benchmarks). */
	int runs() {
		return runs;
	}

	/** No unselected candidate fits in what is left of the budget. */
	private boolean exhaustive(List<Integer> chosen, long left) {
		boolean[] in = new boolean[candidateCount];
		chosen.forEach(c -> in[c] = true);
		for (int c = 0; c < candidateCount; c++) {
			if (!in[c] && cost[c] <= left) {
				return false;
			}
		}
		return true;
	}

	private Outcome outcome(List<Integer> chosen, long step) {
		List<Election.Project> projects = election.projects();
		List<String> selected = new ArrayList<>();
		boolean[] funded = new boolean[projects.size()];
		long spent = 0;
		for (int p : free) {
			selected.add(projects.get(p).id());
			funded[p] = true;
		}
		for (int c : chosen) {
			selected.add(projects.get(project[c]).id());
			funded[project[c]] = true;
			spent += cost[c];
		}
		Map<String, Verdict> verdicts = new LinkedHashMap<>();
		for (int p = 0; p < projects.size(); p++) {
			verdicts.put(projects.get(p).id(),
					funded[p] ? Verdict.FUNDED : supported[p] ? Verdict.SHARES_RAN_OUT : Verdict.NO_SUPPORT);
		}
		return new Outcome(Rule.EQUAL_SHARES, selected, spent, verdicts, step);
	}

	/**
	 * ρ = (value + slope × steps) ÷ denominator, steps counted from the run's own share. It carries the same two
	 * numbers in floating point, only to settle comparisons whose answer is clear by a wide margin without multiplying
	 * big integers; every comparison too close for that is made exactly.
	 */
	private static final class Rho {

		final BigInteger value;
		final BigInteger slope;
		final BigInteger denominator;
		final double roughValue;
		final double roughSlope;

		Rho(BigInteger value, BigInteger slope, BigInteger denominator) {
			this.value = value;
			this.slope = slope;
			this.denominator = denominator;
			double d = denominator.doubleValue();
			this.roughValue = rough(value.doubleValue(), d);
			this.roughSlope = slope.signum() == 0 ? 0 : rough(slope.doubleValue(), d);
		}

		BigInteger value() {
			return value;
		}

		BigInteger slope() {
			return slope;
		}

		BigInteger denominator() {
			return denominator;
		}

		/** a ÷ d, or NaN (so: compare exactly) when the numbers are out of the range where that is accurate. */
		private static double rough(double a, double d) {
			double q = a / d;
			return Double.isFinite(a) && Double.isFinite(d) && Math.abs(q) >= Double.MIN_NORMAL ? q : Double.NaN;
		}
	}

	/** Relative margin far above floating-point error (about 10⁻¹⁵ here), below which a comparison is made exactly. */
	private static final double MARGIN = 1e-9;

	/** The sign of a − b when floating point is sure of it, else 0. */
	private static int roughSign(double a, double b) {
		double difference = a - b;
		double margin = MARGIN * (Math.abs(a) + Math.abs(b));
		if (difference > margin) {
			return 1;
		}
		return difference < -margin ? -1 : 0;
	}

	/** A candidate's ρ this round, with who pays in full (poor) and the units of those who pay ρ each. */
	private record Evaluation(int candidate, Rho rho, boolean[] poor, BigInteger payValue, BigInteger paySlope,
			BigInteger richUnits) {
	}

	/**
	 * The state at the start of a round: the money (numerators over {@code denominator}, with slopes) and bounds as
	 * they were at {@code step}, which the decisions of the rounds before it keep for every step below
	 * {@code validBelow}.
	 */
	private record Snapshot(long step, long validBelow, BigInteger denominator, BigInteger[] value, BigInteger[] slope,
			Rho[] bound, boolean[] alive, int[] live) {
	}

	/**
	 * Runs of the method, each with every share raised by some number of units. Amounts are numerators over
	 * {@link #denominator}; {@code value} is the amount at this run's share, {@code slope} how it moves per extra unit
	 * of share. Slopes are kept only while {@link #jump} is above 1.
	 *
	 * <p>A run that follows another starts from the state at the start of the latest round whose earlier decisions
	 * still hold at its share, moved along its slopes, rather than from the first round: those rounds would decide
	 * exactly as before, so running them again would only repeat the same arithmetic.
	 */
	private final class Run {

		long jump;
		private BigInteger jumpLess1;
		private BigInteger denominator;
		private BigInteger[] value = new BigInteger[groupCount];
		private BigInteger[] slope = new BigInteger[groupCount];
		private Rho[] bound = new Rho[candidateCount];
		private boolean[] alive = new boolean[candidateCount];
		/** Each group's money in floating point, for {@link #surelyAffordable}; NaN until needed. */
		private final double[] roughMoney = new double[groupCount];
		/** How many candidates still in this run each group supports. */
		private final int[] live = new int[groupCount];
		private final List<Integer> chosen = new ArrayList<>();
		private final List<Snapshot> rounds = new ArrayList<>();

		/** Starts the run with every share raised by {@code step} units, from scratch or from a snapshot. */
		private void start(long step) {
			Arrays.fill(roughMoney, Double.NaN);
			int restart = rounds.size() - 1;
			while (restart >= 0 && rounds.get(restart).validBelow() <= step) {
				restart--;
			}
			if (!jumps || restart < 0) {
				rounds.clear();
				chosen.clear();
				setJump(jumps ? NEVER : 1);
				denominator = BigInteger.valueOf(voters);
				BigInteger share = BigInteger.valueOf(budget).add(BigInteger.valueOf(step).multiply(denominator));
				Arrays.fill(value, share);
				Arrays.fill(slope, denominator);
				for (int c = 0; c < candidateCount; c++) {
					// Nobody poorer than an equal split: ρ is at least cost ÷ total utility.
					bound[c] = new Rho(costBig[c], BigInteger.ZERO, totalUnits[c].multiply(scale[c]));
					alive[c] = true;
				}
				System.arraycopy(supportedCandidates, 0, live, 0, groupCount);
				return;
			}
			Snapshot snapshot = rounds.get(restart);
			rounds.subList(restart, rounds.size()).clear();
			chosen.subList(restart, chosen.size()).clear();
			setJump(snapshot.validBelow() == NEVER ? NEVER : snapshot.validBelow() - step);
			BigInteger moved = BigInteger.valueOf(step - snapshot.step());
			denominator = snapshot.denominator();
			for (int g = 0; g < groupCount; g++) {
				BigInteger s = snapshot.slope()[g];
				value[g] = s.signum() == 0 ? snapshot.value()[g] : snapshot.value()[g].add(s.multiply(moved));
				slope[g] = s;
			}
			for (int c = 0; c < candidateCount; c++) {
				Rho rho = snapshot.bound()[c];
				// Still a lower bound: ρ worked out from any split into who pays in full and who pays ρ is.
				bound[c] = rho.slope().signum() == 0 ? rho
						: new Rho(rho.value().add(rho.slope().multiply(moved)), rho.slope(), rho.denominator());
			}
			System.arraycopy(snapshot.alive(), 0, alive, 0, candidateCount);
			System.arraycopy(snapshot.live(), 0, live, 0, groupCount);
		}

		private void snapshot(long step) {
			rounds.add(new Snapshot(step, jump == NEVER ? NEVER : step + jump, denominator, value.clone(), slope.clone(),
					bound.clone(), alive.clone(), live.clone()));
		}

		private void setJump(long jump) {
			this.jump = jump;
			this.jumpLess1 = BigInteger.valueOf(jump - 1);
		}

		private boolean tracking() {
			return jump > 1;
		}

		/** The projects funded, in order, with every share raised by {@code step} units. */
		List<Integer> select(long step) {
			start(step);
			PriorityQueue<Integer> queue = new PriorityQueue<>(Math.max(1, candidateCount), this::byBound);
			for (int c = 0; c < candidateCount; c++) {
				if (alive[c]) {
					queue.add(c);
				}
			}
			while (true) {
				if (tracking() && (rounds.size() + 1L) * groupCount <= snapshotBudget) {
					snapshot(step);
				}
				Evaluation best = null;
				List<Evaluation> evaluated = new ArrayList<>();
				while (!queue.isEmpty()) {
					int c = queue.peek();
					if (best != null && byBoundAgainst(c, best) > 0) {
						break;
					}
					queue.poll();
					if (unaffordable(c)) {
						drop(c);
						continue;
					}
					Evaluation evaluation = evaluate(c);
					bound[c] = evaluation.rho();
					evaluated.add(evaluation);
					if (best == null || beatsNow(evaluation.rho(), c, best.rho(), best.candidate())) {
						best = evaluation;
					}
				}
				if (best == null) {
					return chosen;
				}
				if (tracking()) {
					// Only the winner's ρ must be exact over the steps ahead; every other candidate's ρ, as worked
					// out from today's split between those who pay in full and those who pay ρ, is a lower bound on
					// its true ρ at every step, so it is enough that those bounds keep losing.
					record(best);
					for (Evaluation evaluation : evaluated) {
						if (evaluation != best) {
							limit(firstChange(evaluation.rho(), evaluation.candidate(), best));
						}
					}
					keepLosing(queue, best);
				}
				for (Evaluation evaluation : evaluated) {
					if (evaluation != best) {
						queue.add(evaluation.candidate());
					}
				}
				fund(best);
				chosen.add(best.candidate());
			}
		}

		/** Queue order by the numbers at this run's share: bound, then id. */
		private int byBound(int a, int b) {
			int rough = roughSign(bound[a].roughValue, bound[b].roughValue);
			if (rough != 0) {
				return rough;
			}
			int order = bound[a].value().multiply(bound[b].denominator())
				.compareTo(bound[b].value().multiply(bound[a].denominator()));
			return order != 0 ? order : Integer.compare(a, b);
		}

		private int byBoundAgainst(int c, Evaluation best) {
			int rough = roughSign(bound[c].roughValue, best.rho().roughValue);
			if (rough != 0) {
				return rough;
			}
			int order = bound[c].value().multiply(best.rho().denominator())
				.compareTo(best.rho().value().multiply(bound[c].denominator()));
			return order != 0 ? order : Integer.compare(c, best.candidate());
		}

		/** The same as {@link #beats} at this run's share only, for the search for the best. */
		private boolean beatsNow(Rho a, int ca, Rho b, int cb) {
			int rough = roughSign(a.roughValue, b.roughValue);
			if (rough != 0) {
				return rough < 0;
			}
			int order = a.value().multiply(b.denominator()).compareTo(b.value().multiply(a.denominator()));
			return order < 0 || (order == 0 && ca < cb);
		}

		/**
		 * Makes sure the candidates left in the queue keep losing to the winner over the steps ahead. A bound worked out
		 * rounds ago can be far below the candidate's ρ today and would cut the jump short for nothing: such a
		 * candidate, if its supporters can still pay for it, gets its ρ worked out again (also a lower bound at every
		 * step), which is all the closer, and the jump is cut only as far as that one says.
		 */
		private void keepLosing(PriorityQueue<Integer> queue, Evaluation best) {
			List<long[]> early = new ArrayList<>();
			for (int c : queue) {
				long first = firstChange(bound[c], c, best);
				if (first < jump) {
					early.add(new long[] { first, c });
				}
			}
			early.sort((a, b) -> Long.compare(a[0], b[0]));
			for (long[] entry : early) {
				if (entry[0] >= jump) {
					break;
				}
				int c = (int) entry[1];
				if (surelyAffordable(c) || supportersMoney(c)[0].compareTo(costBig[c].multiply(denominator)) >= 0) {
					queue.remove(c);
					bound[c] = evaluate(c).rho();
					queue.add(c);
					limit(firstChange(bound[c], c, best));
				}
				else {
					limit(entry[0]);
				}
			}
		}

		/** The first step ahead at which the bound {@code a} of {@code ca} would beat {@code best}, if within the jump. */
		private long firstChange(Rho a, int ca, Evaluation best) {
			Rho b = best.rho();
			if (surelyKeepsLosing(a, b)) {
				return NEVER;
			}
			BigInteger d0 = a.value().multiply(b.denominator()).subtract(b.value().multiply(a.denominator()));
			BigInteger d1 = a.slope().multiply(b.denominator()).subtract(b.slope().multiply(a.denominator()));
			int s0 = d0.signum();
			boolean now = s0 < 0 || (ca < best.candidate() && s0 == 0);
			if (now) {
				throw new IllegalStateException("Equal Shares let a project lose to one with a larger ρ");
			}
			return firstChange(d0, d1, s0, now, ca < best.candidate());
		}

		/**
		 * Whether floating point is sure that ρ {@code a} stays above {@code b} at every step before the jump:
		 * a − b is linear in the steps, so it is enough that it is clearly positive at both ends.
		 */
		private boolean surelyKeepsLosing(Rho a, Rho b) {
			double d0 = a.roughValue - b.roughValue;
			double m0 = MARGIN * (Math.abs(a.roughValue) + Math.abs(b.roughValue));
			double d1 = a.roughSlope - b.roughSlope;
			double m1 = MARGIN * (Math.abs(a.roughSlope) + Math.abs(b.roughSlope));
			double low0 = d0 - m0;
			double low1 = d1 - m1;
			if (!(low0 > 0) || Double.isNaN(low1)) {
				return false;
			}
			if (low1 >= 0) {
				return true;
			}
			if (jump == NEVER) {
				return false;
			}
			double atEnd = low0 + low1 * (jump - 1);
			return atEnd > MARGIN * (low0 - low1 * (jump - 1));
		}

		/** Whether the candidate's supporters cannot pay for it any more; if so, for how many steps that holds. */
		private boolean unaffordable(int c) {
			if (surelyAffordable(c)) {
				return false;
			}
			BigInteger[] money = supportersMoney(c);
			BigInteger shortfall = money[0].subtract(costBig[c].multiply(denominator));
			return shortfall.signum() < 0 && decide(shortfall, money[1], false);
		}

		/** Whether floating point is sure, by a wide margin, that the candidate's supporters have its cost between them. */
		private boolean surelyAffordable(int c) {
			double need = cost[c];
			double sum = 0;
			double d = Double.NaN;
			for (int g : supporters[c]) {
				double money = roughMoney[g];
				if (Double.isNaN(money)) {
					if (Double.isNaN(d)) {
						d = denominator.doubleValue();
					}
					money = value[g].signum() == 0 ? 0 : value[g].doubleValue() / d;
					roughMoney[g] = money;
				}
				sum += roughWeight[g] * money;
			}
			return Double.isFinite(sum) && Double.isFinite(need) && sum - need > MARGIN * (sum + need);
		}

		/**
		 * What the candidate's supporters hold together, and how that moves per add-one step (only while tracking).
		 * Summed when asked rather than kept up to date on every payment: far fewer candidates are looked at than
		 * supporters pay.
		 */
		private BigInteger[] supportersMoney(int c) {
			boolean tracking = tracking();
			BigInteger sumValue = BigInteger.ZERO;
			BigInteger sumSlope = BigInteger.ZERO;
			for (int g : supporters[c]) {
				// Most groups are one voter: skip the multiplication for them.
				boolean single = weight[g].equals(BigInteger.ONE);
				if (value[g].signum() != 0) {
					sumValue = sumValue.add(single ? value[g] : weight[g].multiply(value[g]));
				}
				if (tracking && slope[g].signum() != 0) {
					sumSlope = sumSlope.add(single ? slope[g] : weight[g].multiply(slope[g]));
				}
			}
			return new BigInteger[] { sumValue, sumSlope };
		}

		private Evaluation evaluate(int c) {
			int[] sup = supporters[c];
			long[] unit = units[c];
			boolean[] poor = new boolean[sup.length];
			int[] rich = new int[sup.length];
			int richCount = 0;
			boolean tracking = tracking();
			BigInteger payValue = costBig[c].multiply(denominator);
			BigInteger paySlope = BigInteger.ZERO;
			long richUnits = 0;
			for (int i = 0; i < sup.length; i++) {
				int g = sup[i];
				if (value[g].signum() == 0) {
					poor[i] = true;
					if (tracking && slope[g].signum() != 0) {
						paySlope = paySlope.subtract(weight[g].multiply(slope[g]));
					}
				}
				else {
					rich[richCount++] = i;
					richUnits = Math.addExact(richUnits, unit == null ? weights[g] : Math.multiplyExact(weights[g], unit[i]));
				}
			}
			// Peel off supporters who cannot pay their share at the current ρ; ρ only rises as they go.
			boolean changed = true;
			while (changed) {
				changed = false;
				BigInteger threshold = unit == null ? ceilDiv(payValue, BigInteger.valueOf(richUnits)) : null;
				BigInteger passPay = payValue;
				BigInteger passUnits = BigInteger.valueOf(richUnits);
				int kept = 0;
				for (int j = 0; j < richCount; j++) {
					int i = rich[j];
					int g = sup[i];
					boolean isPoor = unit == null ? value[g].compareTo(threshold) < 0
							: value[g].multiply(passUnits).compareTo(passPay.multiply(BigInteger.valueOf(unit[i]))) < 0;
					if (isPoor) {
						poor[i] = true;
						changed = true;
						payValue = payValue.subtract(weights[g] == 1 ? value[g] : weight[g].multiply(value[g]));
						if (tracking) {
							paySlope = paySlope.subtract(weights[g] == 1 ? slope[g] : weight[g].multiply(slope[g]));
						}
						richUnits -= unit == null ? weights[g] : weights[g] * unit[i];
					}
					else {
						rich[kept++] = i;
					}
				}
				richCount = kept;
			}
			if (richUnits <= 0) {
				throw new IllegalStateException("An affordable project has no supporter paying ρ");
			}
			BigInteger units = BigInteger.valueOf(richUnits);
			Rho rho = new Rho(payValue, tracking() ? paySlope : BigInteger.ZERO,
					denominator.multiply(units).multiply(scale[c]));
			return new Evaluation(c, rho, poor, payValue, paySlope, units);
		}

		/**
		 * Notes, for every supporter of the winner, how long it stays on its side of ρ (poor: pays all it has; rich:
		 * pays ρ), and how long its supporters can afford it.
		 */
		private void record(Evaluation winner) {
			int c = winner.candidate();
			int[] sup = supporters[c];
			long[] unit = units[c];
			boolean[] poor = winner.poor();
			BigInteger payValue = winner.payValue();
			BigInteger paySlope = winner.paySlope();
			BigInteger richUnits = winner.richUnits();
			// That its supporters can afford it follows: those who pay in full pay what they have, the others pay ρ,
			// which they have, and together that is the cost.
			decide(payValue.negate(), paySlope.negate(), false);
			for (int i = 0; i < sup.length && tracking(); i++) {
				int g = sup[i];
				if (value[g].signum() == 0 && slope[g].signum() == 0) {
					continue;
				}
				BigInteger u = unit == null ? BigInteger.ONE : BigInteger.valueOf(unit[i]);
				BigInteger d0 = value[g].multiply(richUnits).subtract(payValue.multiply(u));
				BigInteger d1 = slope[g].multiply(richUnits).subtract(paySlope.multiply(u));
				if (decide(d0, d1, false) != poor[i]) {
					throw new IllegalStateException("Equal Shares classified a supporter inconsistently");
				}
			}
		}

		/**
		 * Takes a candidate out of this run. A group none of whose candidates is left will never be asked for money
		 * again in this run: its money is set to zero, so that it costs nothing when the denominator grows.
		 */
		private void drop(int c) {
			alive[c] = false;
			for (int g : supporters[c]) {
				if (--live[g] == 0) {
					value[g] = BigInteger.ZERO;
					slope[g] = BigInteger.ZERO;
					roughMoney[g] = 0;
				}
			}
		}

		private void fund(Evaluation funded) {
			boolean tracking = tracking();
			int c = funded.candidate();
			drop(c);
			BigInteger common = funded.richUnits().gcd(funded.payValue());
			if (tracking) {
				common = common.gcd(funded.paySlope());
			}
			BigInteger factor = funded.richUnits().divide(common);
			BigInteger payValue = funded.payValue().divide(common);
			BigInteger paySlope = tracking ? funded.paySlope().divide(common) : BigInteger.ZERO;
			if (!factor.equals(BigInteger.ONE)) {
				denominator = denominator.multiply(factor);
				for (int g = 0; g < groupCount; g++) {
					if (live[g] == 0) {
						continue;
					}
					if (value[g].signum() != 0) {
						value[g] = value[g].multiply(factor);
					}
					if (tracking && slope[g].signum() != 0) {
						slope[g] = slope[g].multiply(factor);
					}
				}
			}
			int[] sup = supporters[c];
			long[] unit = units[c];
			for (int i = 0; i < sup.length; i++) {
				int g = sup[i];
				if (live[g] == 0) {
					continue;
				}
				BigInteger newValue;
				BigInteger newSlope;
				if (funded.poor()[i]) {
					newValue = BigInteger.ZERO;
					newSlope = BigInteger.ZERO;
				}
				else {
					BigInteger u = unit == null ? BigInteger.ONE : BigInteger.valueOf(unit[i]);
					newValue = value[g].subtract(payValue.multiply(u));
					newSlope = tracking ? slope[g].subtract(paySlope.multiply(u)) : slope[g];
				}
				value[g] = newValue;
				slope[g] = newSlope;
				roughMoney[g] = Double.NaN;
			}
		}

		/**
		 * Decides whether {@code d = d0 + d1 × steps} is below zero ({@code orEqual}: at most zero) at this run's
		 * share, and shortens {@link #jump} to the first step at which the answer would differ.
		 */
		private boolean decide(BigInteger d0, BigInteger d1, boolean orEqual) {
			int s0 = d0.signum();
			boolean now = s0 < 0 || (orEqual && s0 == 0);
			if (jump > 1) {
				narrow(d0, d1, s0, now, orEqual);
			}
			return now;
		}

		private void narrow(BigInteger d0, BigInteger d1, int s0, boolean now, boolean orEqual) {
			limit(firstChange(d0, d1, s0, now, orEqual));
		}

		/**
		 * The first step ahead at which the sign of {@code d0 + d1 × steps} would give another answer than
		 * {@code now}, or {@link #NEVER} if none does before {@link #jump}.
		 */
		private long firstChange(BigInteger d0, BigInteger d1, int s0, boolean now, boolean orEqual) {
			int s1 = d1.signum();
			if (s1 == 0 || s1 == s0) {
				return NEVER;
			}
			if (s0 == 0) {
				return (s1 < 0) != now ? 1 : NEVER;
			}
			if (jump != NEVER && d0.add(d1.multiply(jumpLess1)).signum() == s0) {
				return NEVER;
			}
			// d crosses zero at r = |d0| ÷ |d1| > 0 steps.
			BigInteger[] division = d0.abs().divideAndRemainder(d1.abs());
			BigInteger first;
			if (orEqual != now) {
				first = division[1].signum() == 0 ? division[0] : division[0].add(BigInteger.ONE);
			}
			else {
				first = division[0].add(BigInteger.ONE);
			}
			return first.bitLength() < 63 ? first.longValue() : NEVER - 1;
		}

		private void limit(long step) {
			if (step < jump) {
				setJump(Math.max(1, step));
			}
		}
	}

	private static BigInteger ceilDiv(BigInteger a, BigInteger b) {
		BigInteger[] division = a.divideAndRemainder(b);
		return division[1].signum() > 0 ? division[0].add(BigInteger.ONE) : division[0];
	}

	/** Sorts (project, unit) pairs by project. */
	private static long[] sortPairs(long[] pairs) {
		int n = pairs.length / 2;
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> Long.compare(pairs[2 * a], pairs[2 * b]));
		long[] sorted = new long[pairs.length];
		for (int i = 0; i < n; i++) {
			sorted[2 * i] = pairs[2 * order[i]];
			sorted[2 * i + 1] = pairs[2 * order[i] + 1];
		}
		return sorted;
	}

	/** A ballot as a map key. */
	private static final class Key {

		private final long[] pairs;
		private final int hash;

		Key(long[] pairs) {
			this.pairs = pairs;
			this.hash = Arrays.hashCode(pairs);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Arrays.equals(pairs, key.pairs);
		}

		@Override
		public int hashCode() {
			return hash;
		}
	}
}
