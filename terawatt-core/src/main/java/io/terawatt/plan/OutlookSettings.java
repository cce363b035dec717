package io.terawatt.plan;

import io.terawatt.outlook.parameter.OutlookParameter;
import io.terawatt.outlook.parameter.Scenario;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The outlook run of a plan.
 *
 * @param scenario the outlook scenario (built-in or with overrides)
 * @param samples Monte Carlo samples
 * @param seed Monte Carlo seed
 */
public record OutlookSettings(Scenario scenario, int samples, long seed) {
  /**
   * Monte Carlo samples when the scenario gives none: 2,000, a convention that keeps the plan's
   * outlook stage to seconds (the outlook command's default is 100,000; see docs/outlook.md).
   */
  public static final int DEFAULT_SAMPLES = 2_000;

  /** Monte Carlo seed when the scenario gives none: 42, the outlook command's default. */
  public static final long DEFAULT_SEED = 42;

  /**
   * The outlook a plan's scenario says: a named built-in scenario (else the default one) with the
   * given parameter overrides, samples and seed, the defaults above applied.
   */
  public static OutlookSettings of(
      Optional<Scenario> named,
      Map<OutlookParameter, Scenario.Override> overrides,
      OptionalInt samples,
      OptionalLong seed) {
    Scenario base = named.orElseGet(Scenario::defaults);
    if (!overrides.isEmpty()) {
      base = base.with(base.name() + "+overrides", "Plan scenario overrides", overrides);
    }
    return new OutlookSettings(
        base, samples.orElse(DEFAULT_SAMPLES), seed.isPresent() ? seed.getAsLong() : DEFAULT_SEED);
  }
}
