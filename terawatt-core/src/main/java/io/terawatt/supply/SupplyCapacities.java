package io.terawatt.supply;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A site's built capacities by technology, options of one technology summed, in site order. */
final class SupplyCapacities {
  private SupplyCapacities() {}

  static Map<String, Double> generation_MW(SupplySite site) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (GeneratorOption g : site.generators()) {
      m.merge(g.technology(), g.existingCapacity_MW(), Double::sum);
    }
    return Collections.unmodifiableMap(m);
  }

  static Map<String, Double> storagePower_MW(SupplySite site) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (StorageOption s : site.storage()) {
      m.merge(s.technology(), s.existingPower_MW(), Double::sum);
    }
    return Collections.unmodifiableMap(m);
  }

  static Map<String, Double> storageEnergy_MWh(SupplySite site) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (StorageOption s : site.storage()) {
      m.merge(s.technology(), s.existingEnergy_MWh(), Double::sum);
    }
    return Collections.unmodifiableMap(m);
  }
}
