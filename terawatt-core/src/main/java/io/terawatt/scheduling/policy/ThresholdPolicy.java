package io.terawatt.scheduling.policy;

import io.terawatt.scheduling.DecisionContext;
import io.terawatt.scheduling.Placement;
import io.terawatt.scheduling.SchedulingPolicy;
import java.util.Arrays;

/**
 * Threshold: a waiting job runs in its home region in any hour whose forecast intensity is at or
 * below a threshold, and when its deadline leaves no more room to wait. The threshold of an hour is
 * a quantile ({@link #DEFAULT_QUANTILE} by default) of the actual intensity of the week before it,
 * which is known at decision time. An interruptible job pauses whenever the intensity rises above
 * the threshold.
 */
public final class ThresholdPolicy implements SchedulingPolicy {
  /** Command-line name. */
  public static final String NAME = "threshold";

  /** The quantile of the past week used as threshold. */
  public static final double DEFAULT_QUANTILE = 0.3;

  private static final int WEEK_H = 168;

  private final double quantile;
  private int cachedHour = -1;
  private double[] cachedThreshold = new double[0];

  /** A threshold policy at {@link #DEFAULT_QUANTILE}. */
  public ThresholdPolicy() {
    this(DEFAULT_QUANTILE);
  }

  /** A threshold policy at quantile {@code quantile} of the past week (0 to 1). */
  public ThresholdPolicy(double quantile) {
    if (!(quantile >= 0 && quantile <= 1)) {
      throw new IllegalArgumentException("quantile " + quantile + " must be within 0 to 1");
    }
    this.quantile = quantile;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean decidesEveryHour() {
    return true;
  }

  @Override
  public Placement place(DecisionContext context) {
    int r = context.homeRegion();
    int now = context.now();
    int n = context.remainingSlots();
    boolean fits = context.job().interruptible() ? context.fits(r, now) : context.fitsRun(r, now);
    if (context.mustRunNow() || context.window() < n) {
      return fits ? Placement.run(r, now, n) : context.earliest();
    }
    double expected = context.view().expected(r, now, 1)[0];
    if (fits && expected <= threshold(context, r)) {
      return Placement.run(r, now, n);
    }
    return Placement.WAIT;
  }

  private double threshold(DecisionContext context, int r) {
    int now = context.now();
    if (cachedHour != now) {
      cachedHour = now;
      cachedThreshold = new double[context.problem().regionCount()];
      Arrays.fill(cachedThreshold, Double.NaN);
    }
    if (Double.isNaN(cachedThreshold[r])) {
      int from = Math.max(0, now - WEEK_H);
      if (from == now) {
        cachedThreshold[r] = Double.POSITIVE_INFINITY;
      } else {
        double[] past = new double[now - from];
        for (int h = from; h < now; h++) {
          past[h - from] = context.problem().intensityAt(r, h);
        }
        Arrays.sort(past);
        cachedThreshold[r] = past[(int) Math.floor(quantile * (past.length - 1))];
      }
    }
    return cachedThreshold[r];
  }
}
