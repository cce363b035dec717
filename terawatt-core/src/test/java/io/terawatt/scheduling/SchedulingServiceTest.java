package io.terawatt.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.grid.EmissionBasis;
import io.terawatt.grid.Signal;
import io.terawatt.timeseries.HourlySeries;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The scheduling use cases through their one service, on small synthetic zones. */
class SchedulingServiceTest {
  private static final Instant T0 = Instant.parse("2023-03-01T00:00:00Z");

  /** Ten days: 500 g at night, 100 g from 10:00 to 15:00 UTC (shifted by {@code offset_h}). */
  private static HourlySeries dayAndNight(int offset_h) {
    double[] g = new double[240];
    for (int h = 0; h < g.length; h++) {
      int hour = (h + offset_h) % 24;
      g[h] = hour >= 10 && hour < 15 ? 100 : 500;
    }
    return new HourlySeries(T0, g, "gCO2e/kWh");
  }

  private static Map<String, HourlySeries> zones() {
    Map<String, HourlySeries> m = new LinkedHashMap<>();
    m.put("A", dayAndNight(0));
    m.put("B", dayAndNight(6));
    return m;
  }

  private static EvaluateRequest evaluate(List<String> zones, List<String> policies) {
    return new EvaluateRequest(
        new IntensityHistory(zones(), Signal.AVERAGE, EmissionBasis.LIFECYCLE, 3),
        Map.of(),
        zones,
        Optional.of(T0.plus(Duration.ofDays(1))),
        Optional.of(T0.plus(Duration.ofDays(4))),
        new JobSource.Generated("every-hour:length=1,slack=24"),
        policies,
        ForecastIntensityView.DEFAULT_MODEL,
        ForecastIntensityView.DEFAULT_TRAINING_DAYS,
        OptionalDouble.empty(),
        Region.DEFAULT_PUE);
  }

  @Test
  void evaluateGivesOneRowPerZoneAndPolicyWithItsRoleAndEachPolicySummedOverZones() {
    List<String> progress = new ArrayList<>();
    EvaluateResult r =
        SchedulingService.evaluate(
            evaluate(List.of("A", "B"), List.of("agnostic", "best-window", "oracle")),
            progress::add);
    assertThat(r.rows())
        .extracting(ZoneStudy.Row::zone, ZoneStudy.Row::role)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("A", PolicyRole.BASELINE),
            org.assertj.core.groups.Tuple.tuple("A", PolicyRole.ONLINE),
            org.assertj.core.groups.Tuple.tuple("A", PolicyRole.ORACLE),
            org.assertj.core.groups.Tuple.tuple("B", PolicyRole.BASELINE),
            org.assertj.core.groups.Tuple.tuple("B", PolicyRole.ONLINE),
            org.assertj.core.groups.Tuple.tuple("B", PolicyRole.ORACLE));
    assertThat(r.zoneCount()).isEqualTo(2);
    assertThat(r.filledHours()).isEqualTo(3);
    assertThat(progress).hasSize(2);
    PolicySummary oracle = r.summaryByPolicy().get("oracle");
    assertThat(oracle.pooledShareOfOracleSavings_pct()).isCloseTo(100, within(1e-9));
    // the oracle runs every job in the 100 g hours; the baseline runs most at 500 g
    double a = r.rows().get(2).evaluation().savings_pct();
    double b = r.rows().get(5).evaluation().savings_pct();
    assertThat(a).isGreaterThan(50);
    assertThat(oracle.medianSavings_pct()).isCloseTo((a + b) / 2, within(1e-12));
    assertThat(r.summaryByPolicy().get("agnostic").medianSavings_pct()).isZero();
  }

  @Test
  void oneZoneIsEvaluatedWithoutProgressMessages() {
    List<String> progress = new ArrayList<>();
    EvaluateResult r =
        SchedulingService.evaluate(evaluate(List.of("A"), List.of("oracle")), progress::add);
    assertThat(r.rows()).hasSize(1);
    assertThat(progress).isEmpty();
  }

  @Test
  void anUnknownPolicyOrForecasterIsRejectedBeforeAnythingRuns() {
    assertThatThrownBy(() -> evaluate(List.of("A"), List.of("oracle", "psychic")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("psychic");
    assertThatThrownBy(() -> evaluate(List.of("A"), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static FleetRequest fleet(int days, OptionalDouble capacity_kW) {
    List<TraceJob> trace =
        List.of(new TraceJob(1, 0, 2, 16), new TraceJob(2, 5.5, 1, 8), new TraceJob(3, 30, 3, 4));
    return new FleetRequest(
        zones(),
        Map.of(),
        List.of(),
        T0.plus(Duration.ofDays(1)),
        days,
        new JobSource.Trace(trace, 24, false),
        capacity_kW,
        FleetRequest.DEFAULT_HEADROOM,
        Region.DEFAULT_PUE,
        List.of("agnostic", "oracle"));
  }

  @Test
  void aFleetUsesEveryZoneByDefaultAndSizesCapacityFromTheHeadroom() {
    List<String> progress = new ArrayList<>();
    FleetResult r = SchedulingService.fleet(fleet(2, OptionalDouble.empty()), progress::add);
    assertThat(r.regions()).containsExactly("A", "B");
    assertThat(r.hours()).isEqualTo(48);
    assertThat(r.jobs()).isEqualTo(3);
    // trace power: (16 × 2 + 8 × 1 + 4 × 3) vCPU-hours × 3.76 W = 0.19552 kWh; ×3 / 48 h / 2
    double energy_kWh = (16 * 2 + 8 + 4 * 3) * ClusterTraces.WATTS_PER_VCPU / 1000;
    assertThat(r.capacityPerRegion_kW()).isCloseTo(3 * energy_kWh / 48 / 2, within(1e-12));
    assertThat(r.rows())
        .extracting(FleetStudy.Row::role)
        .containsExactly(PolicyRole.BASELINE, PolicyRole.ORACLE);
    assertThat(progress.get(0)).startsWith("3 jobs over 2 regions, 48 h, capacity ");
    assertThat(r.references().oracle_kgCO2e())
        .isLessThanOrEqualTo(r.references().baselineEmissions_kgCO2e());
  }

  @Test
  void aFleetOfLessThanADayIsRejected() {
    assertThatThrownBy(() -> fleet(0, OptionalDouble.of(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("days 0 must be at least 1");
  }

  @Test
  void traceJobsGetTheirPowerFromTheirCpusAndTheirHomesInTurn() {
    List<BatchJob> jobs =
        ClusterTraces.batchJobs(
            List.of(new TraceJob(1, 0.5, 2, 10), new TraceJob(3, 7.9, 1, 0)),
            12,
            true,
            List.of("A", "B"));
    assertThat(jobs).extracting(BatchJob::id).containsExactly("job-1", "job-3");
    assertThat(jobs).extracting(BatchJob::arrivalHour).containsExactly(0, 7);
    assertThat(jobs).extracting(BatchJob::homeRegion).containsExactly("A", "B");
    assertThat(jobs.get(0).power_kW()).isCloseTo(10 * 3.76 / 1000, within(1e-15));
    assertThat(jobs.get(0).interruptible()).isTrue();
    assertThat(jobs.get(0).slack_h()).isEqualTo(12);
  }

  @Test
  void anElasticJobRunsUpToTheProfilesLargestNodeCountUnlessToldOtherwise() {
    HourlySeries s = dayAndNight(0);
    ElasticRequest q =
        new ElasticRequest(
            "A",
            s,
            new ScalingMeasurements(new double[] {10, 5.5, 4, 3.3}),
            6,
            T0.plus(Duration.ofDays(2)),
            T0.plus(Duration.ofDays(3)),
            "oracle",
            ElasticRequest.DEFAULT_POWER_PER_NODE_kW,
            ElasticRequest.DEFAULT_MIN_NODES,
            OptionalInt.empty(),
            OptionalInt.empty(),
            ForecastIntensityView.DEFAULT_MODEL,
            ForecastIntensityView.DEFAULT_TRAINING_DAYS);
    assertThat(q.resolvedMaxNodes()).isEqualTo(4);
    assertThat(q.resolvedBaselineNodes()).isEqualTo(1);
    ElasticResult r = SchedulingService.elastic(q);
    assertThat(r.evaluation().run().role()).isEqualTo(PolicyRole.ORACLE);
    assertThat(r.evaluation().baseline().role()).isEqualTo(PolicyRole.BASELINE);
    assertThat(r.evaluation().run().maxNodesUsed()).isLessThanOrEqualTo(4);
    // the oracle runs in the 100 g hours: 5 node-hours on one node, then the second node's
    // increments (0.818 work per node-hour) for the last unit of work; the baseline runs one node
    // for 6 h from midnight at 500 g
    double oracleNodeHours = 5 + 1 / (10 / 5.5 - 1);
    assertThat(r.evaluation().savings_pct())
        .isCloseTo(100 * (1 - oracleNodeHours * 100 / (6 * 500)), within(1e-9));
  }

  @Test
  void routingDefaultsToTheZonesWithIntensityAndLatencyInEqualSharesFromTheirCommonStart() {
    Map<String, HourlySeries> intensity = new LinkedHashMap<>(zones());
    intensity.put(
        "C", new HourlySeries(T0.plus(Duration.ofHours(5)), new double[240], "gCO2e/kWh"));
    LatencyMatrix latency =
        new LatencyMatrix(
            List.of("A", "B", "C"), List.of("A", "B"), new double[][] {{5, 20}, {20, 5}, {30, 30}});
    RouteResult r =
        SchedulingService.route(
            new RouteRequest(
                intensity,
                latency,
                new double[] {100, 300},
                0.5,
                List.of(),
                Map.of(),
                OptionalDouble.empty(),
                RouteRequest.DEFAULT_ENERGY_PER_OUTPUT_TOKEN_J,
                RouteRequest.DEFAULT_SLO_ms,
                Optional.empty(),
                4));
    assertThat(r.regions()).containsExactly("A", "B");
    assertThat(r.originShares()).containsOnlyKeys("A", "B").containsValues(0.5, 0.5);
    assertThat(r.from()).isEqualTo(T0);
    assertThat(r.requestsPerHour()).isEqualTo(4);
    assertThat(r.meanOutputTokens()).isEqualTo(200);
    assertThat(r.outcome().nearest().role()).isEqualTo(PolicyRole.BASELINE);
    assertThat(r.outcome().carbonAware().role()).isEqualTo(PolicyRole.ONLINE);
  }
}
