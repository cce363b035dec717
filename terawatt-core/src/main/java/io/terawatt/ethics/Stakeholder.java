package io.terawatt.ethics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A group affected by the decision, with the indicators it feels and how strongly (non-negative
 * weights; only their ratios matter). Indicators not named have weight zero for this group.
 *
 * @param name group name, for example {@code host community}
 * @param weights indicator name to weight
 */
public record Stakeholder(String name, Map<String, Double> weights) {

  /** Copies the weights, keeping their order. */
  public Stakeholder {
    weights = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(weights));
  }

  /** The sum of the weights. */
  public double totalWeight() {
    return weights.values().stream().mapToDouble(Double::doubleValue).sum();
  }
}
