package io.terawatt.scheduling;

import java.util.Arrays;

/**
 * What a policy may read when it places a job at the decision hour: the job's remaining work, the
 * regions, the expectations of the {@link IntensityView} and the free capacity. The simulator
 * reuses one context for every decision.
 */
public final class DecisionContext {
  private final SchedulingProblem problem;
  private final IntensityView view;
  private final CapacityLedger ledger;

  private final double[][] cache;
  private int cacheHour = -1;
  private double cacheLambda = Double.NaN;

  BatchJob job;
  int jobIndex;
  int now;
  int remainingSlots;
  double lastFraction;
  int deadline;
  int pinnedRegion;

  DecisionContext(SchedulingProblem problem, IntensityView view, CapacityLedger ledger) {
    this.problem = problem;
    this.view = view;
    this.ledger = ledger;
    this.cache = new double[problem.regionCount()][];
  }

  /** The problem. */
  public SchedulingProblem problem() {
    return problem;
  }

  /** What the policy knows about intensity. */
  public IntensityView view() {
    return view;
  }

  /** The job being placed. */
  public BatchJob job() {
    return job;
  }

  /** The decision hour. */
  public int now() {
    return now;
  }

  /** Slots of work left (the last one possibly fractional), including any restore overhead. */
  public int remainingSlots() {
    return remainingSlots;
  }

  /** Fraction of the hour that the last remaining slot runs. */
  public double lastFraction() {
    return lastFraction;
  }

  /** Hour (exclusive) by which the job must finish. */
  public int deadline() {
    return deadline;
  }

  /** Hours from now to the deadline. */
  public int window() {
    return Math.max(0, deadline - now);
  }

  /** The region the job is bound to (it has started there), or -1 when it is free to choose. */
  public int pinnedRegion() {
    return pinnedRegion;
  }

  /** The job's home region (the carbon-agnostic choice). */
  public int homeRegion() {
    return pinnedRegion >= 0 ? pinnedRegion : problem.homeRegion(jobIndex);
  }

  /** Whether the job may be placed in region {@code r} now. */
  public boolean mayUse(int r) {
    if (pinnedRegion >= 0) {
      return r == pinnedRegion;
    }
    return job.mayRunIn(problem.regions().get(r).name());
  }

  /** Whether the job's power fits in region {@code r} at hour {@code h}. */
  public boolean fits(int r, int h) {
    return ledger.fits(r, h, job.power_kW());
  }

  /**
   * Whether a contiguous run of the remaining slots fits in region {@code r} from hour {@code s}.
   */
  public boolean fitsRun(int r, int s) {
    return ledger.fitsRun(r, s, remainingSlots, job.power_kW());
  }

  /**
   * Expected emissions per kW of IT power for each hour from now in region {@code r}: expected
   * intensity × PUE, in g per kWh of IT energy, optionally inflated by {@code 1 + λ · relative
   * error} of each horizon. The array covers at least {@link #window()} hours (it may be longer: it
   * is shared by every job placed in the same hour, and must not be modified).
   */
  public double[] expectedCost(int r, double lambda) {
    int w = window();
    if (cacheHour != now || cacheLambda != lambda) {
      cacheHour = now;
      cacheLambda = lambda;
      Arrays.fill(cache, null);
    }
    double[] c = cache[r];
    if (c == null || c.length < w) {
      int length = Math.max(w, Math.min(problem.hours() - now, 2 * w));
      double[] e = view.expected(r, now, length);
      double pue = problem.regions().get(r).pue();
      c = new double[e.length];
      for (int k = 0; k < e.length; k++) {
        double penalty = lambda == 0 ? 1 : 1 + lambda * view.relativeError(r, k);
        c[k] = e[k] * pue * penalty;
      }
      cache[r] = c;
    }
    return c;
  }

  /**
   * The carbon-agnostic placement in the home region: the earliest feasible run (or, for an
   * interruptible job, the earliest feasible hours), past the deadline if capacity forces it.
   */
  public Placement earliest() {
    int r = homeRegion();
    int limit = ledger.hours();
    if (job.interruptible()) {
      int[] slots = new int[remainingSlots];
      int k = 0;
      for (int h = now; h < limit && k < remainingSlots; h++) {
        if (fits(r, h)) {
          slots[k++] = h;
        }
      }
      return k == remainingSlots ? new Placement(r, slots) : Placement.WAIT;
    }
    for (int s = now; s + remainingSlots <= limit; s++) {
      if (fitsRun(r, s)) {
        return Placement.run(r, s, remainingSlots);
      }
    }
    return Placement.WAIT;
  }

  /**
   * The cheapest placement under {@code costs} (per region, from {@link #expectedCost}) among the
   * regions the job may use: a contiguous run, or the cheapest hours when the job is interruptible
   * and {@code anyHours}. Falls back to {@link #earliest()} when nothing fits before the deadline.
   */
  public Placement cheapest(double[][] costs, boolean anyHours) {
    Placement best = null;
    double bestCost = Double.POSITIVE_INFINITY;
    int n = remainingSlots;
    int w = window();
    for (int r = 0; r < costs.length; r++) {
      double[] c = costs[r];
      if (c == null || w < n || c.length < w) {
        continue;
      }
      final int region = r;
      double moveCost = migrationCost(r, c);
      if (anyHours && job.interruptible()) {
        int[] s = WindowSearch.lowestSlots(c, w, n, lastFraction, k -> fits(region, now + k));
        if (s != null) {
          double cost = WindowSearch.slotsCost(c, s, lastFraction) + moveCost;
          if (cost < bestCost) {
            bestCost = cost;
            for (int k = 0; k < s.length; k++) {
              s[k] += now;
            }
            best = new Placement(r, s);
          }
        }
      } else {
        int s = WindowSearch.bestStart(c, n, lastFraction, w - n, k -> fitsRun(region, now + k));
        if (s >= 0) {
          double cost = WindowSearch.runCost(c, s, n, lastFraction) + moveCost;
          if (cost < bestCost) {
            bestCost = cost;
            best = Placement.run(r, now + s, n);
          }
        }
      }
    }
    return best != null ? best : earliest();
  }

  /**
   * Expected emissions of moving the job's data to region {@code r} now, per kW of the job's power
   * (the unit of the cost arrays): 0 at home or for a job already running there.
   */
  private double migrationCost(int r, double[] c) {
    if (r == homeRegion() || pinnedRegion >= 0 || job.data_GB() == 0 || job.power_kW() == 0) {
      return 0;
    }
    double intensity = c[0] / problem.regions().get(r).pue();
    return DataMigration.energy_kWh(job.data_GB()) * intensity / job.power_kW();
  }

  /** Costs of every region the job may use ({@code null} for the others). */
  public double[][] costs(double lambda) {
    double[][] c = new double[problem.regionCount()][];
    for (int r = 0; r < c.length; r++) {
      if (mayUse(r)) {
        c[r] = expectedCost(r, lambda);
      }
    }
    return c;
  }

  /** Whether the job must run now to meet its deadline (no slack left). */
  public boolean mustRunNow() {
    return window() <= remainingSlots;
  }
}
