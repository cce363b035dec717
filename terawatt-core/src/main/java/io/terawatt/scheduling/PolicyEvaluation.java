package io.terawatt.scheduling;

/**
 * A policy's result beside the carbon-agnostic baseline and the oracle's bound.
 *
 * @param result what the policy did
 * @param baseline what carbon-agnostic first-come-first-served did under the same limits
 * @param oracle_kgCO2e emissions of the oracle's schedule (perfect information), kgCO2e
 * @param oracleExact whether the oracle's schedule is provably optimal: true when no region has a
 *     capacity limit, where it equals {@link OracleBound}; with capacity limits the oracle serves
 *     jobs in arrival order and is not proven optimal
 * @param oracleLowerBound_kgCO2e {@link OracleBound}: no schedule can emit less, kgCO2e
 */
public record PolicyEvaluation(
    ScheduleResult result,
    ScheduleResult baseline,
    double oracle_kgCO2e,
    boolean oracleExact,
    double oracleLowerBound_kgCO2e) {

  /** The policy's emissions, kgCO2e. */
  public double emissions_kgCO2e() {
    return result.totalEmissions_kgCO2e();
  }

  /** The baseline's emissions, kgCO2e. */
  public double baselineEmissions_kgCO2e() {
    return baseline.totalEmissions_kgCO2e();
  }

  /** Savings against the baseline, percent of the baseline's emissions. */
  public double savings_pct() {
    double b = baselineEmissions_kgCO2e();
    return b == 0 ? 0 : 100 * (1 - emissions_kgCO2e() / b);
  }

  /** Savings of the oracle against the baseline, percent. */
  public double oracleSavings_pct() {
    double b = baselineEmissions_kgCO2e();
    return b == 0 ? 0 : 100 * (1 - oracle_kgCO2e / b);
  }

  /**
   * The policy's savings as a share of the oracle's, percent (NaN when the oracle saves nothing).
   */
  public double shareOfOracleSavings_pct() {
    double possible = baselineEmissions_kgCO2e() - oracle_kgCO2e;
    return possible <= 0
        ? Double.NaN
        : 100 * (baselineEmissions_kgCO2e() - emissions_kgCO2e()) / possible;
  }
}
