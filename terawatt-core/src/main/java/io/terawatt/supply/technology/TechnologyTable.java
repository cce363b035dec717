package io.terawatt.supply.technology;

import java.util.List;
import java.util.Locale;

/** The catalog as a Markdown table, for the CLI to print. */
public final class TechnologyTable {
  private static final List<Integer> YEARS = List.of(2025, 2030, 2050);

  private TechnologyTable() {}

  /**
   * One row per technology: kind, capital cost in 2025, 2030 and 2050 (with the 2025 range and the
   * dollar year), storage energy cost, levelised cost, life-cycle intensity, water, typical
   * capacity factor, availability years, TRL and the figure groups that are not verified.
   */
  public static String markdown(TechnologyCatalog catalog) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        "| technology | kind | capex 2025 USD/kW (range) | capex 2030 | capex 2050 | USD of"
            + " | storage energy USD/kWh 2025 | LCOE USD/MWh | life-cycle gCO2e/kWh"
            + " | water L/MWh | capacity factor | available (earliest–latest) | TRL"
            + " | unverified figure groups | secondary-source groups |\n");
    sb.append("|---|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---|---:|---|---|\n");
    for (Technology t : catalog.all()) {
      int first = YEARS.get(0);
      sb.append("| ")
          .append(t.id())
          .append(" | ")
          .append(t.dispatchability().label())
          .append(" | ")
          .append(number(t.capex_USD_per_kW(first)))
          .append(" (")
          .append(number(t.capexLow_USD_per_kW(first)))
          .append("–")
          .append(number(t.capexHigh_USD_per_kW(first)))
          .append(") | ")
          .append(number(t.capex_USD_per_kW(YEARS.get(1))))
          .append(" | ")
          .append(number(t.capex_USD_per_kW(YEARS.get(2))))
          .append(" | ")
          .append(t.costs().dollarYear())
          .append(" | ")
          .append(t.storage().isPresent() ? number(t.capexEnergy_USD_per_kWh(first)) : "–")
          .append(" | ")
          .append(range(t.costs().lcoeLow_USD_per_MWh(), t.costs().lcoeHigh_USD_per_MWh()))
          .append(" | ")
          .append(number(t.emissions().lifecycle_gCO2e_per_kWh()))
          .append(" | ")
          .append(number(t.resources().water_L_per_MWh()))
          .append(" | ")
          .append(fraction(t.resources().capacityFactor()))
          .append(" | ")
          .append(t.availability().earliestYear())
          .append("–")
          .append(t.availability().latestYear())
          .append(" | ")
          .append(t.maturity().trl())
          .append(" | ")
          .append(list(t.groups(Verification.UNVERIFIED)))
          .append(" | ")
          .append(list(t.groups(Verification.SECONDARY)))
          .append(" |\n");
    }
    sb.append(
        "\nCosts decline at each technology's documented annual rate from its cost base year;"
            + " USD are of the dollar year shown (not converted). Sources and verification status"
            + " of every figure: technology-catalog.tsv.\n");
    return sb.toString();
  }

  private static String number(double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    if (v != 0 && Math.abs(v) < 10) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    return String.format(Locale.ROOT, "%,.0f", v);
  }

  private static String range(double low, double high) {
    if (Double.isNaN(low)) {
      return "n/a";
    }
    return low == high ? number(low) : number(low) + "–" + number(high);
  }

  private static String fraction(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
  }

  private static String list(List<String> groups) {
    return groups.isEmpty() ? "–" : String.join(", ", groups);
  }
}
