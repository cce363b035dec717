package io.terawatt.scheduling;

/**
 * IT power already committed per region and hour, kW, against each region's capacity.
 *
 * <p>The ledger reaches past the simulated period by {@code extraHours} so that work squeezed out
 * of the period by capacity limits can still be placed (and counted as late).
 */
public final class CapacityLedger {
  private static final double EPS_KW = 1e-9;

  private final double[] capacity_kW;
  private final double[][] used_kW;
  private final boolean unlimited;

  /** An empty ledger for {@code problem}, reaching {@code extraHours} past its period. */
  public CapacityLedger(SchedulingProblem problem, int extraHours) {
    int n = problem.regionCount();
    capacity_kW = new double[n];
    boolean any = false;
    for (int r = 0; r < n; r++) {
      capacity_kW[r] = problem.regions().get(r).capacity_kW();
      any |= Double.isFinite(capacity_kW[r]);
    }
    unlimited = !any;
    used_kW = new double[n][unlimited ? 0 : problem.hours() + extraHours];
  }

  /** Hours the ledger covers (the period plus the extra hours); unlimited ledgers cover all. */
  public int hours() {
    return unlimited ? Integer.MAX_VALUE : used_kW[0].length;
  }

  /** Whether {@code kW} more fits in region {@code r} at hour {@code h}. */
  public boolean fits(int r, int h, double kW) {
    if (!Double.isFinite(capacity_kW[r])) {
      return true;
    }
    return h < used_kW[r].length && used_kW[r][h] + kW <= capacity_kW[r] + EPS_KW;
  }

  /** Whether {@code kW} fits in region {@code r} for every hour of {@code [start, start + n)}. */
  public boolean fitsRun(int r, int start, int n, double kW) {
    if (!Double.isFinite(capacity_kW[r])) {
      return true;
    }
    for (int h = start; h < start + n; h++) {
      if (!fits(r, h, kW)) {
        return false;
      }
    }
    return true;
  }

  /** Commits {@code kW} in region {@code r} at hour {@code h}. */
  public void commit(int r, int h, double kW) {
    if (Double.isFinite(capacity_kW[r])) {
      used_kW[r][h] += kW;
    }
  }

  /** Releases {@code kW} committed earlier in region {@code r} at hour {@code h}. */
  public void release(int r, int h, double kW) {
    if (Double.isFinite(capacity_kW[r])) {
      used_kW[r][h] -= kW;
    }
  }

  /** IT power committed in region {@code r} at hour {@code h}, kW. */
  public double used_kW(int r, int h) {
    return Double.isFinite(capacity_kW[r]) && h < used_kW[r].length ? used_kW[r][h] : 0;
  }
}
