package io.terawatt.io.report.chart;

import io.terawatt.outlook.OutlookReport;
import io.terawatt.outlook.montecarlo.Band;
import io.terawatt.plan.OutlookStage;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Global data-centre electricity over the outlook years: the P5–P95 band, the P50 line, and the
 * median in the plan's year as a reference point.
 */
final class OutlookFanChart {
  static final String ID = "outlook-fan";

  private OutlookFanChart() {}

  static Chart of(OutlookStage o, Palette palette) {
    OutlookReport r = o.report();
    Band e = r.bands().electricity_TWh();
    double[] years = Arrays.stream(r.years()).asDoubleStream().toArray();
    String unit = "TWh";
    return new Chart(
        ID,
        ID,
        "",
        "Global data-centre electricity (" + r.scenario() + ")",
        "Global data-centre electricity, P5-P50-P95",
        Axis.value("year", ""),
        Axis.value("electricity", unit),
        List.of(
            Series.band(
                palette.name("outlook_band"),
                unit,
                palette.colour("outlook_band"),
                years,
                e.p5(),
                e.p95()),
            Series.line(
                palette.name("outlook_median"),
                unit,
                palette.colour("outlook_median"),
                years,
                e.p50()),
            Series.points(
                palette.name("outlook_reference"),
                unit,
                palette.colour("outlook_reference"),
                new double[] {o.year()},
                new double[] {o.globalElectricityP50_TWh()},
                List.of(String.valueOf(o.year())),
                true)),
        Optional.empty(),
        Optional.empty());
  }
}
