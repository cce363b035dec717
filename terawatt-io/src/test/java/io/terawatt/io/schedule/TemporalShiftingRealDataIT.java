package io.terawatt.io.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.terawatt.io.SharedData;
import io.terawatt.scheduling.JobGenerators;
import io.terawatt.scheduling.PolicyEvaluation;
import io.terawatt.scheduling.ZoneStudy;
import io.terawatt.scheduling.policy.ForecastMpcPolicy;
import io.terawatt.scheduling.policy.OraclePolicy;
import io.terawatt.timeseries.HourlySeries;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Temporal shifting on real intensity. Needs {@code ../shared/data/grid}; skipped without it. */
class TemporalShiftingRealDataIT {

  /**
   * Sukprasert, Souza, Bashir, Irwin and Shenoy, "On the Limitations of Carbon-Aware Temporal and
   * Spatial Workload Shifting in the Cloud", EuroSys 2024: a one-hour job every hour with 24 hours
   * of slack, scheduled by an oracle on 2022 Electricity Maps data of 123 zones, saves a median of
   * about 16.4 %.
   */
  @Test
  void theOracleReproducesTheEuroSys2024MedianSavingAcross123Zones() throws Exception {
    Optional<Path> file = SharedData.find("grid/electricitymaps-hourly-123zones-2022.csv");
    assumeTrue(
        file.isPresent(), "shared/data/grid/electricitymaps-hourly-123zones-2022.csv absent");
    Map<String, HourlySeries> series =
        IntensityHistoryLoader.load(
                file.get(), Optional.empty(), Optional.empty(), Optional.empty())
            .series();
    assertThat(series).hasSize(123);
    List<ZoneStudy.Row> rows =
        ZoneStudy.defaults()
            .run(
                new ArrayList<>(series.keySet()),
                series,
                Optional.empty(),
                Optional.empty(),
                hours -> JobGenerators.everyHour(hours, 1, 24, 1, false),
                List.of(OraclePolicy.NAME),
                msg -> {});
    List<Double> savings = new ArrayList<>();
    for (ZoneStudy.Row r : rows) {
      savings.add(r.evaluation().savings_pct());
      assertThat(r.evaluation().savings_pct()).isBetween(0.0, 100.0);
    }
    Collections.sort(savings);
    double median = (savings.get(61));
    assertThat(median).isCloseTo(16.4, within(0.3));
  }

  /**
   * The forecast-driven rolling-horizon policy, with regression forecasters fitted on 2021–2022,
   * reaches at least 85 % of the oracle's savings on 2023 over the 12 hourly zones (pooled: the
   * share of the savings the oracle finds in all zones together).
   */
  @Test
  void theForecastPolicyReaches85PercentOfTheOracleSavingsIn2023() throws Exception {
    Optional<Path> dir = SharedData.findDirectory("grid/electricitymaps-hourly");
    assumeTrue(dir.isPresent(), "shared/data/grid/electricitymaps-hourly absent");
    Map<String, HourlySeries> series =
        IntensityHistoryLoader.load(dir.get(), Optional.empty(), Optional.empty(), Optional.empty())
            .series();
    assertThat(series).hasSize(12);
    List<ZoneStudy.Row> rows =
        ZoneStudy.defaults()
            .run(
                new ArrayList<>(series.keySet()),
                series,
                Optional.of(Instant.parse("2023-01-01T00:00:00Z")),
                Optional.of(Instant.parse("2024-01-01T00:00:00Z")),
                hours -> JobGenerators.everyHour(hours, 1, 24, 1, false),
                List.of(ForecastMpcPolicy.NAME),
                msg -> {});
    double baseline = 0;
    double policy = 0;
    double oracle = 0;
    for (ZoneStudy.Row r : rows) {
      PolicyEvaluation e = r.evaluation();
      assertThat(e.oracleExact()).isTrue();
      assertThat(e.result().deadlineMisses()).isZero();
      assertThat(e.emissions_kgCO2e()).isGreaterThanOrEqualTo(e.oracle_kgCO2e() - 1e-9);
      baseline += e.baselineEmissions_kgCO2e();
      policy += e.emissions_kgCO2e();
      oracle += e.oracle_kgCO2e();
    }
    double share = 100 * (baseline - policy) / (baseline - oracle);
    assertThat(share).isGreaterThanOrEqualTo(85.0);
  }
}
