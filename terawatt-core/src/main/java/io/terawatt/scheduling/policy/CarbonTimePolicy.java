package io.terawatt.scheduling.policy;

import io.terawatt.scheduling.DecisionContext;
import io.terawatt.scheduling.Placement;
import io.terawatt.scheduling.SchedulingPolicy;
import io.terawatt.scheduling.WindowSearch;

/**
 * Carbon-Time (Hanafy et al., "Going Green for Less Green: Optimizing the Cost of Reducing Cloud
 * Carbon Emissions", ASPLOS 2024, the GAIA simulator's "carbon saving per waiting time"): at
 * arrival, every later start in the home region is scored by the forecast emissions it saves
 * against starting at once, divided by the hours it waits; the job starts where that ratio is
 * highest, or at once when no later start saves anything. It trades savings against waiting instead
 * of taking the lowest window regardless of delay. The job's length is taken as known.
 */
public final class CarbonTimePolicy implements SchedulingPolicy {
  /** Command-line name. */
  public static final String NAME = "carbon-time";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Placement place(DecisionContext context) {
    int r = context.homeRegion();
    int n = context.remainingSlots();
    double f = context.lastFraction();
    double[] c = context.expectedCost(r, 0);
    int now = context.now();
    int w = context.window();
    if (w < n || !context.fitsRun(r, now)) {
      return context.cheapest(singleRegion(context, r, c), false);
    }
    double atOnce = WindowSearch.runCost(c, 0, n, f);
    int best = 0;
    double bestRatio = 0;
    for (int s = 1; s <= w - n; s++) {
      double ratio = (atOnce - WindowSearch.runCost(c, s, n, f)) / s;
      if (ratio > bestRatio && context.fitsRun(r, now + s)) {
        bestRatio = ratio;
        best = s;
      }
    }
    return Placement.run(r, now + best, n);
  }

  private static double[][] singleRegion(DecisionContext context, int r, double[] c) {
    double[][] costs = new double[context.problem().regionCount()][];
    costs[r] = c;
    return costs;
  }
}
