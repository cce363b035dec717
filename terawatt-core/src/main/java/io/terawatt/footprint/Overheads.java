package io.terawatt.footprint;

/**
 * Work beyond one clean training run, as fractions of its device-hours.
 *
 * @param checkpointRestartFraction time lost to checkpointing and restarts after failures (Llama
 *     3's 54-day run lost under 10%: Dubey et al. 2024 §3.3.4)
 * @param failedRunFraction runs that were abandoned and repeated
 * @param developmentFraction development and tuning runs, reported separately (OLMo's development
 *     came to about 50% of its final runs: Morrison et al. 2025)
 */
public record Overheads(
    double checkpointRestartFraction, double failedRunFraction, double developmentFraction) {

  /** No overheads: the published or predicted run alone. */
  public static final Overheads NONE = new Overheads(0, 0, 0);

  /** Rejects negative or non-finite fractions. */
  public Overheads {
    check(checkpointRestartFraction, "checkpoint_restart_fraction");
    check(failedRunFraction, "failed_run_fraction");
    check(developmentFraction, "development_fraction");
  }

  private static void check(double v, String field) {
    if (!(v >= 0) || !Double.isFinite(v)) {
      throw new IllegalArgumentException("The " + field + " (" + v + ") must be zero or more.");
    }
  }

  /** The factor applied to the clean run's device-hours. */
  public double deviceHourMultiplier() {
    return 1 + checkpointRestartFraction + failedRunFraction;
  }
}
