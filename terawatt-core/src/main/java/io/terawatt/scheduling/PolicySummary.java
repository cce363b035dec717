package io.terawatt.scheduling;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One policy over several zones: the median of its zones' savings and shares of the oracle's
 * savings, and the share pooled over all zones (total saved over total the oracle saved).
 *
 * @param medianSavings_pct median savings against the baseline, percent
 * @param medianShareOfOracleSavings_pct median share of the oracle's savings over the zones where
 *     the oracle saves anything, percent (NaN when it saves nothing anywhere)
 * @param pooledShareOfOracleSavings_pct total savings over the oracle's total savings, percent (NaN
 *     when the oracle saves nothing in all)
 */
public record PolicySummary(
    double medianSavings_pct,
    double medianShareOfOracleSavings_pct,
    double pooledShareOfOracleSavings_pct) {

  /** The summary of one policy's evaluations, one per zone. */
  public static PolicySummary of(List<PolicyEvaluation> zones) {
    List<Double> savings = new ArrayList<>();
    List<Double> shares = new ArrayList<>();
    double base = 0;
    double pol = 0;
    double orc = 0;
    for (PolicyEvaluation v : zones) {
      savings.add(v.savings_pct());
      if (Double.isFinite(v.shareOfOracleSavings_pct())) {
        shares.add(v.shareOfOracleSavings_pct());
      }
      base += v.baselineEmissions_kgCO2e();
      pol += v.emissions_kgCO2e();
      orc += v.oracle_kgCO2e();
    }
    return new PolicySummary(
        median(savings),
        median(shares),
        base - orc > 0 ? 100 * (base - pol) / (base - orc) : Double.NaN);
  }

  private static double median(List<Double> v) {
    if (v.isEmpty()) {
      return Double.NaN;
    }
    List<Double> s = new ArrayList<>(v);
    Collections.sort(s);
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }
}
