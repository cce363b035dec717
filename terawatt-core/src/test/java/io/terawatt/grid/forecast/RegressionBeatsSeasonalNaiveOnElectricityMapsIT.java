package io.terawatt.grid.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.terawatt.timeseries.HourlySeries;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * On three years of Electricity Maps hourly life-cycle carbon intensity for twelve zones, the
 * regression forecasts better, 24 h ahead, than the same hour yesterday in at least ten zones: in
 * the validation split (fitted on 2021, scored on 2022), on which the model's definition was chosen
 * without looking at 2023, and in the test split (fitted on 2021-2022, scored on 2023). Skipped
 * without the shared data.
 */
class RegressionBeatsSeasonalNaiveOnElectricityMapsIT {
  private static final String FOLDER = "grid/electricitymaps-hourly";
  private static final List<String> ZONES =
      List.of(
          "AU-NSW",
          "BR-SP",
          "CA-ON",
          "DE-LU",
          "GB",
          "IN-WE",
          "JP-TK",
          "SG",
          "US-CAL-CISO",
          "US-MIDA-PJM",
          "US-TEX-ERCO",
          "ZA");
  private static final int[] YEARS = {2021, 2022, 2023};
  private static final int HORIZON_HOURS = 24;
  private static final Instant TRAIN_FROM = Instant.parse("2021-01-01T00:00:00Z");
  private static final Instant VALIDATION_FROM = Instant.parse("2022-01-01T00:00:00Z");
  private static final Instant TEST_FROM = Instant.parse("2023-01-01T00:00:00Z");
  private static final Instant TEST_TO = Instant.parse("2024-01-01T00:00:00Z");
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  @Test
  void regressionBeatsSameHourYesterdayAt24HoursInAtLeastTenOfTwelveZones() throws IOException {
    Optional<Path> folder = sharedFolder();
    Assumptions.assumeTrue(
        folder.isPresent(),
        "shared data absent: shared/data/" + FOLDER + " not found above the working directory");

    List<HourlySeries> zones = new ArrayList<>();
    for (String zone : ZONES) {
      zones.add(readZone(folder.get().resolve(zone), zone));
    }
    StringBuilder validation = new StringBuilder();
    int validationWins =
        scoreTable(
            zones, "train 2021, test 2022 (validation)", VALIDATION_FROM, TEST_FROM, validation);
    StringBuilder test = new StringBuilder();
    int testWins = scoreTable(zones, "train 2021-2022, test 2023", TEST_FROM, TEST_TO, test);
    test.append(timingOfOneZoneYear(zones.get(ZONES.indexOf("DE-LU"))));
    System.out.print(validation);
    System.out.print(test);

    assertThat(validationWins).as(validation.toString()).isGreaterThanOrEqualTo(10);
    assertThat(testWins).as(test.toString()).isGreaterThanOrEqualTo(10);
  }

  /**
   * Fits on {@code [TRAIN_FROM, testFrom)}, scores {@code [testFrom, testTo)} in every zone, writes
   * the table, and returns the zones where the regression beats seasonal naive 24 at 24 h.
   */
  private static int scoreTable(
      List<HourlySeries> zones,
      String split,
      Instant testFrom,
      Instant testTo,
      StringBuilder table) {
    table.append(
        String.format(
            Locale.ROOT,
            "24 h ahead MAPE %%, %s (Electricity Maps, LCA)%n"
                + "%-12s %10s %10s %10s %10s %8s %8s%n",
            split,
            "zone",
            "regression",
            "sn-24",
            "sn-168",
            "persist",
            "margin",
            "eval ms"));
    int wins = 0;
    double marginSum = 0;
    for (int i = 0; i < ZONES.size(); i++) {
      long started = System.nanoTime();
      ForecastEvaluation evaluation =
          ForecastEvaluator.evaluate(
              new RegressionForecaster(),
              zones.get(i),
              TRAIN_FROM,
              testFrom,
              testFrom,
              testTo,
              HORIZON_HOURS);
      long elapsedMs = (System.nanoTime() - started) / 1_000_000;
      double regression = evaluation.model().mapePercentAt(HORIZON_HOURS);
      double naive24 = evaluation.seasonalNaive24().mapePercentAt(HORIZON_HOURS);
      if (regression < naive24) {
        wins++;
      }
      double margin = 100 * (naive24 - regression) / naive24;
      marginSum += margin;
      table.append(
          String.format(
              Locale.ROOT,
              "%-12s %10.2f %10.2f %10.2f %10.2f %+7.1f%% %8d%n",
              ZONES.get(i),
              regression,
              naive24,
              evaluation.seasonalNaive168().mapePercentAt(HORIZON_HOURS),
              evaluation.persistence().mapePercentAt(HORIZON_HOURS),
              margin,
              elapsedMs));
    }
    table.append(
        String.format(
            Locale.ROOT,
            "regression wins %d of %d zones, mean margin %+.1f %% of the sn-24 MAPE%n",
            wins,
            ZONES.size(),
            marginSum / ZONES.size()));
    return wins;
  }

  /** Times fitting two years, and a full evaluation of 2023 at horizons 1 to 72 h. */
  private static String timingOfOneZoneYear(HourlySeries data) {
    HourlySeries training =
        new HourlySeries(data.start(), Arrays.copyOf(data.values(), 2 * 8760), data.unit());
    long started = System.nanoTime();
    new RegressionForecaster().fit(training);
    long fitMs = (System.nanoTime() - started) / 1_000_000;
    started = System.nanoTime();
    ForecastEvaluation evaluation =
        ForecastEvaluator.evaluate(
            new RegressionForecaster(), data, TRAIN_FROM, TEST_FROM, TEST_FROM, TEST_TO, 72);
    long evaluationMs = (System.nanoTime() - started) / 1_000_000;
    return String.format(
        Locale.ROOT,
        "DE-LU timing: fit on 2021-2022 (72 horizons) %d ms; evaluation of 2023, %d issues x 72"
            + " horizons, fit included, %d ms (regression mean MAPE 1-72 h %.2f %%, sn-24 %.2f %%)%n",
        fitMs,
        evaluation.issueCount(),
        evaluationMs,
        evaluation.model().meanMapePercentThrough(72),
        evaluation.seasonalNaive24().meanMapePercentThrough(72));
  }

  /** The three years of a zone as one series; fails unless the hours are consecutive. */
  private static HourlySeries readZone(Path folder, String zone) throws IOException {
    List<Double> values = new ArrayList<>();
    Instant start = null;
    for (int year : YEARS) {
      Path file = folder.resolve(zone + "_" + year + "_hourly.csv");
      try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String[] header = reader.readLine().split(",", -1);
        int lca = -1;
        for (int i = 0; i < header.length; i++) {
          if (header[i].contains("(LCA)")) {
            lca = i;
          }
        }
        assertThat(lca).as("LCA column of %s", file).isNotNegative();
        String line;
        int lineNumber = 1;
        while ((line = reader.readLine()) != null) {
          lineNumber++;
          if (line.isBlank()) {
            continue;
          }
          String[] fields = line.split(",", -1);
          Instant hour = LocalDateTime.parse(fields[0], TIMESTAMP).toInstant(ZoneOffset.UTC);
          if (start == null) {
            start = hour;
          }
          Instant expected = start.plus(Duration.ofHours(values.size()));
          assertThat(hour).as("%s line %d", file, lineNumber).isEqualTo(expected);
          values.add(Double.parseDouble(fields[lca]));
        }
      }
    }
    double[] array = new double[values.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = values.get(i);
    }
    return new HourlySeries(start, array, "gCO2e_per_kWh");
  }

  /** The folder {@code shared/data/grid/electricitymaps-hourly} above the working directory. */
  private static Optional<Path> sharedFolder() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("data").resolve(FOLDER);
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
