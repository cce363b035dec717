package io.terawatt.io.report;

import io.terawatt.outlook.OutlookCalibrationReport;
import io.terawatt.outlook.OutlookReport;
import io.terawatt.outlook.OutlookRequest;
import io.terawatt.outlook.calibration.CalibrationRow;
import io.terawatt.outlook.montecarlo.MonteCarloResult;
import io.terawatt.outlook.sensitivity.SensitivityIndex;
import java.util.List;

/** The outlook and its calibration as text and Markdown tables. */
public final class OutlookTableWriter {
  private static final int[] SHOWN = {2024, 2025, 2026, 2028, 2030, 2035, 2040, 2045, 2050};

  private OutlookTableWriter() {}

  /** Bands for selected years, then the ten most influential parameters. */
  public static String table(OutlookReport r) {
    MonteCarloResult b = r.bands();
    TextTable t =
        new TextTable(
            List.of(
                "year",
                "electricity_TWh p5",
                "p50",
                "p95",
                "emissions_MtCO2e p50",
                "water_km3 p50",
                "cost_billion_USD p50"));
    for (int year : SHOWN) {
      int i = year - r.years()[0];
      t.row(
          List.of(
              String.valueOf(year),
              TextTable.num(b.electricity_TWh().p5()[i], 4),
              TextTable.num(b.electricity_TWh().p50()[i], 4),
              TextTable.num(b.electricity_TWh().p95()[i], 4),
              TextTable.num(b.emissions_MtCO2e().p50()[i], 4),
              TextTable.num(b.water_km3().p50()[i], 3),
              TextTable.num(b.cost_billion_USD().p50()[i], 4)));
    }
    StringBuilder s = new StringBuilder();
    s.append("scenario ")
        .append(r.scenario())
        .append(", ")
        .append(b.samples())
        .append(" samples, seed ")
        .append(b.seed())
        .append(", engine ")
        .append(r.engine())
        .append('\n');
    s.append(t.render());
    List<SensitivityIndex> sens = r.sensitivity().getOrDefault(2030, List.of());
    if (!sens.isEmpty()) {
      TextTable st = new TextTable(List.of("parameter (2030 electricity)", "total", "first"));
      sens.stream()
          .limit(10)
          .forEach(
              x ->
                  st.row(
                      List.of(
                          x.parameter(),
                          TextTable.num(x.total(), 3),
                          TextTable.num(x.firstOrder(), 3))));
      s.append('\n').append(st.render());
    }
    return s.toString();
  }

  /** The parameters, distributions and sources of a request's scenario in Markdown. */
  public static String parametersMarkdown(OutlookRequest request) {
    return parametersMarkdown(request.scenario().parameters());
  }

  /** The scenario's parameters, distributions and sources in Markdown. */
  public static String parametersMarkdown(io.terawatt.outlook.parameter.Scenario scenario) {
    StringBuilder s = new StringBuilder();
    s.append("| parameter | distribution | source |\n|---|---|---|\n");
    for (io.terawatt.outlook.parameter.OutlookParameter p :
        io.terawatt.outlook.parameter.OutlookParameter.values()) {
      s.append("| `")
          .append(p.key())
          .append("` | ")
          .append(scenario.distribution(p).describe())
          .append(" | ")
          .append(scenario.source(p).replace("|", "/"))
          .append(" |\n");
    }
    return s.toString();
  }

  /** The calibration table of a report in Markdown (the block shown in docs/outlook.md). */
  public static String calibrationMarkdown(OutlookCalibrationReport report) {
    return calibrationMarkdown(report.rows());
  }

  /** The calibration table in Markdown (the block shown in docs/outlook.md). */
  public static String calibrationMarkdown(List<CalibrationRow> rows) {
    StringBuilder s = new StringBuilder();
    s.append("| quantity | reference | source | model | accepted | kind | result |\n");
    s.append("|---|---|---|---|---|---|---|\n");
    for (CalibrationRow r : rows) {
      s.append("| ")
          .append(r.quantity())
          .append(" | ")
          .append(r.reference())
          .append(" | ")
          .append(r.source())
          .append(" | ")
          .append(TextTable.num(r.model(), 4))
          .append(" | ")
          .append(TextTable.num(r.low(), 4))
          .append(" to ")
          .append(Double.isInfinite(r.high()) ? "-" : TextTable.num(r.high(), 4))
          .append(" | ")
          .append(r.check() ? "check" : "comparison")
          .append(" | ")
          .append(r.within() ? "within" : (r.check() ? "FAIL" : "outside"))
          .append(" |\n");
    }
    return s.toString();
  }
}
