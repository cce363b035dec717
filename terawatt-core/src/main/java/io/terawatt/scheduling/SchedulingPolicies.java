package io.terawatt.scheduling;

import io.terawatt.scheduling.policy.AgnosticPolicy;
import io.terawatt.scheduling.policy.BestWindowPolicy;
import io.terawatt.scheduling.policy.CarbonTimePolicy;
import io.terawatt.scheduling.policy.ForecastMpcPolicy;
import io.terawatt.scheduling.policy.LowestSlotsPolicy;
import io.terawatt.scheduling.policy.OraclePolicy;
import io.terawatt.scheduling.policy.ThresholdPolicy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The batch policies by name, for command lines and configuration, and the policies that play the
 * {@linkplain PolicyRole#BASELINE baseline} and the {@linkplain PolicyRole#ORACLE oracle}.
 */
public final class SchedulingPolicies {
  private static final List<String> NAMES =
      List.of(
          AgnosticPolicy.NAME,
          ThresholdPolicy.NAME,
          BestWindowPolicy.NAME,
          LowestSlotsPolicy.NAME,
          CarbonTimePolicy.NAME,
          ForecastMpcPolicy.NAME,
          OraclePolicy.NAME);

  private SchedulingPolicies() {}

  /** The known names, baseline first and oracle last. */
  public static List<String> names() {
    return NAMES;
  }

  /** A new baseline policy: carbon-agnostic first-come-first-served. */
  public static SchedulingPolicy baseline() {
    return new AgnosticPolicy();
  }

  /** A new oracle policy: each job at its cheapest placement on the actual intensity. */
  public static SchedulingPolicy oracle() {
    return new OraclePolicy();
  }

  /**
   * The policies a plan compares when its scenario names none: the baseline, three online policies
   * (threshold, lowest slots, Carbon-Time) and the oracle.
   */
  public static List<String> defaultComparison() {
    return List.of(
        baseline().name(),
        ThresholdPolicy.NAME,
        LowestSlotsPolicy.NAME,
        CarbonTimePolicy.NAME,
        oracle().name());
  }

  /**
   * {@code names} without repeats and with the baseline first (added when absent), the order a plan
   * compares them in: every row is then read against the first.
   */
  public static List<String> withBaselineFirst(List<String> names) {
    String baseline = baseline().name();
    List<String> out = new ArrayList<>(new LinkedHashSet<>(names));
    out.remove(baseline);
    out.add(0, baseline);
    return out;
  }

  /**
   * Checks that every name is a known policy.
   *
   * @throws IllegalArgumentException for the first unknown name, listing the known ones
   */
  public static void requireKnown(List<String> names) {
    names.forEach(SchedulingPolicies::byName);
  }

  /**
   * A new policy (policies may keep per-run state, so each run gets its own). {@code
   * forecast-mpc:λ} sets the forecast-error weight of the rolling-horizon policy.
   *
   * @throws IllegalArgumentException for an unknown name, listing the known ones
   */
  public static SchedulingPolicy byName(String name) {
    String key = name == null ? "" : name.trim();
    if (key.startsWith(ForecastMpcPolicy.NAME + ":")) {
      String w = key.substring(ForecastMpcPolicy.NAME.length() + 1);
      try {
        return new ForecastMpcPolicy(Double.parseDouble(w));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "'" + w + "' in " + key + " is not a number; write forecast-mpc:0.5 for λ = 0.5.");
      }
    }
    return switch (key) {
      case AgnosticPolicy.NAME -> new AgnosticPolicy();
      case ThresholdPolicy.NAME -> new ThresholdPolicy();
      case BestWindowPolicy.NAME -> new BestWindowPolicy();
      case LowestSlotsPolicy.NAME -> new LowestSlotsPolicy();
      case CarbonTimePolicy.NAME -> new CarbonTimePolicy();
      case ForecastMpcPolicy.NAME -> new ForecastMpcPolicy();
      case OraclePolicy.NAME -> new OraclePolicy();
      default ->
          throw new IllegalArgumentException(
              "Unknown policy '" + name + "'; the policies are " + String.join(", ", NAMES) + ".");
    };
  }
}
