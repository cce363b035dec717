package io.terawatt.scheduling;

/**
 * What one policy did with every job of a problem, measured on the actual intensity.
 *
 * <p>Per-job arrays are indexed like {@link SchedulingProblem#jobs()}. Energy is at the facility
 * (IT energy × PUE, plus restore overheads); emissions are that energy times the actual intensity
 * of each hour used.
 *
 * @param policy policy name
 * @param region region index where each job (first) ran
 * @param startHour first hour each job ran
 * @param finishHour hour (exclusive) in which each job finished
 * @param emissions_kgCO2e emissions of each job, kgCO2e
 * @param energy_kWh facility energy of each job, kWh
 * @param cost_USD electricity cost of each job, USD (0 where prices are unknown)
 * @param deadlineMissed whether each job finished after its deadline
 * @param interruptions how many times each job paused and resumed
 */
public record ScheduleResult(
    String policy,
    int[] region,
    int[] startHour,
    int[] finishHour,
    double[] emissions_kgCO2e,
    double[] energy_kWh,
    double[] cost_USD,
    boolean[] deadlineMissed,
    int[] interruptions) {

  /** Number of jobs. */
  public int jobs() {
    return region.length;
  }

  /** Total emissions, kgCO2e. */
  public double totalEmissions_kgCO2e() {
    return sum(emissions_kgCO2e);
  }

  /** Total facility energy, kWh. */
  public double totalEnergy_kWh() {
    return sum(energy_kWh);
  }

  /** Total electricity cost, USD. */
  public double totalCost_USD() {
    return sum(cost_USD);
  }

  /** Jobs that finished after their deadline. */
  public int deadlineMisses() {
    int m = 0;
    for (boolean b : deadlineMissed) {
      if (b) {
        m++;
      }
    }
    return m;
  }

  /**
   * Mean hours each job waited beyond its arrival before it started, given the arrival hours of the
   * problem's jobs.
   */
  public double meanWait_h(SchedulingProblem problem) {
    if (region.length == 0) {
      return 0;
    }
    double w = 0;
    for (int j = 0; j < region.length; j++) {
      w += startHour[j] - problem.jobs().get(j).arrivalHour();
    }
    return w / region.length;
  }

  /** Jobs that ran outside their home region. */
  public int jobsMoved(SchedulingProblem problem) {
    int m = 0;
    for (int j = 0; j < region.length; j++) {
      if (region[j] != problem.homeRegion(j)) {
        m++;
      }
    }
    return m;
  }

  private static double sum(double[] a) {
    double s = 0;
    for (double v : a) {
      s += v;
    }
    return s;
  }
}
