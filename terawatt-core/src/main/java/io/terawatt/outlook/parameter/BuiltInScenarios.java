package io.terawatt.outlook.parameter;

import static io.terawatt.outlook.parameter.OutlookParameter.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The named scenarios: {@code default} and three overrides of it. Every override states that it is
 * a scenario assumption, not a measurement.
 */
public final class BuiltInScenarios {
  private static final String WHY = "scenario assumption (unverified): ";

  private BuiltInScenarios() {}

  /** Names of the built-in scenarios. */
  public static List<String> names() {
    return List.of("default", "efficiency-wins", "rebound", "fusion-by-2035");
  }

  /** The scenario with this name. */
  public static Optional<Scenario> find(String name) {
    Scenario d = Scenario.defaults();
    return switch (name) {
      case "default" -> Optional.of(d);
      case "efficiency-wins" -> Optional.of(efficiencyWins(d));
      case "rebound" -> Optional.of(rebound(d));
      case "fusion-by-2035" -> Optional.of(fusionBy2035(d));
      default -> Optional.empty();
    };
  }

  private static Scenario efficiencyWins(Scenario d) {
    Map<OutlookParameter, Scenario.Override> o = new LinkedHashMap<>();
    put(o, HARDWARE_EFFICIENCY_DOUBLING_YEARS, new Triangular(1.5, 1.7, 2.0), "Epoch 1.7-yr pace");
    put(o, ALGORITHMIC_EFFICIENCY_2024_PER_YEAR, new Triangular(1.5, 1.8, 2.4), "toward Ho et al.");
    put(o, REBOUND_ELASTICITY, new Triangular(0.2, 0.4, 0.6), "weak rebound");
    put(o, FP4_SERVING_SHARE_FINAL_FRACTION, new Triangular(0.3, 0.45, 0.6), "fast 4-bit uptake");
    put(o, MOE_SHARE_FINAL_FRACTION, new Triangular(0.7, 0.85, 0.95), "MoE everywhere");
    put(o, SPARSE_ATTENTION_SHARE_FINAL_FRACTION, new Triangular(0.5, 0.7, 0.9), "wide uptake");
    put(o, PUE_DECLINE_FRACTION_PER_YEAR, new Triangular(0.01, 0.015, 0.025), "fast PUE gains");
    put(o, EDGE_SHARE_FINAL_FRACTION, new Triangular(0.1, 0.3, 0.5), "more on-device");
    return d.with(
        "efficiency-wins",
        "Fast hardware, algorithmic and serving efficiency with a weak rebound",
        o);
  }

  private static Scenario rebound(Scenario d) {
    Map<OutlookParameter, Scenario.Override> o = new LinkedHashMap<>();
    put(o, REBOUND_ELASTICITY, new Triangular(0.9, 1.1, 1.3), "backfire (elasticity > 1)");
    put(o, INFERENCE_GROWTH_TAPER_YEARS, new Triangular(8, 12, 20), "slow saturation");
    return d.with(
        "rebound", "Jevons: cheaper tokens raise demand more than efficiency saves (backfire)", o);
  }

  private static Scenario fusionBy2035(Scenario d) {
    Map<OutlookParameter, Scenario.Override> o = new LinkedHashMap<>();
    put(o, FUSION_FIRST_YEAR, new Fixed(2035), "first commercial plant in 2035");
    put(o, FUSION_CAPACITY_DOUBLING_YEARS, new Triangular(1.0, 1.5, 2.5), "fast build-out");
    put(o, FUSION_LEARNING_RATE_FRACTION, new Triangular(0.1, 0.15, 0.25), "fast learning");
    put(o, FUSION_DATACENTRE_OFFTAKE_FRACTION, new Triangular(0.4, 0.6, 0.8), "AI buyers lead");
    return d.with(
        "fusion-by-2035", "Fusion plants from 2035, doubling every 1-2.5 years, learning 15 %", o);
  }

  private static void put(
      Map<OutlookParameter, Scenario.Override> o, OutlookParameter p, Distribution d, String why) {
    o.put(p, new Scenario.Override(d, WHY + why));
  }
}
