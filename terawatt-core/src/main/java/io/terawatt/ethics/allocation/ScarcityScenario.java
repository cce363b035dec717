package io.terawatt.ethics.allocation;

/**
 * An hourly scarcity scenario. Arrays are per hour, all the same length.
 *
 * @param name scenario name
 * @param supply_MW energy available to the region each hour (average MW over the hour)
 * @param supplyIntensity_gCO2e_per_kWh emission intensity of that supply each hour
 * @param essential_MW essential community demand
 * @param otherCommunity_MW other community demand
 * @param ai_MW AI campus demand
 * @param willingnessToPay_USD_per_MWh bid of each group, indexed by {@link DemandGroup#ordinal()}
 * @param aiFlexibleShare share of AI demand that can be curtailed on request, [0, 1]
 * @param aiBackup_MW on-site backup generation of the AI campus, used for its unserved,
 *     non-curtailed load
 * @param backupIntensity_gCO2e_per_kWh emission intensity of the backup
 * @param normalPrice_USD_per_MWh price in hours without shortfall
 * @param scarcityPrice_USD_per_MWh administrative price in shortfall hours for the non-price rules
 */
public record ScarcityScenario(
    String name,
    double[] supply_MW,
    double[] supplyIntensity_gCO2e_per_kWh,
    double[] essential_MW,
    double[] otherCommunity_MW,
    double[] ai_MW,
    double[] willingnessToPay_USD_per_MWh,
    double aiFlexibleShare,
    double aiBackup_MW,
    double backupIntensity_gCO2e_per_kWh,
    double normalPrice_USD_per_MWh,
    double scarcityPrice_USD_per_MWh) {

  /** Checks lengths and ranges. */
  public ScarcityScenario {
    int n = supply_MW.length;
    if (n == 0) {
      throw new IllegalArgumentException("A scarcity scenario needs at least one hour.");
    }
    for (double[] a :
        new double[][] {supplyIntensity_gCO2e_per_kWh, essential_MW, otherCommunity_MW, ai_MW}) {
      if (a.length != n) {
        throw new IllegalArgumentException(
            "Every hourly series of scenario " + name + " must have " + n + " hours.");
      }
    }
    for (double[] a :
        new double[][] {
          supply_MW, supplyIntensity_gCO2e_per_kWh, essential_MW, otherCommunity_MW, ai_MW
        }) {
      for (double v : a) {
        if (!(v >= 0) || !Double.isFinite(v)) {
          throw new IllegalArgumentException(
              "Hourly values of scenario " + name + " must be finite and >= 0; found " + v + ".");
        }
      }
    }
    if (willingnessToPay_USD_per_MWh.length != DemandGroup.values().length) {
      throw new IllegalArgumentException("One willingness to pay per group is needed.");
    }
    if (!(aiFlexibleShare >= 0 && aiFlexibleShare <= 1)) {
      throw new IllegalArgumentException(
          "The AI flexible share (" + aiFlexibleShare + ") must be in [0, 1].");
    }
    if (!(aiBackup_MW >= 0) || !(backupIntensity_gCO2e_per_kWh >= 0)) {
      throw new IllegalArgumentException("Backup capacity and intensity must be >= 0.");
    }
  }

  /** Number of hours. */
  public int hours() {
    return supply_MW.length;
  }

  /** Energy available over the scenario, MWh (1-hour steps). */
  public double supply_MWh() {
    return java.util.Arrays.stream(supply_MW).sum();
  }

  /** Demand of a group over the scenario, MWh (1-hour steps). */
  public double demand_MWh(DemandGroup g) {
    double d = 0;
    for (int h = 0; h < hours(); h++) {
      d += demand_MW(g, h);
    }
    return d;
  }

  /** Demand of a group in hour h. */
  public double demand_MW(DemandGroup g, int h) {
    return switch (g) {
      case ESSENTIAL -> essential_MW[h];
      case OTHER_COMMUNITY -> otherCommunity_MW[h];
      case AI -> ai_MW[h];
    };
  }
}
