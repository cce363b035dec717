package io.terawatt.ethics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One option to decide between (a site, a procurement deal, a technology), with its value on each
 * indicator.
 *
 * @param name option name
 * @param values indicator name to value, in the indicator's unit
 */
public record DecisionOption(String name, Map<String, Estimate> values) {

  /** Copies the values, keeping their order. */
  public DecisionOption {
    values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** An option with certain values. */
  public static DecisionOption ofCertain(String name, Map<String, Double> values) {
    Map<String, Estimate> m = new LinkedHashMap<>();
    values.forEach((k, v) -> m.put(k, Estimate.of(v)));
    return new DecisionOption(name, m);
  }
}
