package io.terawatt.io.report;

import io.terawatt.outlook.OutlookReport;
import io.terawatt.outlook.montecarlo.Band;
import io.terawatt.outlook.sensitivity.SensitivityIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the outlook's SVG charts into a folder: fan charts of electricity (with the published
 * reference points), emissions and water, and the Sobol total indices of electricity.
 */
public final class OutlookChartWriter {
  /** Published reference points drawn on the electricity fan chart. */
  static final List<FanChart.Reference> REFERENCES =
      List.of(
          new FanChart.Reference(2024, 415, 415, "IEA 2024: 415 TWh"),
          new FanChart.Reference(2030, 945, 945, "IEA 2030 Base: 945 TWh"),
          new FanChart.Reference(2030, 833, 1008, "IEA 2030 cases: 833-1,008"),
          new FanChart.Reference(2035, 700, 1700, "IEA 2035: 700-1,700 TWh"),
          new FanChart.Reference(2028, 325, 580, "LBNL US 2028: 325-580 TWh"),
          new FanChart.Reference(2023, 176, 176, "LBNL US 2023: 176 TWh"));

  private OutlookChartWriter() {}

  /** Writes every chart of a report into {@code dir}, named by chart and scenario. */
  public static void write(Path dir, OutlookReport r) throws IOException {
    Files.createDirectories(dir);
    String name = r.scenario();
    Band e = r.bands().electricity_TWh();
    write(
        dir.resolve("electricity-fan-" + name + ".svg"),
        FanChart.render(
            "Data-centre electricity, " + name + " (" + r.bands().samples() + " samples)",
            "TWh",
            r.years(),
            e.p5(),
            e.p50(),
            e.p95(),
            REFERENCES.stream().filter(x -> x.year() >= r.years()[0]).toList()));
    Band em = r.bands().emissions_MtCO2e();
    write(
        dir.resolve("emissions-fan-" + name + ".svg"),
        FanChart.render(
            "Emissions of data-centre electricity, " + name,
            "MtCO2e",
            r.years(),
            em.p5(),
            em.p50(),
            em.p95(),
            List.of()));
    Band w = r.bands().water_km3();
    write(
        dir.resolve("water-fan-" + name + ".svg"),
        FanChart.render(
            "Water of data centres and their electricity, " + name,
            "km3",
            r.years(),
            w.p5(),
            w.p50(),
            w.p95(),
            List.of()));
    for (Map.Entry<Integer, List<SensitivityIndex>> s : r.sensitivity().entrySet()) {
      Map<String, Double> bars = new LinkedHashMap<>();
      s.getValue().stream().limit(10).forEach(x -> bars.put(x.parameter(), x.total()));
      write(
          dir.resolve("sobol-" + s.getKey() + "-" + name + ".svg"),
          SvgChart.bars(
              "Sobol total index of " + s.getKey() + " electricity, " + name, bars, "(share)"));
    }
  }

  private static void write(Path file, String svg) throws IOException {
    Files.writeString(file, svg, StandardCharsets.UTF_8);
  }
}
