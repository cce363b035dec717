package io.terawatt.scheduling.elastic;

import io.terawatt.grid.forecast.ForecastModels;
import io.terawatt.scheduling.ClusterTraces;
import io.terawatt.scheduling.ForecastIntensityView;
import io.terawatt.scheduling.IntensityView;
import io.terawatt.scheduling.PolicyRole;
import io.terawatt.scheduling.Region;
import io.terawatt.scheduling.SchedulingProblem;
import io.terawatt.timeseries.HourlySeries;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The use case behind {@code terawatt schedule elastic}: one elastic job in one zone under
 * CarbonScaler (forecast-driven, re-planned every hour), the carbon-agnostic baseline and the
 * oracle.
 *
 * <p>CarbonScaler plans the remaining work at every hour from a forecast issued at that hour from
 * the hours strictly before it ({@link ForecastIntensityView}), runs that hour's share of the plan,
 * and plans again the next hour (Hanafy et al. 2023 recompute the schedule when conditions change;
 * re-planning every hour with the newest forecast is this model's reading of it).
 *
 * @param forecastModel forecaster name ({@link ForecastModels#names()})
 * @param horizonHours longest horizon asked of the forecaster (beyond it the last day repeats)
 * @param trainingDays days of history before arrival the forecaster learns from
 */
public record ElasticStudy(String forecastModel, int horizonHours, int trainingDays) {

  /**
   * Default IT power of one node, kW: 16 vCPUs at {@link ClusterTraces#WATTS_PER_VCPU} (3.76 W per
   * vCPU, the Cloud Carbon Footprint methodology's Azure maximum per vCPU, SPECpower-derived;
   * unverified against the current release). Savings in percent do not depend on it.
   */
  public static final double DEFAULT_POWER_PER_NODE_kW = 16 * ClusterTraces.WATTS_PER_VCPU / 1000.0;

  /** Policy names. */
  public static final List<String> POLICIES = ElasticPolicy.labels();

  /** Regression forecasts up to 72 h ahead, two years of training. */
  public static ElasticStudy defaults() {
    return new ElasticStudy(
        ForecastIntensityView.DEFAULT_MODEL,
        ForecastIntensityView.DEFAULT_HORIZON_H,
        ForecastIntensityView.DEFAULT_TRAINING_DAYS);
  }

  /**
   * Runs {@code policy} and the two references.
   *
   * @param zone zone name (for messages)
   * @param history the zone's intensity history, gCO2e/kWh, covering arrival until the deadline and
   *     until the baseline finishes
   * @param arrival a whole UTC hour
   * @param deadline a whole UTC hour after arrival
   * @throws IllegalArgumentException for an unknown policy, a period the data does not cover, or
   *     work that cannot finish by the deadline
   */
  public ElasticEvaluation evaluate(
      String zone,
      HourlySeries history,
      ElasticJob job,
      Instant arrival,
      Instant deadline,
      String policy) {
    PolicyRole role = ElasticPolicy.byLabel(policy).role();
    int window = (int) Duration.between(arrival, deadline).toHours();
    if (window < 1 || !Duration.between(arrival, deadline).equals(Duration.ofHours(window))) {
      throw new IllegalArgumentException(
          "The deadline " + deadline + " must be a whole number of hours after " + arrival + ".");
    }
    int offset = index(history, arrival, zone);
    double[] actual = actual(history, offset, window, zone);
    ElasticRun oracle =
        measure(
            ElasticPolicy.ORACLE,
            job,
            MarginalAllocator.plan(job, actual, job.work_nodeHours()),
            actual,
            window);
    Allocation base =
        MarginalAllocator.fixed(job.profile(), job.baselineNodes(), job.work_nodeHours());
    double[] baseActual = actual(history, offset, base.hours(), zone);
    ElasticRun baseline = measure(ElasticPolicy.AGNOSTIC, job, base, baseActual, window);
    ElasticRun run;
    String model = forecastModel;
    if (role == PolicyRole.ORACLE) {
      run = oracle;
      model = "actual";
    } else if (role == PolicyRole.BASELINE) {
      run = baseline;
      model = "none";
    } else {
      SchedulingProblem problem =
          new SchedulingProblem(
              List.of(Region.unlimited(zone, history)), arrival, window, List.of());
      IntensityView view =
          new ForecastIntensityView(
              problem, () -> ForecastModels.byName(forecastModel), horizonHours, trainingDays);
      run = measure(ElasticPolicy.CARBONSCALER, job, online(job, view, window), actual, window);
    }
    return new ElasticEvaluation(
        run, baseline, oracle, job.profile().concaveFrom(job.minNodes(), job.maxNodes()), model);
  }

  /**
   * Re-plans the remaining work every hour on the view's expectation from that hour to the deadline
   * and runs the first hour of each plan.
   */
  static Allocation online(ElasticJob job, IntensityView view, int window) {
    Allocation out = Allocation.empty(window);
    double left = job.work_nodeHours();
    double tolerance = 1e-9 * job.work_nodeHours();
    for (int h = 0; h < window && left > tolerance; h++) {
      double[] expected = view.expected(0, h, window - h);
      Allocation plan = MarginalAllocator.plan(job, expected, left);
      out.nodeHours()[h] = plan.nodeHours()[0];
      out.work_nodeHours()[h] = plan.work_nodeHours()[0];
      out.peakNodes()[h] = plan.peakNodes()[0];
      left -= plan.work_nodeHours()[0];
    }
    return out;
  }

  private static ElasticRun measure(
      ElasticPolicy policy, ElasticJob job, Allocation a, double[] actual, int window) {
    int maxNodes = 0;
    for (int n : a.peakNodes()) {
      maxNodes = Math.max(maxNodes, n);
    }
    int completion = a.completionHour();
    boolean done =
        Math.abs(a.totalWork_nodeHours() - job.work_nodeHours()) <= 1e-9 * job.work_nodeHours();
    return new ElasticRun(
        policy.label(),
        policy.role(),
        a,
        a.emissions_kgCO2e(job.powerPerNode_kW(), actual),
        a.totalNodeHours() * job.powerPerNode_kW(),
        completion,
        done && completion <= window,
        maxNodes);
  }

  private static int index(HourlySeries s, Instant at, String zone) {
    long h = Duration.between(s.start(), at).toHours();
    if (at.isBefore(s.start()) || !s.start().plus(Duration.ofHours(h)).equals(at)) {
      throw new IllegalArgumentException(
          "Arrival "
              + at
              + " is not a whole hour inside zone "
              + zone
              + "'s series, which runs "
              + s.start()
              + " to "
              + s.end()
              + ".");
    }
    return (int) h;
  }

  private static double[] actual(HourlySeries s, int offset, int hours, String zone) {
    if (offset + hours > s.hours()) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Zone %s's series ends at %s, %d hours short of the %d hours needed from arrival.",
              zone,
              s.end(),
              offset + hours - s.hours(),
              hours));
    }
    double[] out = new double[hours];
    for (int h = 0; h < hours; h++) {
      out[h] = s.valueAt(offset + h);
    }
    return out;
  }
}
