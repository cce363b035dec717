package io.terawatt.scheduling.policy;

import io.terawatt.scheduling.DecisionContext;
import io.terawatt.scheduling.Placement;
import io.terawatt.scheduling.SchedulingPolicy;

/**
 * A rolling-horizon (model-predictive) optimiser on forecasts that accounts for their error.
 *
 * <p>Every hour, each waiting job is placed afresh on the latest forecast over its remaining window
 * and every region it may use: the cheapest contiguous run, or the cheapest hours when it can
 * pause. Only the decision for the current hour is final: the job runs now if its placement starts
 * now; otherwise the placement is held as a capacity reservation and the job is placed again an
 * hour later, on a newer forecast, from its released reservation (so it can always keep it).
 *
 * <p>Error: the expected cost of an hour k hours ahead is inflated by {@code 1 + λ·σ(k)}, where
 * σ(k) is the forecaster's relative RMSE at that horizon measured by backtest on the training
 * years. The minimum of noisy forecasts is biased low (the lowest forecast hour is often one whose
 * forecast erred low), so waiting for a gain that is within the forecast noise usually loses; the
 * penalty makes the policy wait only for gains larger than that noise. λ = {@value
 * #DEFAULT_ERROR_WEIGHT} was chosen on the training years (see docs/scheduling.md).
 */
public final class ForecastMpcPolicy implements SchedulingPolicy {
  /** Command-line name. */
  public static final String NAME = "forecast-mpc";

  /** Weight of the forecast error in the expected cost. */
  public static final double DEFAULT_ERROR_WEIGHT = 0.5;

  private final double errorWeight;

  /** The policy with {@link #DEFAULT_ERROR_WEIGHT}. */
  public ForecastMpcPolicy() {
    this(DEFAULT_ERROR_WEIGHT);
  }

  /** The policy with error weight λ ≥ 0 (0 trusts the forecast as it is). */
  public ForecastMpcPolicy(double errorWeight) {
    if (!Double.isFinite(errorWeight)) {
      throw new IllegalArgumentException("error weight " + errorWeight + " must be >= 0");
    }
    this.errorWeight = errorWeight;
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
    return context.cheapest(context.costs(errorWeight), true);
  }
}
