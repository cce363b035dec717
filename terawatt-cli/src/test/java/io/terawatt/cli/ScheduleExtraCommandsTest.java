package io.terawatt.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code schedule elastic | route | best-window | best-location} on small synthetic inputs. */
class ScheduleExtraCommandsTest {
  @TempDir Path dir;
  private Path grid;
  private Path profile;
  private Path latency;
  private Path trace;

  /**
   * GB: 300 + 100 cos(2πh/24) (lowest at 12:00); FR: 250, DE: 400 constant (the wide layout needs
   * three zones); 60 days from 2022-01-01.
   */
  @BeforeEach
  void data() throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add("datetime_utc,GB,FR,DE");
    DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    LocalDateTime t0 = LocalDateTime.of(2022, 1, 1, 0, 0);
    for (int h = 0; h < 60 * 24; h++) {
      double gb = 300 + 100 * Math.cos(2 * Math.PI * h / 24.0);
      lines.add(f.format(t0.plusHours(h)) + String.format(Locale.ROOT, ",%.6f,250.0,400.0", gb));
    }
    grid = Files.write(dir.resolve("grid.csv"), lines, StandardCharsets.UTF_8);
    profile =
        Files.writeString(
            dir.resolve("profile.csv"), "nodes,iteration_time\n1,10\n2,5.5\n3,4\n4,3.3\n");
    latency = Files.writeString(dir.resolve("latency.csv"), "origin,GB,FR\nGB,5,20\nFR,20,5\n");
    trace =
        Files.writeString(
            dir.resolve("trace.csv"),
            "TIMESTAMP,ContextTokens,GeneratedTokens\n"
                + "2023-11-16 18:00:00.0,100,200\n"
                + "2023-11-16 18:30:00.0,100,100\n"
                + "2023-11-16 19:00:00.0,100,300\n");
  }

  private static JsonNode json(CliRun run) throws Exception {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void elasticOracleSavesAgainstTheBaselineAndFinishesByTheDeadline() throws Exception {
    JsonNode j =
        json(
            CliRun.of(
                "schedule",
                "elastic",
                "--intensity",
                grid.toString(),
                "--zone",
                "GB",
                "--profile",
                profile.toString(),
                "--work-node-hours",
                "12",
                "--arrival",
                "2022-02-01T00:00:00Z",
                "--deadline",
                "2022-02-02T00:00:00Z",
                "--policy",
                "oracle",
                "--power-per-node-kW",
                "1"));
    // The baseline runs 1 node for hours 0..11: Σ cos(2πh/24) over h = 0..11 is 1 (the other
    // terms cancel in pairs), so 12 × 300 + 100 g = 3.7 kg.
    assertThat(j.path("baseline_emissions_kgCO2e").asDouble()).isCloseTo(3.7, within(1e-5));
    assertThat(j.path("baseline_completion_h").asInt()).isEqualTo(12);
    assertThat(j.path("deadline_met").asBoolean()).isTrue();
    assertThat(j.path("savings_pct").asDouble()).isGreaterThan(20);
    assertThat(j.path("nodes_by_hour").size()).isEqualTo(24);
    for (JsonNode n : j.path("nodes_by_hour")) {
      assertThat(n.asInt()).isBetween(0, 4);
    }
  }

  @Test
  void elasticCarbonScalerTableRuns() {
    CliRun run =
        CliRun.of(
            "schedule",
            "elastic",
            "--intensity",
            grid.toString(),
            "--zone",
            "GB",
            "--profile",
            profile.toString(),
            "--work-node-hours",
            "12",
            "--arrival",
            "2022-02-01T00:00:00Z",
            "--deadline",
            "2022-02-03T00:00:00Z",
            "--format",
            "table");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("carbonscaler", "agnostic", "oracle", "emissions_kgCO2e");
  }

  @Test
  void aBadProfileExitsThreeListingEveryProblem() throws Exception {
    Path bad =
        Files.writeString(dir.resolve("bad.csv"), "nodes,iteration_time\n1,10\nzero,5\n2,-4\n");
    CliRun run =
        CliRun.of(
            "schedule",
            "elastic",
            "--intensity",
            grid.toString(),
            "--zone",
            "GB",
            "--profile",
            bad.toString(),
            "--work-node-hours",
            "12",
            "--arrival",
            "2022-02-01T00:00:00Z",
            "--deadline",
            "2022-02-02T00:00:00Z");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains("bad.csv", ":3", "zero", ":4", "-4");
  }

  @Test
  void routeSendsRequestsToTheCleanerRegionWithinTheObjective() throws Exception {
    JsonNode j =
        json(
            CliRun.of(
                "schedule",
                "route",
                "--intensity",
                grid.toString(),
                "--latency",
                latency.toString(),
                "--slo-ms",
                "50",
                "--trace",
                trace.toString(),
                "--from",
                "2022-02-01T00:00:00Z",
                "--hours",
                "24",
                "--capacity-requests-per-hour",
                "10"));
    // 3 requests per hour, 200 output tokens on average.
    assertThat(j.path("requests_per_hour").asDouble()).isCloseTo(3.0, within(1e-9));
    JsonNode casper = j.path("casper");
    JsonNode nearest = j.path("nearest");
    assertThat(casper.path("slo_violations_requests").asDouble()).isZero();
    assertThat(casper.path("served_requests").asDouble()).isCloseTo(72, within(1e-9));
    assertThat(casper.path("emissions_kgCO2e").asDouble())
        .isLessThan(nearest.path("emissions_kgCO2e").asDouble());
    assertThat(nearest.path("mean_latency_ms").asDouble()).isCloseTo(5, within(1e-9));
  }

  @Test
  void routeWithAMissingRegionExitsThree() {
    CliRun run =
        CliRun.of(
            "schedule",
            "route",
            "--intensity",
            grid.toString(),
            "--latency",
            latency.toString(),
            "--trace",
            trace.toString(),
            "--regions",
            "GB,XX");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains("zone XX");
  }

  @Test
  void bestWindowAndBestLocation() throws Exception {
    JsonNode w =
        json(
            CliRun.of(
                "schedule",
                "best-window",
                "--intensity",
                grid.toString(),
                "--zone",
                "GB",
                "--from",
                "2022-02-01T00:00:00Z",
                "--to",
                "2022-02-02T00:00:00Z",
                "--duration-hours",
                "3"));
    assertThat(w.path("start").asText()).isEqualTo("2022-02-01T11:00:00Z");
    assertThat(w.path("duration_h").asDouble()).isEqualTo(3.0);
    double expected = 300 - 100 * (1 + 2 * Math.cos(Math.PI / 12)) / 3;
    assertThat(w.path("rating_gCO2e_per_kWh").asDouble()).isCloseTo(expected, within(1e-4));

    JsonNode night =
        json(
            CliRun.of(
                "schedule",
                "best-location",
                "--intensity",
                grid.toString(),
                "--zones",
                "GB,FR",
                "--at",
                "2022-02-01T00:30:00Z"));
    JsonNode noon =
        json(
            CliRun.of(
                "schedule",
                "best-location",
                "--intensity",
                grid.toString(),
                "--zones",
                "GB,FR",
                "--at",
                "2022-02-01T12:00:00Z"));
    assertThat(night.size()).isEqualTo(1);
    assertThat(night.get(0).path("location").asText()).isEqualTo("FR");
    assertThat(noon.get(0).path("location").asText()).isEqualTo("GB");
    assertThat(noon.get(0).path("rating_gCO2e_per_kWh").asDouble()).isCloseTo(200, within(1e-4));
  }
}
