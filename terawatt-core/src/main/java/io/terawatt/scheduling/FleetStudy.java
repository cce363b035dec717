package io.terawatt.scheduling;

import io.terawatt.grid.forecast.ForecastModels;
import io.terawatt.timeseries.HourlySeries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A job trace over several regions with capacity limits: spatial and temporal shifting together.
 * Jobs start in their home region; policies that may move work choose among the regions each job
 * may use. The use case behind {@code terawatt schedule fleet}.
 *
 * @param forecastModel forecaster of the online policies
 * @param horizonHours longest forecast horizon
 * @param trainingDays days before the period that forecasters learn from
 * @param pue PUE of every region's data centre
 */
public record FleetStudy(String forecastModel, int horizonHours, int trainingDays, double pue) {

  /** Regression forecasts up to 72 h, two years of training, PUE 1. */
  public static FleetStudy defaults() {
    return new FleetStudy(
        ForecastIntensityView.DEFAULT_MODEL,
        ForecastIntensityView.DEFAULT_HORIZON_H,
        ForecastIntensityView.DEFAULT_TRAINING_DAYS,
        Region.DEFAULT_PUE);
  }

  /**
   * One policy's result on the fleet, with the time it took.
   *
   * @param policy the policy's name as asked for
   * @param role the part the policy plays (baseline, online or oracle)
   * @param evaluation the policy beside the baseline and the oracle
   * @param meanWait_h mean wait before a job starts, hours
   * @param jobsMoved jobs run outside their home region
   * @param elapsed_s wall time of the policy's simulation, s
   */
  public record Row(
      String policy,
      PolicyRole role,
      PolicyEvaluation evaluation,
      double meanWait_h,
      int jobsMoved,
      double elapsed_s) {}

  /**
   * The capacity per region, kW, that gives the fleet {@code headroom} times the trace's mean IT
   * load over the period, shared equally by the regions.
   */
  public static double capacityForHeadroom_kW(
      List<BatchJob> jobs, int hours, int regions, double headroom) {
    double energy = 0;
    for (BatchJob j : jobs) {
      energy += j.energy_kWh();
    }
    return headroom * energy / hours / regions;
  }

  /** Builds the problem: every region gets {@code capacity_kW} of IT capacity. */
  public SchedulingProblem problem(
      List<String> zones,
      Map<String, HourlySeries> histories,
      Instant from,
      int hours,
      List<BatchJob> jobs,
      double capacity_kW) {
    return problem(zones, histories, Map.of(), from, hours, jobs, capacity_kW);
  }

  /** As {@link #problem(List, Map, Instant, int, List, double)}, with prices (USD/MWh) by zone. */
  public SchedulingProblem problem(
      List<String> zones,
      Map<String, HourlySeries> histories,
      Map<String, HourlySeries> prices,
      Instant from,
      int hours,
      List<BatchJob> jobs,
      double capacity_kW) {
    List<Region> regions = new ArrayList<>();
    for (String z : zones) {
      HourlySeries s = histories.get(z);
      if (s == null) {
        throw new IllegalArgumentException(
            "No intensity for zone " + z + "; the zones are " + histories.keySet());
      }
      regions.add(new Region(z, s, Optional.ofNullable(prices.get(z)), capacity_kW, pue));
    }
    return new SchedulingProblem(regions, from, hours, jobs);
  }

  /** Evaluates {@code policies} on {@code problem}, telling {@code progress} as each ends. */
  public List<Row> run(
      SchedulingProblem problem, List<String> policies, Consumer<String> progress) {
    ForecastIntensityView view =
        new ForecastIntensityView(
            problem, () -> ForecastModels.byName(forecastModel), horizonHours, trainingDays);
    PolicyEvaluator evaluator = new PolicyEvaluator(problem, view);
    List<Row> rows = new ArrayList<>();
    for (String p : policies) {
      long t0 = System.nanoTime();
      SchedulingPolicy policy = SchedulingPolicies.byName(p);
      PolicyEvaluation e = evaluator.evaluate(policy);
      double s = (System.nanoTime() - t0) / 1e9;
      rows.add(
          new Row(
              p,
              policy.role(),
              e,
              e.result().meanWait_h(problem),
              e.result().jobsMoved(problem),
              s));
      progress.accept(p + " done in " + String.format(Locale.ROOT, "%.2f", s) + " s");
    }
    return rows;
  }
}
