package io.terawatt.cli.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code terawatt grid forecast}: JSON output from the database, and its errors. */
class GridForecastCommandTest {
  private static final Instant MAY_1 = Instant.parse("2023-05-01T00:00:00Z");
  private static final String ISSUED = "2023-05-31T00:00:00Z";

  @TempDir Path dir;

  /** A database holding 30 days of synthetic hourly data for zone SYN, May 2023. */
  private Path database() throws Exception {
    Path csv = GridCli.syntheticHourly(dir.resolve("syn.csv"), MAY_1, 30 * 24);
    Path db = dir.resolve("grid.duckdb");
    GridCli imported = GridCli.run("grid", "import", csv, "--zone", "SYN", "--db", db);
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    return db;
  }

  @Test
  void forecastsTwentyFourHoursFromTheIssueTimeAsJson() throws Exception {
    Path db = database();

    GridCli run =
        GridCli.run(
            "grid",
            "forecast",
            "--zone",
            "SYN",
            "--issued-at",
            ISSUED,
            "--horizon-hours",
            "24",
            "--format",
            "json",
            "--db",
            db);

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.path("zone").asText()).isEqualTo("SYN");
    assertThat(json.path("issued_at").asText()).isEqualTo(ISSUED);
    assertThat(json.path("signal").asText()).isEqualTo("average");
    JsonNode points = json.path("points");
    assertThat(points.size()).isEqualTo(24);
    Instant issued = Instant.parse(ISSUED);
    for (int i = 0; i < 24; i++) {
      JsonNode p = points.get(i);
      assertThat(Instant.parse(p.path("time").asText())).isEqualTo(issued.plusSeconds(3600L * i));
      assertThat(p.path("gCO2e_per_kWh").isNumber()).isTrue();
      // The synthetic series stays within 300 +- 100 (+ noise).
      assertThat(p.path("gCO2e_per_kWh").asDouble()).isBetween(150.0, 450.0);
    }
  }

  @Test
  void forecastsFromAFewWeeksOfARealElectricityMapsFile() throws Exception {
    Optional<Path> source =
        GridCli.sharedData("grid/electricitymaps-hourly/DE-LU/DE-LU_2022_hourly.csv");
    assumeTrue(source.isPresent(), "shared data absent: DE-LU_2022_hourly.csv not found");
    List<String> fiveWeeks = Files.readAllLines(source.get()).subList(0, 1 + 35 * 24);
    Path csv = dir.resolve("DE-LU_2022_hourly.csv");
    Files.write(csv, fiveWeeks);
    Path db = dir.resolve("grid.duckdb");
    assertThat(GridCli.run("grid", "import", csv, "--db", db).exitCode()).isZero();

    GridCli run =
        GridCli.run(
            "grid",
            "forecast",
            "--zone",
            "DE-LU",
            "--issued-at",
            "2022-02-05T00:00:00Z",
            "--horizon-hours",
            "24",
            "--format",
            "json",
            "--db",
            db);

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.path("basis").asText()).isEqualTo("lifecycle");
    assertThat(json.path("points").size()).isEqualTo(24);
    assertThat(json.path("points").get(0).path("time").asText()).isEqualTo("2022-02-05T00:00:00Z");
    for (JsonNode p : json.path("points")) {
      assertThat(p.path("gCO2e_per_kWh").asDouble()).isBetween(0.0, 1500.0);
    }
  }

  @Test
  void aZoneWithoutDataIsAnInputErrorThatPointsAtGridImport() throws Exception {
    Path db = database();

    GridCli run =
        GridCli.run("grid", "forecast", "--zone", "NOWHERE", "--issued-at", ISSUED, "--db", db);

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("NOWHERE").contains("grid import");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void anIssueTimeAfterTheDataEndsIsAnInputError() throws Exception {
    Path db = database();

    GridCli run =
        GridCli.run(
            "grid", "forecast", "--zone", "SYN", "--issued-at", "2023-06-03T00:00:00Z", "--db", db);

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("ends at 2023-05-31T00:00:00Z");
  }

  @Test
  void aBadIssueTimeIsAUsageError() throws Exception {
    Path db = dir.resolve("grid.duckdb");

    GridCli notATime =
        GridCli.run("grid", "forecast", "--zone", "SYN", "--issued-at", "tomorrow", "--db", db);
    GridCli notWhole =
        GridCli.run(
            "grid", "forecast", "--zone", "SYN", "--issued-at", "2023-05-31T00:30:00Z", "--db", db);
    GridCli horizon =
        GridCli.run(
            "grid",
            "forecast",
            "--zone",
            "SYN",
            "--issued-at",
            ISSUED,
            "--horizon-hours",
            "0",
            "--db",
            db);

    assertThat(notATime.exitCode()).isEqualTo(2);
    assertThat(notATime.err()).contains("--issued-at 'tomorrow'");
    assertThat(notWhole.exitCode()).isEqualTo(2);
    assertThat(notWhole.err()).contains("whole UTC hour");
    assertThat(horizon.exitCode()).isEqualTo(2);
    assertThat(horizon.err()).contains("--horizon-hours");
  }

  @Test
  void anUnknownModelIsAUsageErrorListingTheModels() throws Exception {
    GridCli run =
        GridCli.run(
            "grid",
            "forecast",
            "--zone",
            "SYN",
            "--issued-at",
            ISSUED,
            "--model",
            "oracle",
            "--db",
            dir.resolve("grid.duckdb"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("oracle").contains("seasonal-naive-24");
  }
}
