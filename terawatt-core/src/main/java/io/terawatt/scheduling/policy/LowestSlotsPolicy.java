package io.terawatt.scheduling.policy;

import io.terawatt.scheduling.DecisionContext;
import io.terawatt.scheduling.Placement;
import io.terawatt.scheduling.SchedulingPolicy;

/**
 * Interruptible lowest slots (Wiesner et al., "Let's Wait Awhile: How Temporal Workload Shifting
 * Can Reduce Carbon Emissions in the Cloud", Middleware 2021): at arrival, an interruptible job is
 * given the hours of lowest forecast intensity in its window, in any order; a job that cannot pause
 * gets the best contiguous window instead.
 */
public final class LowestSlotsPolicy implements SchedulingPolicy {
  /** Command-line name. */
  public static final String NAME = "lowest-slots";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Placement place(DecisionContext context) {
    return context.cheapest(context.costs(0), true);
  }
}
