package io.terawatt.io.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problem;
import io.terawatt.scheduling.BatchJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobsCsvReaderTest {
  private static final Instant START = Instant.parse("2023-01-01T00:00:00Z");

  @TempDir Path dir;

  private Path write(String text) throws Exception {
    Path f = dir.resolve("jobs.csv");
    Files.writeString(f, text);
    return f;
  }

  @Test
  void readsTimesAndHourOffsetsAndOptionalColumns() throws Exception {
    Path f =
        write(
            "job_id,arrival_time,length_hours,slack_hours,power_kW,interruptible,allowed_regions,"
                + "data_GB\n"
                + "train-1,2023-01-02T06:30:00Z,10,48,350,true,GB;DE-LU,2500\n"
                + "batch-2,5,1.5,24,2.5,false,,\n");
    List<BatchJob> jobs = JobsCsvReader.read(f, START);
    assertThat(jobs).hasSize(2);
    BatchJob a = jobs.get(0);
    assertThat(a.arrivalHour()).isEqualTo(30);
    assertThat(a.interruptible()).isTrue();
    assertThat(a.allowedRegions()).containsExactlyInAnyOrder("GB", "DE-LU");
    assertThat(a.data_GB()).isEqualTo(2500.0);
    assertThat(jobs.get(1).arrivalHour()).isEqualTo(5);
    assertThat(jobs.get(1).data_GB()).isZero();
    assertThat(jobs.get(1).length_h()).isEqualTo(1.5);
  }

  @Test
  void everyProblemIsReportedTogetherWithLineColumnFieldAndValue() throws Exception {
    Path f =
        write(
            "job_id,arrival_time,length_hours,slack_hours,power_kW,interruptible\n"
                + "a,yesterday,1,24,1,true\n"
                + "b,3,0,24,1,maybe\n"
                + "a,4,1,-2,x,false\n");
    assertThatThrownBy(() -> JobsCsvReader.read(f, START))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              List<String> lines = e.problems().stream().map(Problem::format).toList();
              assertThat(lines).hasSize(6);
              assertThat(lines)
                  .anySatisfy(
                      l ->
                          assertThat(l)
                              .contains(":2:2")
                              .contains("arrival_time")
                              .contains("yesterday"))
                  .anySatisfy(l -> assertThat(l).contains(":3:3").contains("length_hours"))
                  .anySatisfy(l -> assertThat(l).contains(":3:6").contains("maybe"))
                  .anySatisfy(l -> assertThat(l).contains(":4:1").contains("Duplicate job id"))
                  .anySatisfy(l -> assertThat(l).contains(":4:4").contains("slack_hours"))
                  .anySatisfy(l -> assertThat(l).contains(":4:5").contains("power_kW"));
            });
  }

  @Test
  void aMissingColumnNamesTheHeaderItNeeds() throws Exception {
    Path f = write("job_id,arrival_time,length_hours\nx,1,1\n");
    assertThatThrownBy(() -> JobsCsvReader.read(f, START))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::message)
                    .anySatisfy(m -> assertThat(m).contains("Missing column slack_hours")));
  }

  @Test
  void anArrivalBeforeThePeriodIsAnError() throws Exception {
    Path f =
        write(
            "job_id,arrival_time,length_hours,slack_hours,power_kW,interruptible\n"
                + "a,2022-12-31T23:00:00Z,1,1,1,false\n");
    assertThatThrownBy(() -> JobsCsvReader.read(f, START))
        .hasMessageContaining("before the simulated period");
  }
}
