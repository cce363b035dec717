package io.terawatt.ethics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Small decision problems for tests. */
public final class Fixtures {
  private Fixtures() {}

  /**
   * Three sites and two groups: the climate feels carbon, the host community feels water and bills.
   * "solar-desert" is low-carbon but thirsty, "coal-cheap" is cheap and dirty, "balanced" sits in
   * between.
   */
  public static DecisionProblem threeSites() {
    List<Indicator> ind =
        List.of(
            new Indicator("carbon_tCO2e", "tCO2e", Direction.MIN, "test"),
            new Indicator("water_m3", "m3", Direction.MIN, "test"),
            new Indicator("bill_USD_per_MWh", "USD/MWh", Direction.MIN, "test"));
    List<DecisionOption> opts =
        List.of(
            DecisionOption.ofCertain(
                "solar-desert",
                Map.of("carbon_tCO2e", 100.0, "water_m3", 900.0, "bill_USD_per_MWh", 5.0)),
            DecisionOption.ofCertain(
                "coal-cheap",
                Map.of("carbon_tCO2e", 1000.0, "water_m3", 500.0, "bill_USD_per_MWh", 1.0)),
            DecisionOption.ofCertain(
                "balanced",
                Map.of("carbon_tCO2e", 500.0, "water_m3", 600.0, "bill_USD_per_MWh", 3.0)));
    List<Stakeholder> st =
        List.of(
            new Stakeholder("global climate", Map.of("carbon_tCO2e", 1.0)),
            new Stakeholder("host community", Map.of("water_m3", 1.0, "bill_USD_per_MWh", 1.0)));
    return new DecisionProblem(ind, opts, st, List.of());
  }

  /** A random problem: n options, m indicators, s stakeholders with random weights. */
  public static DecisionProblem random(SplittableRandom r, int n, int m, int s) {
    java.util.ArrayList<Indicator> ind = new java.util.ArrayList<>();
    for (int j = 0; j < m; j++) {
      ind.add(new Indicator("x" + j, "u", r.nextBoolean() ? Direction.MIN : Direction.MAX, "test"));
    }
    java.util.ArrayList<DecisionOption> opts = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      Map<String, Double> v = new LinkedHashMap<>();
      for (int j = 0; j < m; j++) {
        v.put("x" + j, Math.floor(r.nextDouble() * 100));
      }
      opts.add(DecisionOption.ofCertain("o" + i, v));
    }
    java.util.ArrayList<Stakeholder> st = new java.util.ArrayList<>();
    for (int k = 0; k < s; k++) {
      Map<String, Double> w = new LinkedHashMap<>();
      for (int j = 0; j < m; j++) {
        w.put("x" + j, r.nextDouble() < 0.3 ? 0.0 : r.nextDouble());
      }
      w.put("x" + r.nextInt(m), 0.5 + r.nextDouble());
      st.add(new Stakeholder("s" + k, w));
    }
    return new DecisionProblem(ind, opts, st, List.of());
  }
}
