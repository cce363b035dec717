package io.terawatt.scheduling;

import io.terawatt.grid.forecast.ForecastModels;
import io.terawatt.timeseries.HourlySeries;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What {@link SchedulingService#evaluate} needs: temporal shifting zone by zone, the same jobs
 * under several policies on each zone's own intensity, each beside the baseline and the oracle.
 *
 * @param intensity the zones' intensity histories (one signal type)
 * @param prices_USD_per_MWh hourly electricity prices by zone, for the cost of each schedule; zones
 *     without prices cost 0
 * @param zones zones to evaluate, each with a series in {@code intensity}
 * @param from first hour of the period; empty for each series' first hour
 * @param to end of the period (exclusive); empty for each series' end
 * @param jobs the jobs (a list, or a generator for the period's length)
 * @param policies policy names ({@link SchedulingPolicies#names()}, or {@code forecast-mpc:λ})
 * @param forecastModel forecaster of the online policies ({@link ForecastModels#names()})
 * @param trainingDays days before the period that forecasters learn from
 * @param capacity_kW IT capacity of each zone's data centre, kW; empty for no limit
 * @param pue PUE of each zone's data centre
 */
public record EvaluateRequest(
    IntensityHistory intensity,
    Map<String, HourlySeries> prices_USD_per_MWh,
    List<String> zones,
    Optional<Instant> from,
    Optional<Instant> to,
    JobSource jobs,
    List<String> policies,
    String forecastModel,
    int trainingDays,
    OptionalDouble capacity_kW,
    double pue) {

  /**
   * Validates what does not depend on the data: at least one policy and one zone, known policies
   * and forecaster.
   *
   * @throws IllegalArgumentException naming the first problem
   */
  public EvaluateRequest {
    zones = List.copyOf(zones);
    policies = List.copyOf(policies);
    if (policies.isEmpty()) {
      throw new IllegalArgumentException("Name at least one policy.");
    }
    SchedulingPolicies.requireKnown(policies);
    if (zones.isEmpty()) {
      throw new IllegalArgumentException("Name at least one zone.");
    }
    ForecastModels.byName(forecastModel);
    if (trainingDays < 0) {
      throw new IllegalArgumentException("trainingDays " + trainingDays + " must be >= 0.");
    }
  }

  /**
   * The instant a jobs file's hour offsets count from: {@code from}, or else the first zone's first
   * hour.
   */
  public static Instant jobsEpoch(
      IntensityHistory intensity, List<String> zones, Optional<Instant> from) {
    return from.orElseGet(() -> intensity.series().get(zones.get(0)).start());
  }
}
