package io.terawatt.outlook.calibration;

import io.terawatt.outlook.montecarlo.MonteCarlo;
import io.terawatt.outlook.montecarlo.MonteCarloResult;
import io.terawatt.outlook.montecarlo.Percentiles;
import io.terawatt.outlook.montecarlo.ProgressListener;
import io.terawatt.outlook.parameter.OutlookParameter;
import io.terawatt.outlook.parameter.Scenario;
import io.terawatt.outlook.projection.Projection;
import io.terawatt.outlook.projection.ProjectionDetail;
import io.terawatt.outlook.projection.Region;
import io.terawatt.outlook.projection.Years;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares the outlook with its published anchors.
 *
 * <p>Checks (fail the command when out of band):
 *
 * <ul>
 *   <li>World data-centre electricity 2024: IEA Energy and AI (2025) ~415 TWh, within 5 %.
 *   <li>US data-centre electricity 2023: LBNL 2024 report 176 TWh, within 5 % (the 2024 US baseline
 *       over the 2023→2024 growth ratio).
 *   <li>World 2030 P50 inside IEA's 2030 scenario range 833–1,008 TWh (IEA 2026 update: Headwinds
 *       833, Lift-Off 1,008; Base ~945–950).
 *   <li>World 2035 P50 inside IEA's 2035 range ~700–1,700 TWh (Headwinds to Lift-Off).
 *   <li>US 2028 P50 inside LBNL's 2028 range 325–580 TWh.
 * </ul>
 *
 * Comparisons (reported, not checked): IEA 2030 Base 945 TWh; the median draw's 2024–2030 growth
 * against IEA's ~15 %/yr; Epoch AI's 4–5×/yr training compute and ~1.5×/yr hardware efficiency used
 * as inputs.
 */
public final class OutlookCalibration {
  /** Relative tolerance of the baseline checks: 5 %. */
  public static final double BASELINE_TOLERANCE = 0.05;

  private OutlookCalibration() {}

  /** The calibration rows for a scenario, from a Monte Carlo of {@code samples} samples. */
  public static List<CalibrationRow> run(Scenario scenario, int samples, long seed, int threads) {
    double[] world2024 = new double[samples];
    double[] us2023 = new double[samples];
    double[] us2028 = new double[samples];
    double[] u = new double[OutlookParameter.values().length];
    double[] p = new double[u.length];
    for (int i = 0; i < samples; i++) {
      MonteCarlo.uniforms(seed, i, u);
      scenario.quantiles(u, p);
      world2024[i] =
          p[OutlookParameter.US_DATACENTRE_2024_TWH.ordinal()]
              + p[OutlookParameter.CHINA_DATACENTRE_2024_TWH.ordinal()]
              + p[OutlookParameter.EUROPE_DATACENTRE_2024_TWH.ordinal()]
              + p[OutlookParameter.REST_OF_WORLD_DATACENTRE_2024_TWH.ordinal()];
      us2023[i] =
          p[OutlookParameter.US_DATACENTRE_2024_TWH.ordinal()]
              / p[OutlookParameter.US_GROWTH_2023_TO_2024_RATIO.ordinal()];
      ProjectionDetail d =
          Projection.projectInDetail(new io.terawatt.outlook.parameter.ParameterDraw(p.clone()));
      us2028[i] = d.electricityByRegion_TWh().get(Region.US)[Years.index(2028)];
    }
    MonteCarloResult mc = MonteCarlo.run(scenario, samples, seed, threads, ProgressListener.NONE);
    double[] p50 = mc.electricity_TWh().p50();
    double w24 = median(world2024);
    double u23 = median(us2023);
    double u28 = median(us2028);
    ProjectionDetail central = Projection.projectInDetail(scenario.medianDraw());
    double[] e = central.outlook().electricity_TWh();
    double growth = Math.pow(e[Years.index(2030)] / e[0], 1.0 / 6) - 1;

    List<CalibrationRow> rows = new ArrayList<>();
    rows.add(
        new CalibrationRow(
            "world data-centre electricity 2024 (TWh)",
            "415",
            "IEA Energy and AI 2025",
            w24,
            415 * (1 - BASELINE_TOLERANCE),
            415 * (1 + BASELINE_TOLERANCE),
            true));
    rows.add(
        new CalibrationRow(
            "US data-centre electricity 2023 (TWh)",
            "176",
            "LBNL 2024 report",
            u23,
            176 * (1 - BASELINE_TOLERANCE),
            176 * (1 + BASELINE_TOLERANCE),
            true));
    rows.add(
        new CalibrationRow(
            "world 2030 P50 (TWh)",
            "833-1,008 (Base ~945)",
            "IEA Energy and AI 2025; Key Questions 2026",
            p50[Years.index(2030)],
            833,
            1008,
            true));
    rows.add(
        new CalibrationRow(
            "world 2035 P50 (TWh)",
            "700-1,700 (Base ~1,200)",
            "IEA Energy and AI 2025",
            p50[Years.index(2035)],
            700,
            1700,
            true));
    rows.add(
        new CalibrationRow(
            "US 2028 P50 (TWh)", "325-580", "LBNL 2024 report", u28, 325, 580, true));
    rows.add(
        new CalibrationRow(
            "world 2030 P5-P95 width (TWh)",
            "IEA cases 833-1,008",
            "IEA Key Questions on Energy and AI 2026",
            mc.electricity_TWh().p95()[Years.index(2030)]
                - mc.electricity_TWh().p5()[Years.index(2030)],
            175,
            Double.POSITIVE_INFINITY,
            false));
    rows.add(
        new CalibrationRow(
            "central growth 2024-2030 (%/yr)",
            "~15", "IEA Energy and AI 2025", 100 * growth, 10, 20, false));
    rows.add(
        new CalibrationRow(
            "training compute growth 2024, median input (x/yr)",
            "4-5 (4.7, CI 4.3-5.2)",
            "Epoch AI",
            scenario.distribution(OutlookParameter.TRAINING_COMPUTE_GROWTH_2024_PER_YEAR).median(),
            4.0,
            5.2,
            false));
    rows.add(
        new CalibrationRow(
            "hardware FLOP/J gain 2024, median input (x/yr)",
            "1.26-1.5 (doubling 1.7-3 yr)",
            "Epoch AI",
            Math.pow(
                2,
                1
                    / scenario
                        .distribution(OutlookParameter.HARDWARE_EFFICIENCY_DOUBLING_YEARS)
                        .median()),
            Math.pow(2, 1 / 3.0),
            1.5,
            false));
    return rows;
  }

  /** Whether any check failed. */
  public static boolean anyFailed(List<CalibrationRow> rows) {
    return rows.stream().anyMatch(CalibrationRow::failed);
  }

  private static double median(double[] a) {
    double[] c = a.clone();
    return Percentiles.select(c, Percentiles.rank(0.5, c.length));
  }
}
