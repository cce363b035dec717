package io.terawatt.cli.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.terawatt.cli.TerawattCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleFleetCommandTest {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cl = TerawattCommand.newCommandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return new Run(cl.execute(args), out.toString(), err.toString());
  }

  /** Three zones for five days: DIRTY at 600 g, MID at 300 g, CLEAN at 50 g (the wide layout). */
  private Path intensity() throws Exception {
    StringBuilder b = new StringBuilder("datetime_utc,DIRTY,MID,CLEAN\n");
    Instant t = Instant.parse("2023-03-01T00:00:00Z");
    for (int h = 0; h < 120; h++) {
      b.append(t.plusSeconds(3600L * h)).append(",600,300,50\n");
    }
    Path f = dir.resolve("zones.csv");
    Files.writeString(f, b.toString());
    return f;
  }

  @Test
  void jobsFreeToMoveGoToTheCleanZoneAndResidentJobsStayHome() throws Exception {
    Path jobs = dir.resolve("jobs.csv");
    Files.writeString(
        jobs,
        "job_id,arrival_time,length_hours,slack_hours,power_kW,interruptible,allowed_regions,"
            + "home_region\n"
            + "free,2,3,6,10,false,,DIRTY\n"
            + "resident,4,2,6,10,false,DIRTY,DIRTY\n");
    Run r =
        run(
            "schedule",
            "fleet",
            "--intensity",
            intensity().toString(),
            "--jobs",
            jobs.toString(),
            "--from",
            "2023-03-01",
            "--days",
            "5",
            "--capacity-kW",
            "100",
            "--policy",
            "agnostic,best-window,oracle",
            "--format",
            "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("jobs").asInt()).isEqualTo(2);
    JsonNode rows = j.get("results");
    assertThat(rows).hasSize(3);
    // agnostic: (30 + 20) kWh at 600 g = 30 kg; oracle: free job moves (30 kWh at 50 g) = 13.5 kg
    assertThat(rows.get(0).get("emissions_kgCO2e").asDouble()).isEqualTo(30.0);
    assertThat(rows.get(2).get("emissions_kgCO2e").asDouble()).isEqualTo(13.5);
    assertThat(rows.get(1).get("jobs_moved").asInt()).isEqualTo(1);
    assertThat(rows.get(1).get("deadline_misses").asInt()).isZero();
  }

  @Test
  void aBadStartDateIsAUsageErrorNamingTheValue() throws Exception {
    Path jobs = dir.resolve("jobs.csv");
    Files.writeString(
        jobs,
        "job_id,arrival_time,length_hours,slack_hours,power_kW,interruptible\na,1,1,1,1,false\n");
    Run r =
        run(
            "schedule",
            "fleet",
            "--intensity",
            intensity().toString(),
            "--jobs",
            jobs.toString(),
            "--from",
            "March");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--from 'March'");
  }
}
