package io.terawatt.plan;

/**
 * Told how far each stage of a plan has come. May be called from the outlook's worker threads, so
 * it must be thread-safe.
 */
@FunctionalInterface
public interface PlanProgress {

  /** Does nothing. */
  PlanProgress NONE = (stage, fraction) -> {};

  /**
   * The stage {@code stage} is {@code fraction} done.
   *
   * @param stage one of {@link PlanService#STAGES}
   * @param fraction 0..1; 1 when the stage has finished
   */
  void update(String stage, double fraction);
}
