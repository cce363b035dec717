package io.terawatt.scheduling.routing;

import io.terawatt.scheduling.LatencyMatrix;
import io.terawatt.timeseries.HourlySeries;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The use case behind {@code terawatt schedule route}: a request rate spread over origins, routed
 * hour by hour by the carbon-aware policy and by the nearest-region baseline.
 *
 * <p>Demand: the trace's mean rate ({@code requests / span}) is taken as a flat hourly rate for
 * every hour of the period (the Azure LLM traces cover about one hour, too short for a daily
 * pattern), and split over origins by their shares. Energy per request: the trace's mean output
 * tokens times a J per output token figure.
 *
 * @param energyPerOutputToken_J energy per generated token, J (default {@value
 *     #DEFAULT_ENERGY_PER_OUTPUT_TOKEN_J})
 * @param slo_ms latency objective, round trip, ms
 */
public record RoutingStudy(double energyPerOutputToken_J, double slo_ms) {

  /**
   * 0.1186 J per output token: Llama-3.1-8B on one H100 at batch 64, ML.ENERGY leaderboard v3
   * ({@code energy_per_token_joules}; the same point as in {@code PublishedCases.inference()}).
   */
  public static final double DEFAULT_ENERGY_PER_OUTPUT_TOKEN_J = 0.1186;

  /** Headroom of the default capacity: each region can serve this share of the total demand. */
  public static final double DEFAULT_CAPACITY_FACTOR = 2.0;

  /** The policies and the problem they solved. */
  public record Outcome(RoutingProblem problem, RoutingResult carbonAware, RoutingResult nearest) {

    /** Savings of the carbon-aware routing against the nearest-region baseline, percent. */
    public double savings_pct() {
      return 100
          * (nearest.emissions_kgCO2e() - carbonAware.emissions_kgCO2e())
          / nearest.emissions_kgCO2e();
    }

    /** Savings of {@code routing} (either of the two) against the nearest-region baseline, %. */
    public double savingsOf_pct(RoutingResult routing) {
      return 100
          * (nearest.emissions_kgCO2e() - routing.emissions_kgCO2e())
          / nearest.emissions_kgCO2e();
    }
  }

  /**
   * Routes the demand.
   *
   * @param regions regions (zones) that serve; each needs an intensity series and latency column
   * @param intensity hourly intensity by zone, gCO2e/kWh
   * @param latency round trips between zones
   * @param originShares share of the requests from each origin zone (normalised to sum 1)
   * @param requestsPerHour total request rate
   * @param meanOutputTokens mean generated tokens per request
   * @param capacity_requestsPerHour each region's capacity; {@code NaN} for {@value
   *     #DEFAULT_CAPACITY_FACTOR} × total rate ÷ regions
   * @param from first hour
   * @param hours length of the period
   */
  public Outcome run(
      List<String> regions,
      Map<String, HourlySeries> intensity,
      LatencyMatrix latency,
      Map<String, Double> originShares,
      double requestsPerHour,
      double meanOutputTokens,
      double capacity_requestsPerHour,
      Instant from,
      int hours) {
    List<String> problems = new ArrayList<>();
    double[][] ci = new double[regions.size()][hours];
    for (int r = 0; r < regions.size(); r++) {
      String z = regions.get(r);
      HourlySeries s = intensity.get(z);
      if (s == null) {
        problems.add("no intensity series for region " + z);
        continue;
      }
      long offset = Duration.between(s.start(), from).toHours();
      if (from.isBefore(s.start()) || offset + hours > s.hours()) {
        problems.add(
            "region "
                + z
                + ": series "
                + s.start()
                + " to "
                + s.end()
                + " does not cover "
                + from
                + " + "
                + hours
                + " h");
        continue;
      }
      for (int h = 0; h < hours; h++) {
        ci[r][h] = s.valueAt((int) offset + h);
      }
      if (!latency.destinations().contains(z)) {
        problems.add("region " + z + " is not a destination of the latency matrix");
      }
    }
    double shareSum = 0;
    for (Map.Entry<String, Double> e : originShares.entrySet()) {
      if (!latency.origins().contains(e.getKey())) {
        problems.add("origin " + e.getKey() + " is not an origin of the latency matrix");
      }
      if (!(e.getValue() > 0)) {
        problems.add("origin " + e.getKey() + ": share " + e.getValue() + " must be > 0");
      }
      shareSum += e.getValue();
    }
    if (originShares.isEmpty()) {
      problems.add("no origins");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems) + ".");
    }
    List<String> origins = new ArrayList<>(originShares.keySet());
    double[][] demand = new double[origins.size()][hours];
    for (int o = 0; o < origins.size(); o++) {
      java.util.Arrays.fill(
          demand[o], requestsPerHour * originShares.get(origins.get(o)) / shareSum);
    }
    double cap =
        Double.isNaN(capacity_requestsPerHour)
            ? DEFAULT_CAPACITY_FACTOR * requestsPerHour / regions.size()
            : capacity_requestsPerHour;
    double[] capacity = new double[regions.size()];
    java.util.Arrays.fill(capacity, cap);
    RoutingProblem p =
        new RoutingProblem(
            origins,
            regions,
            latency.select(origins, regions),
            slo_ms,
            capacity,
            ci,
            demand,
            meanOutputTokens * energyPerOutputToken_J / 3.6e6);
    return new Outcome(p, RequestRouter.carbonAware(p), RequestRouter.nearest(p));
  }

  /** Equal shares over these zones. */
  public static Map<String, Double> equalShares(List<String> zones) {
    Map<String, Double> m = new LinkedHashMap<>();
    zones.forEach(z -> m.put(z, 1.0 / zones.size()));
    return m;
  }
}
