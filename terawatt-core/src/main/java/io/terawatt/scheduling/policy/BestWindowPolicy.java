package io.terawatt.scheduling.policy;

import io.terawatt.scheduling.DecisionContext;
import io.terawatt.scheduling.Placement;
import io.terawatt.scheduling.SchedulingPolicy;

/**
 * Best start window by rolling mean, with the Carbon Aware SDK's semantics: at arrival, the
 * forecast over the job's window is averaged over every contiguous window of the job's length and
 * the start with the lowest mean is chosen, earliest on ties (Green Software Foundation, Carbon
 * Aware SDK, {@code GetBestEmissionsDataForLocationsByTime} and forecast {@code
 * optimalDataPoints}). Over several regions the lowest window of any allowed region wins (the SDK's
 * "best location").
 */
public final class BestWindowPolicy implements SchedulingPolicy {
  /** Command-line name. */
  public static final String NAME = "best-window";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Placement place(DecisionContext context) {
    return context.cheapest(context.costs(0), false);
  }
}
