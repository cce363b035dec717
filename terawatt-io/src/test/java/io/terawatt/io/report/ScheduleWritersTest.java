package io.terawatt.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.terawatt.grid.EmissionBasis;
import io.terawatt.grid.Signal;
import io.terawatt.scheduling.BatchJob;
import io.terawatt.scheduling.EvaluateRequest;
import io.terawatt.scheduling.EvaluateResult;
import io.terawatt.scheduling.FleetRequest;
import io.terawatt.scheduling.FleetResult;
import io.terawatt.scheduling.ForecastIntensityView;
import io.terawatt.scheduling.IntensityHistory;
import io.terawatt.scheduling.JobSource;
import io.terawatt.scheduling.Region;
import io.terawatt.scheduling.SchedulingService;
import io.terawatt.timeseries.HourlySeries;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The schedule writers: field names with units, undefined numbers as null or "-". */
class ScheduleWritersTest {
  private static final Instant T0 = Instant.parse("2023-03-01T00:00:00Z");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Flat 300 g in A (the oracle can save nothing), a day-and-night cycle in B. */
  private static Map<String, HourlySeries> zones() {
    double[] flat = new double[96];
    double[] cycle = new double[96];
    for (int h = 0; h < 96; h++) {
      flat[h] = 300;
      cycle[h] = h % 24 >= 10 && h % 24 < 15 ? 100 : 500;
    }
    Map<String, HourlySeries> m = new LinkedHashMap<>();
    m.put("A", new HourlySeries(T0, flat, "gCO2e/kWh"));
    m.put("B", new HourlySeries(T0, cycle, "gCO2e/kWh"));
    return m;
  }

  private static EvaluateResult evaluate(List<String> zones, List<String> policies) {
    return SchedulingService.evaluate(
        new EvaluateRequest(
            new IntensityHistory(zones(), Signal.MARGINAL, EmissionBasis.DIRECT, 2),
            Map.of(),
            zones,
            Optional.empty(),
            Optional.empty(),
            new JobSource.Listed(List.of(BatchJob.of("a", 3, 2, 20, 10, false))),
            policies,
            ForecastIntensityView.DEFAULT_MODEL,
            ForecastIntensityView.DEFAULT_TRAINING_DAYS,
            OptionalDouble.empty(),
            Region.DEFAULT_PUE));
  }

  @Test
  void oneZoneAndPolicyIsOneObjectWithAnUndefinedShareAsNull() throws Exception {
    JsonNode j =
        JSON.readTree(ScheduleEvaluateWriter.json(evaluate(List.of("A"), List.of("oracle"))));
    assertThat(j.get("policy").asText()).isEqualTo("oracle");
    assertThat(j.get("emissions_kgCO2e").asDouble()).isEqualTo(6.0);
    assertThat(j.get("share_of_oracle_savings_pct").isNull()).isTrue();
    assertThat(j.get("signal").asText()).isEqualTo("marginal");
    assertThat(j.get("basis").asText()).isEqualTo("direct");
    assertThat(j.get("forecast_model").asText()).isEqualTo("regression");
  }

  @Test
  void severalZonesGiveTheRowsAndEachPolicysMedians() throws Exception {
    EvaluateResult r = evaluate(List.of("A", "B"), List.of("agnostic", "oracle"));
    JsonNode j = JSON.readTree(ScheduleEvaluateWriter.json(r));
    assertThat(j.get("results")).hasSize(4);
    assertThat(j.get("median_by_policy").get("oracle").has("pooled_share_of_oracle_savings_pct"))
        .isTrue();
    String table = ScheduleEvaluateWriter.table(r);
    assertThat(table)
        .contains("share_of_oracle_pct")
        .contains("Signal: marginal, direct; forecasts: regression; 2 filled hours.")
        .contains("oracle over 2 zones: median savings ")
        .contains("  -  ");
  }

  @Test
  void aFleetIsWrittenWithItsSizeAndTheReferencesLine() throws Exception {
    FleetResult r =
        SchedulingService.fleet(
            new FleetRequest(
                zones(),
                Map.of(),
                List.of("A", "B"),
                T0,
                3,
                new JobSource.Listed(List.of(BatchJob.of("a", 3, 2, 20, 10, false))),
                OptionalDouble.of(50),
                FleetRequest.DEFAULT_HEADROOM,
                Region.DEFAULT_PUE,
                List.of("agnostic", "oracle")));
    JsonNode j = JSON.readTree(ScheduleFleetWriter.json(r));
    assertThat(j.get("regions").asText()).isEqualTo("A,B");
    assertThat(j.get("hours").asInt()).isEqualTo(72);
    assertThat(j.get("capacity_per_region_kW").asDouble()).isEqualTo(50);
    assertThat(j.get("results").get(1).get("policy").asText()).isEqualTo("oracle");
    assertThat(ScheduleFleetWriter.table(r))
        .contains("Baseline 6.0 kgCO2e; oracle ")
        .contains("1 jobs, 2 regions, 50.00 kW each;");
  }
}
