package io.terawatt.outlook.projection;

import io.terawatt.supply.technology.Technology;
import io.terawatt.supply.technology.TechnologyCatalog;

/**
 * Life-cycle carbon, water and cost of the dedicated supply sources, read from the technology
 * catalog (each figure's source is in {@code technology-catalog.tsv}). Renewables are an even mix
 * of onshore wind and utility solar (unverified split); storage-firmed supply is utility solar plus
 * the battery's levelised cost of storage; LCOE is the middle of the catalog's low–high range.
 */
public final class SupplyTechnologies {
  private static final TechnologyCatalog CATALOG = TechnologyCatalog.builtIn();

  /** Renewables life-cycle intensity (gCO2e/kWh). */
  public static final double RENEWABLES_GCO2E_PER_KWH =
      (lifecycle("wind_onshore") + lifecycle("solar_utility")) / 2;

  /** Nuclear life-cycle intensity (gCO2e/kWh). */
  public static final double NUCLEAR_GCO2E_PER_KWH = lifecycle("nuclear_large");

  /** Storage-firmed solar life-cycle intensity (gCO2e/kWh): the solar part. */
  public static final double STORAGE_FIRMED_GCO2E_PER_KWH = lifecycle("solar_utility");

  /** Fusion life-cycle intensity (gCO2e/kWh). */
  public static final double FUSION_GCO2E_PER_KWH = lifecycle("fusion");

  /** Space solar life-cycle intensity (gCO2e/kWh). */
  public static final double SPACE_SOLAR_GCO2E_PER_KWH = lifecycle("space_solar");

  /** Renewables water consumption (L/kWh). */
  public static final double RENEWABLES_L_PER_KWH =
      (water("wind_onshore") + water("solar_utility")) / 2;

  /** Nuclear water consumption (L/kWh). */
  public static final double NUCLEAR_L_PER_KWH = water("nuclear_large");

  /** Storage-firmed solar water consumption (L/kWh). */
  public static final double STORAGE_FIRMED_L_PER_KWH =
      water("solar_utility") + water("battery_li_ion");

  /** Fusion water consumption (L/kWh). */
  public static final double FUSION_L_PER_KWH = water("fusion");

  /** Space solar water consumption (L/kWh). */
  public static final double SPACE_SOLAR_L_PER_KWH = water("space_solar");

  /** Renewables cost (USD/MWh). */
  public static final double RENEWABLES_USD_PER_MWH =
      (lcoe("wind_onshore") + lcoe("solar_utility")) / 2;

  /** Nuclear cost (USD/MWh). */
  public static final double NUCLEAR_USD_PER_MWH = lcoe("nuclear_large");

  /** Storage-firmed solar cost (USD/MWh). */
  public static final double STORAGE_FIRMED_USD_PER_MWH =
      lcoe("solar_utility") + lcoe("battery_li_ion");

  /** Fusion capacity factor. */
  public static final double FUSION_CAPACITY_FACTOR = capacityFactor("fusion");

  /** Space solar capacity factor. */
  public static final double SPACE_SOLAR_CAPACITY_FACTOR = capacityFactor("space_solar");

  private SupplyTechnologies() {}

  private static Technology t(String id) {
    return CATALOG.require(id);
  }

  private static double lifecycle(String id) {
    return t(id).emissions().lifecycle_gCO2e_per_kWh();
  }

  private static double water(String id) {
    return t(id).resources().water_L_per_MWh() / 1000.0;
  }

  private static double lcoe(String id) {
    return (t(id).costs().lcoeLow_USD_per_MWh() + t(id).costs().lcoeHigh_USD_per_MWh()) / 2;
  }

  private static double capacityFactor(String id) {
    return t(id).resources().capacityFactor();
  }
}
