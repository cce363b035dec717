package io.terawatt.supply.technology;

/**
 * Cost figures of one technology, in USD of {@code dollarYear}. For storage the capital cost per kW
 * is the power part; the energy part is in {@link StorageParameters}.
 *
 * @param capex_USD_per_kW overnight capital cost at {@code costBaseYear}
 * @param capexLow_USD_per_kW low end of the published range
 * @param capexHigh_USD_per_kW high end of the published range
 * @param fixedOm_USD_per_kW_year fixed operation and maintenance
 * @param variableOm_USD_per_MWh variable operation and maintenance, without fuel
 * @param dollarYear the year of the dollars
 * @param capexSource source of capital and O&amp;M costs
 * @param fuel_USD_per_MWh fuel cost per MWh of electricity (heat rate times fuel price)
 * @param fuelSource source of the fuel cost
 * @param lcoeLow_USD_per_MWh low end of published levelised cost; NaN when none
 * @param lcoeHigh_USD_per_MWh high end of published levelised cost; NaN when none
 * @param lcoeSource source of the levelised cost
 * @param capexDecline_per_year fractional capital-cost decline per year after {@code costBaseYear}
 * @param costBaseYear the year the capital cost applies to
 * @param learningSource source of the decline rate
 * @param economicLife_years cost recovery period; NaN for imports
 * @param lifeSource source of the economic life
 */
public record Costs(
    double capex_USD_per_kW,
    double capexLow_USD_per_kW,
    double capexHigh_USD_per_kW,
    double fixedOm_USD_per_kW_year,
    double variableOm_USD_per_MWh,
    int dollarYear,
    Provenance capexSource,
    double fuel_USD_per_MWh,
    Provenance fuelSource,
    double lcoeLow_USD_per_MWh,
    double lcoeHigh_USD_per_MWh,
    Provenance lcoeSource,
    double capexDecline_per_year,
    int costBaseYear,
    Provenance learningSource,
    double economicLife_years,
    Provenance lifeSource) {

  /** Validates ranges. */
  public Costs {
    Checks.nonNegative(capex_USD_per_kW, "capex_USD_per_kW");
    Checks.nonNegative(capexLow_USD_per_kW, "capex_low_USD_per_kW");
    Checks.nonNegative(capexHigh_USD_per_kW, "capex_high_USD_per_kW");
    if (!(capexLow_USD_per_kW <= capex_USD_per_kW && capex_USD_per_kW <= capexHigh_USD_per_kW)) {
      throw new IllegalArgumentException(
          "The capital cost range must satisfy low <= central <= high, got "
              + capexLow_USD_per_kW
              + " <= "
              + capex_USD_per_kW
              + " <= "
              + capexHigh_USD_per_kW
              + ".");
    }
    Checks.nonNegative(fixedOm_USD_per_kW_year, "fixed_om_USD_per_kW_year");
    Checks.nonNegative(variableOm_USD_per_MWh, "variable_om_USD_per_MWh");
    Checks.nonNegative(fuel_USD_per_MWh, "fuel_USD_per_MWh");
    Checks.optionalRange(lcoeLow_USD_per_MWh, lcoeHigh_USD_per_MWh, "lcoe_USD_per_MWh");
    if (!(capexDecline_per_year >= 0 && capexDecline_per_year < 1)) {
      throw new IllegalArgumentException(
          "The capex decline per year (" + capexDecline_per_year + ") must be in [0, 1).");
    }
    if (!Double.isNaN(economicLife_years) && !(economicLife_years > 0)) {
      throw new IllegalArgumentException(
          "The economic life (" + economicLife_years + " years) must be more than zero.");
    }
    Checks.required(capexSource, fuelSource, lcoeSource, learningSource, lifeSource);
  }

  /** Variable O&amp;M plus fuel. */
  public double variableCost_USD_per_MWh() {
    return variableOm_USD_per_MWh + fuel_USD_per_MWh;
  }

  /**
   * The factor that scales a capital cost from {@code costBaseYear} to {@code year}: (1 − d)^(year
   * − base) after the base year, 1 up to it (an NREL ATB-style constant annual decline).
   */
  public double declineFactor(int year) {
    int years = Math.max(0, year - costBaseYear);
    return Math.pow(1 - capexDecline_per_year, years);
  }
}
