package io.terawatt.scheduling;

import java.util.Set;

/**
 * A deferrable batch job: a training run or a batch-inference job.
 *
 * <p>Time is counted in whole hours from the start of the simulation. The job needs {@code
 * length_h} hours of running time at {@code power_kW} (IT power, before PUE); it may start at
 * {@code arrivalHour} and must finish by {@code arrivalHour + length_h + slack_h}. A length that is
 * not a whole number of hours runs a fraction of its last hour.
 *
 * @param id identifier, unique within a trace
 * @param arrivalHour hour index at which the job is submitted (its earliest start)
 * @param length_h running time, hours (&gt; 0)
 * @param slack_h how long the job may be delayed beyond its running time, hours (≥ 0)
 * @param power_kW IT power while running, kW (≥ 0)
 * @param interruptible whether the job may pause and resume (checkpoint and restore)
 * @param restoreOverhead_h running time added by each resume after a pause, hours (≥ 0; the
 *     checkpoint-and-restore cost)
 * @param allowedRegions regions the job may run in (data residency); empty for any region
 * @param homeRegion the region a carbon-agnostic scheduler would use; empty for the first region
 * @param data_GB data the job must move when it runs outside its home region, GB (≥ 0)
 */
public record BatchJob(
    String id,
    int arrivalHour,
    double length_h,
    double slack_h,
    double power_kW,
    boolean interruptible,
    double restoreOverhead_h,
    Set<String> allowedRegions,
    String homeRegion,
    double data_GB) {

  /** Tolerance when rounding lengths to whole hours. */
  private static final double EPS = 1e-9;

  /** Validates the job. */
  public BatchJob {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("job id must not be blank");
    }
    if (arrivalHour < 0) {
      throw new IllegalArgumentException("job " + id + ": arrival hour " + arrivalHour + " < 0");
    }
    if (!(length_h > 0) || !Double.isFinite(length_h)) {
      throw new IllegalArgumentException("job " + id + ": length_h " + length_h + " must be > 0");
    }
    if (!(slack_h >= 0) || !Double.isFinite(slack_h)) {
      throw new IllegalArgumentException("job " + id + ": slack_h " + slack_h + " must be >= 0");
    }
    if (!(power_kW >= 0) || !Double.isFinite(power_kW)) {
      throw new IllegalArgumentException("job " + id + ": power_kW " + power_kW + " must be >= 0");
    }
    if (!(restoreOverhead_h >= 0)) {
      throw new IllegalArgumentException(
          "job " + id + ": restoreOverhead_h " + restoreOverhead_h + " must be >= 0");
    }
    if (!(data_GB >= 0) || !Double.isFinite(data_GB)) {
      throw new IllegalArgumentException("job " + id + ": data_GB " + data_GB + " must be >= 0");
    }
    allowedRegions = Set.copyOf(allowedRegions);
    homeRegion = homeRegion == null ? "" : homeRegion;
  }

  /** A job without data to move. */
  public BatchJob(
      String id,
      int arrivalHour,
      double length_h,
      double slack_h,
      double power_kW,
      boolean interruptible,
      double restoreOverhead_h,
      Set<String> allowedRegions,
      String homeRegion) {
    this(
        id,
        arrivalHour,
        length_h,
        slack_h,
        power_kW,
        interruptible,
        restoreOverhead_h,
        allowedRegions,
        homeRegion,
        0);
  }

  /** A job that may run anywhere, without restore overhead. */
  public static BatchJob of(
      String id,
      int arrivalHour,
      double length_h,
      double slack_h,
      double power_kW,
      boolean interruptible) {
    return new BatchJob(
        id, arrivalHour, length_h, slack_h, power_kW, interruptible, 0, Set.of(), "");
  }

  /** Number of hourly slots the job occupies when it runs without pausing. */
  public int slots() {
    return Math.max(1, (int) Math.ceil(length_h - EPS));
  }

  /** Fraction of its last slot that the job runs (1 for a whole number of hours). */
  public double lastSlotFraction() {
    return length_h - (slots() - 1);
  }

  /**
   * The hour by which the job must have finished (exclusive): {@code arrival + ceil(length +
   * slack)}.
   */
  public int deadlineHour() {
    return arrivalHour + (int) Math.ceil(length_h + slack_h - EPS);
  }

  /** The latest hour at which the job can start and still finish by its deadline unpaused. */
  public int latestStartHour() {
    return deadlineHour() - slots();
  }

  /** Whether the job may run in {@code region}. */
  public boolean mayRunIn(String region) {
    return allowedRegions.isEmpty() || allowedRegions.contains(region);
  }

  /** IT energy of the whole job, kWh. */
  public double energy_kWh() {
    return power_kW * length_h;
  }
}
