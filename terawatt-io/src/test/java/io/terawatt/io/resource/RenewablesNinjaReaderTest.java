package io.terawatt.io.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problem;
import io.terawatt.timeseries.HourlySeries;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** renewables.ninja point CSVs: both header layouts, capacity, and every problem at once. */
class RenewablesNinjaReaderTest {
  private static final String TITLE =
      "# Renewables.ninja PV Point API output - (52.52, 13.405) - Version: 1.1 (2017-07-11) -"
          + " License: https://creativecommons.org/licenses/by-nc/4.0/";

  @TempDir Path dir;

  @Test
  void readsTheLayoutWithLocalTime() throws Exception {
    Path file =
        write(
            "ninja_pv.csv",
            TITLE,
            "# {\"units\": {\"time\": \"UTC\", \"local_time\": \"Europe/Berlin\", \"electricity\":"
                + " \"kW\"}, \"params\": {\"lat\": 52.52, \"lon\": 13.405, \"capacity\": 1.0,"
                + " \"system_loss\": 0.1, \"tracking\": 0, \"tilt\": 35, \"azim\": 180}}",
            "time,local_time,electricity,irradiance_direct,irradiance_diffuse,temperature",
            "2019-06-01 10:00,2019-06-01 12:00,0.512,0.6,0.1,20.5",
            "2019-06-01 11:00,2019-06-01 13:00,0.634,0.7,0.1,21.0",
            "2019-06-01 12:00,2019-06-01 14:00,0.0,0.0,0.0,21.2");

    HourlySeries cf = RenewablesNinjaReader.read(file);

    assertThat(cf.start()).isEqualTo(Instant.parse("2019-06-01T10:00:00Z"));
    assertThat(cf.unit()).isEqualTo("capacity_factor");
    assertThat(cf.values()).containsExactly(0.512, 0.634, 0.0);
  }

  @Test
  void readsTheLayoutWithoutLocalTimeAndDividesByTheMetadataCapacity() throws Exception {
    Path file =
        write(
            "ninja_wind.csv",
            "# Renewables.ninja Wind Point API output",
            "# {\"params\": {\"capacity\": 2000, \"height\": 100, \"turbine\": \"Vestas V90 2000\"}}",
            "",
            "time,electricity",
            "2019-01-01T00:00:00Z,1500",
            "2019-01-01T01:00:00Z,2000",
            "2019-01-01T02:00:00Z,0");

    HourlySeries cf = RenewablesNinjaReader.read(file);

    assertThat(cf.start()).isEqualTo(Instant.parse("2019-01-01T00:00:00Z"));
    assertThat(cf.values()).containsExactly(new double[] {0.75, 1.0, 0.0}, within(1e-12));
  }

  @Test
  void anExplicitCapacityWinsOverTheMetadataAndNoMetadataMeansOneKilowatt() throws Exception {
    Path withMetadata =
        write(
            "a.csv",
            "# {\"params\": {\"capacity\": 1.0}}",
            "time,electricity",
            "2019-01-01 00:00,2.5");
    Path without = write("b.csv", "time,electricity", "2019-01-01 00:00,0.25");

    assertThat(RenewablesNinjaReader.read(withMetadata, 5).values()).containsExactly(0.5);
    assertThat(RenewablesNinjaReader.read(without).values()).containsExactly(0.25);
    assertThatThrownBy(() -> RenewablesNinjaReader.read(without, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1.0 kW");
  }

  @Test
  void reportsEveryBrokenRowWithItsLineAndValue() throws Exception {
    Path file =
        write(
            "broken.csv",
            TITLE,
            "time,local_time,electricity",
            "2019-01-01 00:00,2019-01-01 01:00,0.1", // line 3
            "2019-01-01 01:30,2019-01-01 02:30,0.1", // line 4: not a whole hour
            "2019-01-01 02:00,2019-01-01 03:00,abc", // line 5: not a number
            "2019-01-01 03:00,2019-01-01 04:00,1.7", // line 6: above capacity
            "2019-01-01 04:00,2019-01-01 05:00,-0.2", // line 7: negative
            "2019-01-01 07:00,2019-01-01 08:00,0.3", // line 8: gap of 2 hours
            "2019-01-01 07:00,2019-01-01 08:00,0.3", // line 9: repeat
            "yesterday,x,0.1", // line 10: unreadable time
            "2019-01-01 08:00"); // line 11: too few cells

    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> RenewablesNinjaReader.read(file));

    List<Problem> problems = e.problems();
    assertThat(problems).extracting(Problem::line).containsExactly(4, 5, 6, 7, 8, 9, 10, 11);
    assertThat(problems).allSatisfy(p -> assertThat(p.file()).isEqualTo(file.toString()));
    assertThat(problems)
        .extracting(Problem::path)
        .containsExactly(
            "time", "electricity", "electricity", "electricity", "time", "time", "time", "(row)");
    assertThat(problems.get(0).message()).contains("whole hour");
    assertThat(problems.get(1).value()).isEqualTo("abc");
    assertThat(problems.get(2).message()).contains("between 0 and 1");
    assertThat(problems.get(4).message()).contains("gap of 2 hour(s)");
    assertThat(problems.get(5).message()).contains("repeats");
    assertThat(e.getMessage()).contains(file + ":6: error: electricity = '1.7'");
  }

  @Test
  void aFileWithoutTheExpectedHeaderOrRowsIsRejected() throws Exception {
    Path wrongHeader = write("wrong.csv", "# comment", "datetime,power", "2019-01-01 00:00,1");
    Path onlyComments = write("comments.csv", "# nothing here");
    Path noRows = write("norows.csv", "time,electricity");

    assertThat(problemsOf(wrongHeader))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.path()).isEqualTo("header");
              assertThat(p.message()).contains("time,local_time,electricity");
            });
    assertThat(problemsOf(onlyComments))
        .singleElement()
        .extracting(Problem::path)
        .isEqualTo("header");
    assertThat(problemsOf(noRows))
        .singleElement()
        .extracting(Problem::message)
        .asString()
        .contains("no hourly rows");
  }

  @Test
  void aBadMetadataCapacityIsReported() throws Exception {
    Path file =
        write(
            "cap.csv",
            "# {\"params\": {\"capacity\": 0}}",
            "time,electricity",
            "2019-01-01 00:00,0.1");

    assertThat(problemsOf(file))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(1);
              assertThat(p.path()).isEqualTo("params.capacity");
            });
  }

  private List<Problem> problemsOf(Path file) {
    return catchThrowableOfType(InvalidInputException.class, () -> RenewablesNinjaReader.read(file))
        .problems();
  }

  private Path write(String name, String... lines) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }
}
