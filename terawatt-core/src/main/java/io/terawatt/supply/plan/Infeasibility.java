package io.terawatt.supply.plan;

import java.util.List;

/**
 * A target the site cannot reach, the best it can reach instead, and what holds it back.
 *
 * @param target which target
 * @param requested the requested value: a fraction 0..1 of load for carbon-free targets, tCO2e per
 *     year for the emissions cap
 * @param bestAchievable the best value reachable under the other constraints, in the same unit; the
 *     returned plan meets this value
 * @param binding limits that hold back the best value (may be empty when the solver gives no usable
 *     duals)
 */
public record Infeasibility(
    Target target, double requested, double bestAchievable, List<BindingConstraint> binding) {

  /** Copies the list. */
  public Infeasibility {
    binding = List.copyOf(binding);
  }

  /** Targets a plan may miss. */
  public enum Target {
    /** Hourly (24/7) carbon-free energy; values are fractions of load. */
    HOURLY_CFE,
    /** Annual carbon-free energy; values are fractions of load. */
    ANNUAL_CFE,
    /** Location-based emissions cap; values are tCO2e per year. */
    EMISSIONS_CAP;

    /** Unit of {@code requested} and {@code bestAchievable}. */
    public String unit() {
      return this == EMISSIONS_CAP ? "tCO2e" : "fraction";
    }
  }

  /** Whether a limit of this kind is among the binding ones. */
  public boolean bindsOn(BindingConstraint.Kind kind) {
    return binding.stream().anyMatch(b -> b.kind() == kind);
  }
}
