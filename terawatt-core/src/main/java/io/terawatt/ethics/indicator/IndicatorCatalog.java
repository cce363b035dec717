package io.terawatt.ethics.indicator;

import io.terawatt.ethics.Direction;
import io.terawatt.ethics.Indicator;
import java.util.List;
import java.util.Optional;

/**
 * Standard indicators for siting and procurement decisions. Location- and market-based carbon are
 * kept apart (GHG Protocol Scope 2 Guidance, 2015, requires both to be reported, labelled). An
 * input file may use these names without declaring unit, direction or source.
 */
public final class IndicatorCatalog {
  private static final List<Indicator> STANDARD =
      List.of(
          new Indicator(
              "carbon_location_tCO2e",
              "tCO2e",
              Direction.MIN,
              "Annual energy x grid-average intensity (location-based, GHG Protocol Scope 2"
                  + " Guidance 2015)"),
          new Indicator(
              "carbon_market_tCO2e",
              "tCO2e",
              Direction.MIN,
              "Annual energy x contractual intensity (market-based, GHG Protocol Scope 2 Guidance"
                  + " 2015)"),
          new Indicator(
              "life_cycle_carbon_tCO2e",
              "tCO2e",
              Direction.MIN,
              "Energy x lifecycle factors, IPCC AR5 WGIII Annex III Table A.III.2 medians"),
          new Indicator(
              "water_stress_weighted_m3",
              "m3",
              Direction.MIN,
              "Water consumed x WRI Aqueduct 4.0 baseline-water-stress category weight (Kuzma et"
                  + " al. 2023); see WaterStress"),
          new Indicator(
              "land_km2",
              "km2",
              Direction.MIN,
              "Direct land use, Lovering et al. (2022) PLOS ONE 17(7) e0270155"),
          new Indicator(
              "cost_USD_per_year",
              "USD/year",
              Direction.MIN,
              "Annual energy x LCOE, Lazard LCOE+ v18.0 (June 2025)"),
          new Indicator(
              "share_of_regional_peak_pct",
              "%",
              Direction.MIN,
              "Campus load / regional peak demand (e.g. CSO Ireland: data centres 22% of metered"
                  + " electricity 2024)"),
          new Indicator(
              "community_price_impact_USD_per_MWh",
              "USD/MWh",
              Direction.MIN,
              "Capacity-price model, see CapacityPriceImpact (PJM BRA 2025/26 $269.92/MW-day)"),
          new Indicator(
              "local_shortfall_hours",
              "h/year",
              Direction.MIN,
              "Hours per year with unserved community load, from the hourly allocation model"),
          new Indicator(
              "air_pollution_tPM25",
              "t PM2.5/year",
              Direction.MIN,
              "Backup and fossil generation x emission factors, see AirPollution (unverified)"),
          new Indicator(
              "supply_chain_hhi",
              "HHI (0-10,000)",
              Direction.MIN,
              "Herfindahl-Hirschman index of supplier-country shares, DOJ/FTC 2023 Merger"
                  + " Guidelines s2.1; shares e.g. IEA Solar PV Global Supply Chains (2022)"),
          new Indicator(
              "energy_import_dependence_pct",
              "%",
              Direction.MIN,
              "Net imports / gross available energy (Eurostat sdg_07_50)"),
          new Indicator(
              "compute_concentration_hhi",
              "HHI (0-10,000)",
              Direction.MIN,
              "HHI of data-centre electricity by region after the decision (IEA Energy and AI"
                  + " 2025 regional shares)"),
          new Indicator(
              "technology_risk_score",
              "score 0-10",
              Direction.MIN,
              "Maturity (TRL, Mankins 1995) and availability-date uncertainty, see"
                  + " TechnologyRisk"));

  private IndicatorCatalog() {}

  /** All standard indicators. */
  public static List<Indicator> standard() {
    return STANDARD;
  }

  /** A standard indicator by name. */
  public static Optional<Indicator> find(String name) {
    return STANDARD.stream().filter(i -> i.name().equals(name)).findFirst();
  }
}
