package io.terawatt.cli.grid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code terawatt grid evaluate-forecast} on a synthetic 60-day series. */
class GridEvaluateForecastCommandTest {
  @TempDir Path dir;

  private Path database() throws Exception {
    Path csv =
        GridCli.syntheticHourly(
            dir.resolve("syn.csv"), Instant.parse("2023-03-01T00:00:00Z"), 60 * 24);
    Path db = dir.resolve("grid.duckdb");
    GridCli imported = GridCli.run("grid", "import", csv, "--zone", "SYN", "--db", db);
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    return db;
  }

  private static GridCli evaluate(Path db, String zone, String... extra) {
    Object[] args = {
      "grid",
      "evaluate-forecast",
      "--zone",
      zone,
      "--train-from",
      "2023-03-01",
      "--train-to",
      "2023-04-10",
      "--test-from",
      "2023-04-10",
      "--test-to",
      "2023-04-30",
      "--horizon-hours",
      "24",
      "--db",
      db
    };
    Object[] all = new Object[args.length + extra.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(extra, 0, all, args.length, extra.length);
    return GridCli.run(all);
  }

  @Test
  void reportsModelAndSeasonalNaiveErrorsAsJson() throws Exception {
    GridCli run = evaluate(database(), "SYN", "--format", "json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.has("zone")).isTrue();
    assertThat(json.path("zone").asText()).isEqualTo("SYN");
    assertThat(json.path("model").asText()).isEqualTo("regression");
    for (String key : new String[] {"mape_pct", "mae_gCO2e_per_kWh", "seasonal_naive_mape_pct"}) {
      assertThat(json.path(key).isNumber()).as(key).isTrue();
      assertThat(json.path(key).asDouble()).as(key).isFinite().isPositive();
    }
    // Noise of 5 gCO2e/kWh around 300: errors of a few percent, not tens.
    assertThat(json.path("mape_pct").asDouble()).isLessThan(10.0);
    assertThat(json.path("seasonal_naive_mape_pct").asDouble()).isLessThan(15.0);
    assertThat(json.path("by_horizon").size()).isEqualTo(24);
    assertThat(json.path("issues").asInt()).isEqualTo(20 * 24 - 24 + 1);
  }

  @Test
  void printsATableOnRequest() throws Exception {
    GridCli run = evaluate(database(), "SYN", "--format", "table");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("horizon_h").contains("seasonal naive");
  }

  @Test
  void aZoneWithoutDataIsAnInputErrorThatPointsAtGridImport() throws Exception {
    GridCli run = evaluate(database(), "NOWHERE");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("grid import");
  }

  @Test
  void aBadDateIsAUsageError() throws Exception {
    GridCli run =
        GridCli.run(
            "grid",
            "evaluate-forecast",
            "--zone",
            "SYN",
            "--train-from",
            "March",
            "--train-to",
            "2023-04-10",
            "--test-from",
            "2023-04-10",
            "--test-to",
            "2023-04-30",
            "--db",
            dir.resolve("grid.duckdb"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--train-from 'March'");
  }
}
