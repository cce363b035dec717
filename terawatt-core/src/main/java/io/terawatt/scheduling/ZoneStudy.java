package io.terawatt.scheduling;

import io.terawatt.grid.forecast.ForecastModels;
import io.terawatt.timeseries.HourlySeries;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Temporal shifting zone by zone: the same jobs evaluated under several policies on each zone's own
 * intensity, each zone a one-region problem. The use case behind {@code terawatt schedule
 * evaluate}.
 *
 * @param forecastModel forecaster of the online policies ({@link ForecastModels#names()})
 * @param horizonHours longest forecast horizon
 * @param trainingDays days before the period that forecasters learn from
 * @param capacity_kW capacity of each zone's data centre, kW (+∞ for none)
 * @param pue PUE of each zone's data centre
 */
public record ZoneStudy(
    String forecastModel, int horizonHours, int trainingDays, double capacity_kW, double pue) {

  /** Defaults: regression forecasts up to 72 h, two years of training, no capacity limit, PUE 1. */
  public static ZoneStudy defaults() {
    return new ZoneStudy(
        ForecastIntensityView.DEFAULT_MODEL,
        ForecastIntensityView.DEFAULT_HORIZON_H,
        ForecastIntensityView.DEFAULT_TRAINING_DAYS,
        Double.POSITIVE_INFINITY,
        Region.DEFAULT_PUE);
  }

  /**
   * One zone's evaluation of one policy.
   *
   * @param zone grid zone
   * @param policy the policy's name as asked for
   * @param role the part the policy plays (baseline, online or oracle)
   * @param jobs jobs inside the period
   * @param jobsOutsidePeriod jobs left out because they cannot finish inside the period
   * @param meanWait_h mean wait before a job starts, hours
   * @param evaluation the policy beside the baseline and the oracle
   */
  public record Row(
      String zone,
      String policy,
      PolicyRole role,
      int jobs,
      int jobsOutsidePeriod,
      double meanWait_h,
      PolicyEvaluation evaluation) {}

  /**
   * Evaluates {@code policies} on every zone.
   *
   * @param histories each zone's whole intensity history (gCO2e/kWh)
   * @param from first hour of the period; empty for each series' first hour
   * @param to end of the period (exclusive); empty for each series' end
   * @param jobs the jobs of a period of a given number of hours
   * @param progress told "zone i of n" as zones finish
   */
  public List<Row> run(
      List<String> zones,
      Map<String, HourlySeries> histories,
      Optional<Instant> from,
      Optional<Instant> to,
      Function<Integer, List<BatchJob>> jobs,
      List<String> policies,
      Consumer<String> progress) {
    return run(zones, histories, Map.of(), from, to, jobs, policies, progress);
  }

  /**
   * As {@link #run(List, Map, Optional, Optional, Function, List, Consumer)}, with hourly prices
   * (USD/MWh) by zone for the cost of each schedule; zones without prices cost 0.
   */
  public List<Row> run(
      List<String> zones,
      Map<String, HourlySeries> histories,
      Map<String, HourlySeries> prices,
      Optional<Instant> from,
      Optional<Instant> to,
      Function<Integer, List<BatchJob>> jobs,
      List<String> policies,
      Consumer<String> progress) {
    List<Row> rows = new ArrayList<>();
    int i = 0;
    for (String zone : zones) {
      HourlySeries s = histories.get(zone);
      if (s == null) {
        throw new IllegalArgumentException(
            "No intensity for zone " + zone + "; the zones are " + histories.keySet());
      }
      Instant start = from.orElse(s.start());
      if (start.isBefore(s.start())) {
        start = s.start();
      }
      Instant end = to.orElse(s.end());
      if (end.isAfter(s.end())) {
        end = s.end();
      }
      int hours = (int) Duration.between(start, end).toHours();
      if (hours < 1) {
        throw new IllegalArgumentException(
            "Zone "
                + zone
                + " has no data between "
                + start
                + " and "
                + end
                + " (its series runs "
                + s.start()
                + " to "
                + s.end()
                + ").");
      }
      Region region = new Region(zone, s, Optional.ofNullable(prices.get(zone)), capacity_kW, pue);
      SchedulingProblem problem =
          new SchedulingProblem(List.of(region), start, hours, jobs.apply(hours));
      ForecastIntensityView view =
          new ForecastIntensityView(
              problem, () -> ForecastModels.byName(forecastModel), horizonHours, trainingDays);
      PolicyEvaluator evaluator = new PolicyEvaluator(problem, view);
      for (String p : policies) {
        SchedulingPolicy policy = SchedulingPolicies.byName(p);
        PolicyEvaluation e = evaluator.evaluate(policy);
        rows.add(
            new Row(
                zone,
                p,
                policy.role(),
                problem.jobs().size(),
                problem.jobsOutsidePeriod(),
                e.result().meanWait_h(problem),
                e));
      }
      progress.accept("zone " + (++i) + " of " + zones.size() + " (" + zone + ")");
    }
    return rows;
  }
}
