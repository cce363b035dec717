package io.terawatt.cli.supply;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.terawatt.io.report.SvgChart;
import io.terawatt.supply.HourlyFlows;
import io.terawatt.supply.SupplyMetrics;
import io.terawatt.supply.SupplySite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes supply metrics into JSON and draws the charts of a site's year. */
final class SupplyReport {
  private SupplyReport() {}

  static void metrics(ObjectNode root, SupplyMetrics m) {
    root.put("hourly_cfe_pct", m.hourlyCfe_pct());
    root.put("annual_match_pct", m.annualMatch_pct());
    root.put("emissions_location_tCO2e", m.emissionsLocation_tCO2e());
    root.put("emissions_market_tCO2e", m.emissionsMarket_tCO2e());
    root.put("scope1_tCO2e", m.scope1_tCO2e());
    root.put("water_m3", m.water_m3());
    root.put("land_km2", m.land_km2());
    root.put("peak_grid_draw_MW", m.peakGridDraw_MW());
    root.put("max_energy_balance_error_MWh", m.maxEnergyBalanceError_MWh());
    root.put("load_MWh", m.load_MWh());
    root.put("grid_import_MWh", m.gridImport_MWh());
    root.put("grid_export_MWh", m.gridExport_MWh());
    root.put("curtailed_MWh", m.curtailed_MWh());
    root.put("unserved_MWh", m.unserved_MWh());
    root.put("total_cost_USD_per_year", m.totalCost_USD());
    root.put("capacity_cost_USD_per_year", m.capacityCost_USD());
    root.put("energy_cost_USD_per_year", m.energyCost_USD());
    root.put("grid_cost_USD_per_year", m.gridCost_USD());
    root.put("export_revenue_USD_per_year", m.exportRevenue_USD());
    root.put("unserved_cost_USD_per_year", m.unservedCost_USD());
    ObjectNode by = root.putObject("energy_by_source_MWh");
    m.energyBySource_MWh().forEach(by::put);
  }

  /** Writes week.svg (a sample week of energy by source) and mix.svg (energy by source). */
  static void charts(
      Path dir,
      SupplySite site,
      HourlyFlows f,
      SupplyMetrics m,
      Map<String, Double> capacity,
      String title)
      throws IOException {
    Files.createDirectories(dir);
    int from = 24 * 182;
    int n = Math.min(168, site.hours() - from);
    Map<String, double[]> series = new LinkedHashMap<>();
    for (int g = 0; g < site.generators().size(); g++) {
      double[] w = new double[n];
      System.arraycopy(f.generation_MW()[g], from, w, 0, n);
      series.merge(site.generators().get(g).technology(), w, SupplyReport::add);
    }
    double[] discharge = new double[n];
    for (double[] d : f.discharge_MW()) {
      for (int i = 0; i < n; i++) {
        discharge[i] += d[from + i];
      }
    }
    series.put("storage discharge", discharge);
    double[] imports = new double[n];
    System.arraycopy(f.gridImport_MW(), from, imports, 0, n);
    series.put("grid import", imports);
    double[] load = new double[n];
    for (int i = 0; i < n; i++) {
      load[i] = site.loadAt(from + i);
    }
    Files.writeString(
        dir.resolve("week.svg"),
        SvgChart.stackedArea(
            title + ": energy by source, week from day 182",
            series,
            "MW",
            new AbstractMap.SimpleEntry<>("load", load)),
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("capacity.svg"),
        SvgChart.bars(title + ": capacity", capacity, "MW"),
        StandardCharsets.UTF_8);
    Map<String, Double> energy = new LinkedHashMap<>();
    m.energyBySource_MWh().forEach((k, v) -> energy.put(k, v / 1e3));
    Files.writeString(
        dir.resolve("energy.svg"),
        SvgChart.bars(title + ": energy by source over the year", energy, "GWh"),
        StandardCharsets.UTF_8);
  }

  private static double[] add(double[] a, double[] b) {
    double[] out = a.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] += b[i];
    }
    return out;
  }
}
