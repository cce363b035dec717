package io.terawatt.io.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Layouts are recognised from the file name and first line, and unknown ones are left alone. */
class GridFormatTest {
  @TempDir Path dir;

  @Test
  void recognisesEachLayoutFromItsHeader() {
    assertThat(GridFormat.detect("DE-LU_2022_hourly.csv", ElectricityMapsReaderTest.HEADER))
        .contains(GridFormat.ELECTRICITYMAPS);
    assertThat(GridFormat.detect("x.csv", "\uFEFF" + ElectricityMapsReaderTest.HEADER))
        .contains(GridFormat.ELECTRICITYMAPS);
    assertThat(GridFormat.detect("all.csv", "datetime_utc,AT,AU-NSW,AU-QLD,BE"))
        .contains(GridFormat.ELECTRICITYMAPS_WIDE);
    assertThat(GridFormat.detect("moer.csv", "point_time,value")).contains(GridFormat.WATTTIME);
    assertThat(GridFormat.detect("moer.csv", "ba,point_time,value,version"))
        .contains(GridFormat.WATTTIME);
    assertThat(GridFormat.detect("forecast.csv", "request_time,forecast_time,Caiso_North"))
        .contains(GridFormat.ISSUED_FORECASTS);
    assertThat(GridFormat.detect("p.csv", "Datetime (UTC),Datetime (Local),Price (USD/MWh)"))
        .contains(GridFormat.PRICES);
    assertThat(GridFormat.detect("mix.csv", "time,coal_MW,gas_MW,wind_MW"))
        .contains(GridFormat.PRODUCTION_MIX);
    assertThat(GridFormat.detect("actual.csv", "time,Caiso_North")).contains(GridFormat.GENERIC);
    assertThat(GridFormat.detect("data.json", "  ")).contains(GridFormat.CARBON_AWARE_SDK);
    assertThat(GridFormat.detect("data.txt", "[{\"Location\":\"x\"}]"))
        .contains(GridFormat.CARBON_AWARE_SDK);
    assertThat(GridFormat.detect("data.txt", "{\"Emissions\": ["))
        .contains(GridFormat.CARBON_AWARE_SDK);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "zonecode,2020,2021,2022",
        "Google Cloud Region,Location,Google CFE,Grid carbon intensity (gCO2eq / kWh)",
        "only-one-column"
      })
  void leavesTablesThatAreNotHourlySeriesUnrecognised(String header) {
    assertThat(GridFormat.detect("x.csv", header)).isEmpty();
  }

  @Test
  void aProductionMixWithADatetimeUtcColumnIsStillAProductionMix() {
    assertThat(GridFormat.detect("mix.csv", "datetime_utc,coal,gas,wind"))
        .contains(GridFormat.PRODUCTION_MIX);
  }

  @Test
  void parsesFormatIdsAndListsThem() {
    assertThat(GridFormat.parse("electricitymaps-wide")).contains(GridFormat.ELECTRICITYMAPS_WIDE);
    assertThat(GridFormat.parse(" Carbon-Aware-SDK ")).contains(GridFormat.CARBON_AWARE_SDK);
    assertThat(GridFormat.parse("excel")).isEmpty();
    assertThat(GridFormat.ids())
        .contains(
            "electricitymaps",
            "watttime",
            "generic",
            "production-mix",
            "prices",
            "issued-forecasts");
  }

  @Test
  void theFileReaderUsesTheDetectedLayoutOrReportsAnEmptyFile() throws Exception {
    Path wattTime =
        GridFiles.write(dir, "moer.csv", "point_time,value", "2023-06-08T00:00:00Z,900");
    Path empty = GridFiles.write(dir, "empty.csv");
    Files.writeString(empty, "");
    Path unknown = GridFiles.write(dir, "means.csv", "zonecode,2020,2021,2022", "AT,1,2,3");

    assertThat(GridFileReader.read(wattTime, ImportOptions.defaults().withZone("Z")))
        .get()
        .extracting(ParsedFile::format)
        .isEqualTo(GridFormat.WATTTIME);
    assertThat(GridFileReader.read(empty, ImportOptions.defaults()))
        .get()
        .satisfies(
            p ->
                assertThat(p.problems())
                    .singleElement()
                    .satisfies(problem -> assertThat(problem.message()).contains("empty")));
    assertThat(GridFileReader.read(unknown, ImportOptions.defaults())).isEmpty();
  }

  @Test
  void aDeclaredFormatOverridesDetection() throws Exception {
    Path file = GridFiles.write(dir, "odd.csv", "stamp,a,b", "2023-01-01T00:00:00Z,5,6");

    ParsedFile parsed =
        GridFiles.read(
            file,
            ImportOptions.defaults().withFormat(GridFormat.ELECTRICITYMAPS_WIDE).withZone("a"));

    assertThat(parsed.format()).isEqualTo(GridFormat.ELECTRICITYMAPS_WIDE);
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.allSeries().keySet()).extracting(m -> m.zone()).containsExactly("a");
  }
}
