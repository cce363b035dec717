package io.terawatt.io.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problem;
import io.terawatt.timeseries.HourlySeries;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PVGIS seriescalc CSVs: :10 stamps, peak power from the header or the caller, problems. */
class PvgisHourlyReaderTest {
  private static final List<String> HEAD =
      List.of(
          "Latitude (decimal degrees):\t52.520",
          "Longitude (decimal degrees):\t13.405",
          "Elevation (m):\t40",
          "Radiation database:\tPVGIS-SARAH2",
          "",
          "",
          "Slope: 35 deg. ",
          "Azimuth: 0 deg. ",
          "Nominal power of the PV system (c-Si) (kWp):\t4.0",
          "System losses (%):\t14.0",
          "time,P,G(i),H_sun,T2m,WS10m,Int");
  private static final List<String> LEGEND =
      List.of(
          "",
          "P: PV system power (W)",
          "G(i): Global irradiance on the inclined plane (plane of the array) (W/m2)",
          "H_sun: Sun height (degree)",
          "T2m: 2-m air temperature (degree Celsius)",
          "WS10m: 10-m total wind speed (m/s)",
          "Int: 1 means solar radiation values are reconstructed",
          "",
          "PVGIS (c) European Union, 2001-2023");

  @TempDir Path dir;

  @Test
  void tenPastStampsBelongToTheirHourAndPowerIsDividedByThePeak() throws Exception {
    Path file =
        write(
            "pvgis.csv",
            HEAD,
            List.of(
                "20200101:2310,0.0,0.0,0.0,2.86,1.1,0.0",
                "20200102:0010,0.0,0.0,0.0,2.5,1.0,0.0",
                "20200102:0110,1000.0,300.5,10.2,3.1,1.2,0.0",
                "20200102:0210,4000.0,1000.0,20.0,3.2,1.2,0.0"));

    HourlySeries cf = PvgisHourlyReader.read(file);

    assertThat(cf.start()).isEqualTo(Instant.parse("2020-01-01T23:00:00Z"));
    assertThat(cf.unit()).isEqualTo("capacity_factor");
    assertThat(cf.values()).containsExactly(new double[] {0, 0, 0.25, 1.0}, within(1e-12));
  }

  @Test
  void aGivenPeakPowerWinsAndTheComponentLayoutIsRead() throws Exception {
    List<String> head = new ArrayList<>(HEAD);
    head.set(head.size() - 1, "time,P,Gb(i),Gd(i),Gr(i),H_sun,T2m,WS10m,Int");
    Path file =
        write(
            "components.csv",
            head,
            List.of(
                "20230601:1011,500.0,400,100,5,50,20,2,0",
                "20230601:1111,1000.0,800,100,5,55,21,2,0"));

    assertThat(PvgisHourlyReader.read(file, 2.0).values())
        .containsExactly(new double[] {0.25, 0.5}, within(1e-12));
  }

  @Test
  void aFileWithoutNominalPowerNeedsThePeakPower() throws Exception {
    List<String> head = new ArrayList<>(HEAD);
    head.remove(8);
    Path file = write("nopeak.csv", head, List.of("20200101:0010,0.0,0.0,0.0,2.86,1.1,0.0"));

    List<Problem> problems =
        catchThrowableOfType(InvalidInputException.class, () -> PvgisHourlyReader.read(file))
            .problems();

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("peak_power_kWp");
              assertThat(p.message()).contains("Nominal power of the PV system (c-Si) (kWp)");
            });
    assertThat(PvgisHourlyReader.read(file, 1.0).values()).containsExactly(0.0);
  }

  @Test
  void reportsEveryBrokenRowWithItsLineAndValue() throws Exception {
    // HEAD has 11 lines: data starts on line 12.
    Path file =
        write(
            "broken.csv",
            HEAD,
            List.of(
                "20200101:0010,100.0,0,0,0,0,0", // 12
                "20200101:0110,lots,0,0,0,0,0", // 13: not a number
                "20200101:0210,4500.0,0,0,0,0,0", // 14: above 4 kWp
                "20200101:0510,0.0,0,0,0,0,0", // 15: gap of 2 hours
                "20200101:0510,0.0,0,0,0,0,0", // 16: repeat
                "2020-01-01 06:10,0.0,0,0,0,0,0", // 17: wrong time format
                "20201301:0710,0.0,0,0,0,0,0", // 18: month 13
                "20200101:0810")); // 19: too few cells

    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> PvgisHourlyReader.read(file));

    assertThat(e.problems()).extracting(Problem::line).containsExactly(13, 14, 15, 16, 17, 18, 19);
    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly("P", "P", "time", "time", "time", "time", "(row)");
    assertThat(e.problems().get(0).value()).isEqualTo("lots");
    assertThat(e.problems().get(1).message()).contains("between 0 and 1");
    assertThat(e.problems().get(2).message()).contains("gap of 2 hour(s)");
    assertThat(e.problems().get(3).message()).contains("repeats");
    assertThat(e.problems().get(5).value()).isEqualTo("20201301:0710");
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(file.toString()));
  }

  @Test
  void aFileThatIsNotPvgisSaysSo() throws Exception {
    Path file = write("other.csv", List.of("datetime,power"), List.of("2020-01-01,1"));

    List<Problem> problems =
        catchThrowableOfType(InvalidInputException.class, () -> PvgisHourlyReader.read(file))
            .problems();

    assertThat(problems).extracting(Problem::path).containsExactly("header", "peak_power_kWp");
    assertThat(problems.get(0).message()).contains("PVGIS hourly");
  }

  private Path write(String name, List<String> head, List<String> rows) throws Exception {
    List<String> lines = new ArrayList<>(head);
    lines.addAll(rows);
    lines.addAll(LEGEND);
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }
}
