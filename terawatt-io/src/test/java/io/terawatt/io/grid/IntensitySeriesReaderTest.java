package io.terawatt.io.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problem;
import io.terawatt.timeseries.HourlySeries;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hourly intensity CSVs are read in both layouts; bad rows are errors naming their line. */
class IntensitySeriesReaderTest {
  private static final String ELECTRICITY_MAPS_HEADER =
      "Datetime (UTC),Country,Zone Name,Zone Id,Carbon Intensity gCO₂eq/kWh (direct),"
          + "Carbon Intensity gCO₂eq/kWh (LCA),Low Carbon Percentage,Renewable Percentage,"
          + "Data Source,Data Estimated,Data Estimation Method";

  @TempDir Path tempDir;

  private Path csv(String text) throws Exception {
    Path file = tempDir.resolve("series.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private InvalidInputException reject(Path file) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> IntensitySeriesReader.read(file));
    assertThat(e).as("the series must be rejected").isNotNull();
    return e;
  }

  @Test
  void readsGenericLayout() throws Exception {
    Path file =
        csv(
            """
            time,gCO2e_per_kWh
            2024-03-01T00:00:00Z,100
            2024-03-01T01:00:00Z,200.5
            2024-03-01T02:00:00Z,300
            """);

    HourlySeries series = IntensitySeriesReader.read(file);

    assertThat(series.start()).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
    assertThat(series.values()).containsExactly(100, 200.5, 300);
    assertThat(series.unit()).isEqualTo("gCO2e_per_kWh");
  }

  @Test
  void readsGenericLayoutWithOffsetTimesAsUtc() throws Exception {
    Path file =
        csv(
            """
            time,gCO2e_per_kWh
            2024-03-01T02:00:00+02:00,100
            2024-03-01T03:00:00+02:00,200
            """);

    HourlySeries series = IntensitySeriesReader.read(file);

    assertThat(series.start()).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
    assertThat(series.hours()).isEqualTo(2);
  }

  @Test
  void readsLifeCycleColumnOfElectricityMapsLayout() throws Exception {
    Path file =
        csv(
            ELECTRICITY_MAPS_HEADER
                + "\n"
                + "2023-01-01 00:00:00,United States,Texas,US-TEX-ERCO,400,450,30,25,x,false,\n"
                + "2023-01-01 01:00:00,United States,Texas,US-TEX-ERCO,380,430,31,26,x,false,\n");

    HourlySeries series = IntensitySeriesReader.read(file);

    assertThat(series.start()).isEqualTo(Instant.parse("2023-01-01T00:00:00Z"));
    assertThat(series.values()).containsExactly(450, 430);
  }

  @Test
  void readsElectricityMapsHeaderAfterByteOrderMark() throws Exception {
    Path file =
        csv(
            "\uFEFF"
                + ELECTRICITY_MAPS_HEADER
                + "\n"
                + "2023-01-01 00:00:00,United States,Texas,US-TEX-ERCO,400,450,30,25,x,false,\n");

    assertThat(IntensitySeriesReader.read(file).values()).containsExactly(450);
  }

  @Test
  void reportsGapNegativeValueAndNonNumberTogether() throws Exception {
    Path file =
        csv(
            """
            time,gCO2e_per_kWh
            2024-03-01T00:00:00Z,100
            2024-03-01T01:00:00Z,110
            2024-03-01T03:00:00Z,130
            2024-03-01T04:00:00Z,-5
            2024-03-01T05:00:00Z,abc
            """);

    InvalidInputException e = reject(file);

    assertThat(e.problems()).allMatch(p -> p.severity() == Problem.Severity.ERROR);
    assertThat(e.problems()).allMatch(p -> p.file().equals(file.toString()));
    assertThat(e.problems()).extracting(Problem::line).containsExactly(4, 5, 6);
    assertThat(e.problems().get(0).message())
        .contains("2024-03-01T02:00:00Z")
        .contains("consecutive");
    assertThat(e.problems().get(1).value()).isEqualTo("-5");
    assertThat(e.problems().get(1).message()).contains("between 0 and 3000");
    assertThat(e.problems().get(2).message()).contains("Cannot read this row");
  }

  @Test
  void duplicateHourIsAnError() throws Exception {
    Path file =
        csv(
            """
            time,gCO2e_per_kWh
            2024-03-01T00:00:00Z,100
            2024-03-01T00:00:00Z,100
            """);

    assertThat(reject(file).problems()).singleElement().extracting(Problem::line).isEqualTo(3);
  }

  @Test
  void rowWithTooFewColumnsIsAnError() throws Exception {
    Path file =
        csv(
            """
            time,gCO2e_per_kWh
            2024-03-01T00:00:00Z
            """);

    assertThat(reject(file).problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.message()).contains("Too few columns");
            });
  }

  @Test
  void emptyFileIsAnError() throws Exception {
    assertThat(reject(csv("")).problems())
        .singleElement()
        .extracting(Problem::message)
        .asString()
        .contains("empty");
  }

  @Test
  void headerWithoutRowsIsAnError() throws Exception {
    assertThat(reject(csv("time,gCO2e_per_kWh\n")).problems())
        .singleElement()
        .extracting(Problem::message)
        .asString()
        .contains("no rows");
  }

  @Test
  void reportsAtMostTwentyProblems() throws Exception {
    StringBuilder b = new StringBuilder("time,gCO2e_per_kWh\n");
    for (int i = 0; i < 30; i++) {
      b.append("2024-03-01T00:00:00Z,-1\n");
    }

    assertThat(reject(csv(b.toString())).problems()).hasSize(20);
  }

  @Test
  void badValueRowDoesNotMakeNextRowLookLikeGap() throws Exception {
    Path file =
        csv(
            """
            time,gCO2e_per_kWh
            2024-03-01T00:00:00Z,100
            2024-03-01T01:00:00Z,-5
            2024-03-01T02:00:00Z,100
            2024-03-01T03:00:00Z,100
            """);

    assertThat(reject(file).problems()).singleElement().extracting(Problem::line).isEqualTo(3);
  }

  @Test
  void seriesStartingOffTheHourIsLocatedError() throws Exception {
    Path file =
        csv(
            """
            time,gCO2e_per_kWh
            2024-03-01T00:30:00Z,100
            2024-03-01T01:30:00Z,100
            """);

    assertThat(reject(file).problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.value()).contains("00:30");
            });
  }
}
