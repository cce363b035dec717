package io.terawatt.io.report;

import io.terawatt.supply.HourlyFlows;
import io.terawatt.supply.SupplyMetrics;
import io.terawatt.supply.SupplyPlanResult;
import io.terawatt.supply.SupplySimulationResult;
import io.terawatt.supply.SupplySite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SVG charts of a site's year for {@code supply plan --charts} and {@code supply simulate
 * --charts}: {@code week.svg} (energy by source over the week from day 182), {@code capacity.svg}
 * and {@code energy.svg} (energy by source over the year).
 */
public final class SupplyChartsWriter {
  /** First hour of the sample week: day 182, mid-year. */
  private static final int WEEK_START_H = 24 * 182;

  private SupplyChartsWriter() {}

  /** Writes the charts of a plan's year into {@code dir}. */
  public static void write(Path dir, SupplyPlanResult r) throws IOException {
    write(dir, r.builtSite(), r.flows(), r.metrics(), r.capacity_MW(), r.site() + " " + r.year());
  }

  /** Writes the charts of a simulated year into {@code dir}. */
  public static void write(Path dir, SupplySimulationResult r) throws IOException {
    write(dir, r.site(), r.flows(), r.metrics(), r.capacity_MW(), r.site().name() + " " + r.year());
  }

  private static void write(
      Path dir,
      SupplySite site,
      HourlyFlows f,
      SupplyMetrics m,
      Map<String, Double> capacity,
      String title)
      throws IOException {
    Files.createDirectories(dir);
    int from = WEEK_START_H;
    int n = Math.min(168, site.hours() - from);
    Map<String, double[]> series = new LinkedHashMap<>();
    for (int g = 0; g < site.generators().size(); g++) {
      double[] w = new double[n];
      System.arraycopy(f.generation_MW()[g], from, w, 0, n);
      series.merge(site.generators().get(g).technology(), w, SupplyChartsWriter::add);
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
