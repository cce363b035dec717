package io.terawatt.scheduling;

/**
 * The least emissions any schedule could reach: every job at its own cheapest placement on the
 * actual intensity, within its deadline, in any region it may use (with the energy of moving its
 * data there, {@link DataMigration}), ignoring capacity limits and restore overheads. Without
 * binding capacity this is what the oracle achieves; with binding capacity it is a lower bound on
 * the oracle's emissions (so the share of oracle savings it implies is conservative).
 */
public final class OracleBound {
  private OracleBound() {}

  /** Emissions of every job at its cheapest placement, kgCO2e, by job index. */
  public static double[] emissions_kgCO2e(SchedulingProblem problem) {
    double[] out = new double[problem.jobs().size()];
    for (int j = 0; j < out.length; j++) {
      BatchJob job = problem.jobs().get(j);
      int a = job.arrivalHour();
      int d = problem.deadlineHour(job);
      int n = job.slots();
      double f = job.lastSlotFraction();
      double best = Double.POSITIVE_INFINITY;
      for (int r = 0; r < problem.regionCount(); r++) {
        Region region = problem.regions().get(r);
        if (!job.mayRunIn(region.name())) {
          continue;
        }
        double[] c = new double[d - a];
        for (int h = a; h < d; h++) {
          c[h - a] = problem.intensityAt(r, h) * region.pue();
        }
        double cost;
        if (job.interruptible()) {
          int[] slots = WindowSearch.lowestSlots(c, c.length, n, f, k -> true);
          cost = WindowSearch.slotsCost(c, slots, f);
        } else {
          int s = WindowSearch.bestStart(c, n, f, c.length - n, k -> true);
          cost = WindowSearch.runCost(c, s, n, f);
        }
        double move =
            r == problem.homeRegion(j)
                ? 0
                : DataMigration.energy_kWh(job.data_GB()) * problem.intensityAt(r, a);
        best = Math.min(best, job.power_kW() * cost + move);
      }
      out[j] = best / 1000.0;
    }
    return out;
  }

  /** Total of {@link #emissions_kgCO2e}, kgCO2e. */
  public static double total_kgCO2e(SchedulingProblem problem) {
    double s = 0;
    for (double e : emissions_kgCO2e(problem)) {
      s += e;
    }
    return s;
  }
}
