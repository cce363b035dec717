package io.terawatt.scheduling;

import io.terawatt.scheduling.elastic.ElasticEvaluation;
import io.terawatt.scheduling.elastic.ElasticJob;
import io.terawatt.scheduling.elastic.ElasticStudy;
import io.terawatt.scheduling.elastic.ScalingProfile;
import io.terawatt.scheduling.routing.RoutingStudy;
import io.terawatt.timeseries.HourlySeries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The scheduling use cases behind {@code terawatt schedule}: policies evaluated zone by zone
 * ({@link #evaluate}), over a fleet of regions with capacity limits ({@link #fleet}), an elastic
 * job ({@link #elastic}) and inference routing ({@link #route}). Each takes a request record and
 * returns a result record; front ends parse and format, the rules live here and below.
 */
public final class SchedulingService {
  private SchedulingService() {}

  /** Evaluates the policies on every zone, without progress messages. */
  public static EvaluateResult evaluate(EvaluateRequest request) {
    return evaluate(request, message -> {});
  }

  /**
   * Evaluates the policies on every zone.
   *
   * @param progress told "zone i of n (zone)" as zones finish, when there are several
   */
  public static EvaluateResult evaluate(EvaluateRequest request, Consumer<String> progress) {
    ZoneStudy study =
        new ZoneStudy(
            request.forecastModel(),
            ForecastIntensityView.DEFAULT_HORIZON_H,
            request.trainingDays(),
            request.capacity_kW().orElse(Double.POSITIVE_INFINITY),
            request.pue());
    boolean severalZones = request.zones().size() > 1;
    List<ZoneStudy.Row> rows =
        study.run(
            request.zones(),
            request.intensity().series(),
            request.prices_USD_per_MWh(),
            request.from(),
            request.to(),
            hours -> request.jobs().jobs(hours, List.of()),
            request.policies(),
            message -> {
              if (severalZones) {
                progress.accept(message);
              }
            });
    return new EvaluateResult(request, rows);
  }

  /** Schedules the fleet under every policy, without progress messages. */
  public static FleetResult fleet(FleetRequest request) {
    return fleet(request, message -> {});
  }

  /**
   * Schedules the fleet under every policy.
   *
   * @param progress told the size of the problem once it is built, then each policy's time
   */
  public static FleetResult fleet(FleetRequest request, Consumer<String> progress) {
    List<String> regions = request.resolvedRegions();
    int hours = request.hours();
    List<BatchJob> jobs = request.jobs().jobs(hours, regions);
    double capacity_kW =
        request
            .capacityPerRegion_kW()
            .orElseGet(
                () ->
                    FleetStudy.capacityForHeadroom_kW(
                        jobs, hours, regions.size(), request.headroom()));
    FleetStudy study =
        new FleetStudy(
            ForecastIntensityView.DEFAULT_MODEL,
            ForecastIntensityView.DEFAULT_HORIZON_H,
            ForecastIntensityView.DEFAULT_TRAINING_DAYS,
            request.pue());
    long t0 = System.nanoTime();
    SchedulingProblem problem =
        study.problem(
            regions,
            request.intensity(),
            request.prices_USD_per_MWh(),
            request.from(),
            hours,
            jobs,
            capacity_kW);
    progress.accept(
        String.format(
            Locale.ROOT,
            "%d jobs over %d regions, %d h, capacity %.4g kW per region",
            problem.jobs().size(),
            regions.size(),
            hours,
            capacity_kW));
    List<FleetStudy.Row> rows = study.run(problem, request.policies(), progress);
    double elapsed_s = (System.nanoTime() - t0) / 1e9;
    return new FleetResult(
        problem.jobs().size(),
        problem.jobsOutsidePeriod(),
        regions,
        hours,
        capacity_kW,
        elapsed_s,
        rows);
  }

  /**
   * Runs an elastic job under the policy asked for, beside the baseline and the oracle.
   *
   * @throws IllegalArgumentException for a job the profile cannot run, a period the data does not
   *     cover, or work that cannot finish by the deadline
   */
  public static ElasticResult elastic(ElasticRequest request) {
    ScalingProfile profile =
        ScalingProfile.fromMeanIterationTimes(request.profile().meanIterationTime_s());
    ElasticJob job =
        new ElasticJob(
            request.work_nodeHours(),
            request.powerPerNode_kW(),
            request.minNodes(),
            request.resolvedMaxNodes(),
            request.resolvedBaselineNodes(),
            profile);
    ElasticEvaluation evaluation =
        new ElasticStudy(
                request.forecastModel(),
                ForecastIntensityView.DEFAULT_HORIZON_H,
                request.trainingDays())
            .evaluate(
                request.zone(),
                request.intensity(),
                job,
                request.arrival(),
                request.deadline(),
                request.policy());
    return new ElasticResult(request, evaluation);
  }

  /**
   * Routes the trace's demand by the carbon-aware policy and by the nearest region.
   *
   * @throws IllegalArgumentException when no zone has both an intensity series and a latency row
   *     (and no regions are named), or a region or origin is missing from the data
   */
  public static RouteResult route(RouteRequest request) {
    List<String> regions =
        request.regions().isEmpty() ? defaultRegions(request) : request.regions();
    Map<String, Double> shares =
        request.originShares().isEmpty()
            ? RoutingStudy.equalShares(regions)
            : request.originShares();
    Instant from = request.from().orElseGet(() -> latestStart(request.intensity(), regions));
    double rate = request.requestsPerHour();
    double meanOut = request.meanOutputTokens();
    RoutingStudy.Outcome outcome =
        new RoutingStudy(request.energyPerOutputToken_J(), request.slo_ms())
            .run(
                regions,
                request.intensity(),
                request.latency(),
                shares,
                rate,
                meanOut,
                request.capacity_requestsPerHour().orElse(Double.NaN),
                from,
                request.hours());
    return new RouteResult(
        regions, shares, from, request.hours(), request.slo_ms(), rate, meanOut, outcome);
  }

  /**
   * Zones with an intensity series that are both origins and destinations of the latency matrix.
   */
  private static List<String> defaultRegions(RouteRequest request) {
    List<String> zones = new ArrayList<>();
    for (String z : request.intensity().keySet()) {
      if (request.latency().destinations().contains(z) && request.latency().origins().contains(z)) {
        zones.add(z);
      }
    }
    if (zones.isEmpty()) {
      throw new IllegalArgumentException("No zone has both an intensity series and a latency row.");
    }
    return zones;
  }

  /** The latest first hour of the regions' series: the first hour all of them cover. */
  private static Instant latestStart(Map<String, HourlySeries> intensity, List<String> regions) {
    Instant start = null;
    for (String z : regions) {
      HourlySeries s = intensity.get(z);
      if (s == null) {
        throw new IllegalArgumentException("No intensity series for region " + z + ".");
      }
      if (start == null || s.start().isAfter(start)) {
        start = s.start();
      }
    }
    return start;
  }
}
