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
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleEvaluateCommandTest {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cl = TerawattCommand.newCommandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /** Ten days of a generic intensity file: 500 g at night, 100 g from 10:00 to 15:00 UTC. */
  private Path intensity() throws Exception {
    StringBuilder b = new StringBuilder("datetime_utc,TESTZONE\n");
    Instant t = Instant.parse("2023-03-01T00:00:00Z");
    for (int h = 0; h < 240; h++) {
      int hour = h % 24;
      double g = hour >= 10 && hour < 15 ? 100 : 500;
      b.append(t.plusSeconds(3600L * h))
          .append(",")
          .append(String.format(Locale.ROOT, "%.1f", g))
          .append('\n');
    }
    Path f = dir.resolve("intensity.csv");
    Files.writeString(f, b.toString());
    return f;
  }

  private Path jobs(String body) throws Exception {
    Path f = dir.resolve("jobs.csv");
    Files.writeString(
        f, "job_id,arrival_time,length_hours,slack_hours,power_kW,interruptible\n" + body);
    return f;
  }

  @Test
  void theOracleMovesAMidnightJobIntoTheCleanMiddayHours() throws Exception {
    Path jobs = jobs("a,2023-03-02T00:00:00Z,2,24,10,false\nb,2023-03-03T00:00:00Z,1,24,5,true\n");
    Run r =
        run(
            "schedule",
            "evaluate",
            "--intensity",
            intensity().toString(),
            "--zone",
            "TESTZONE",
            "--jobs",
            jobs.toString(),
            "--policy",
            "oracle",
            "--from",
            "2023-03-01",
            "--format",
            "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    for (String key :
        new String[] {
          "policy", "jobs", "emissions_kgCO2e", "baseline_emissions_kgCO2e",
          "oracle_emissions_kgCO2e", "savings_pct", "share_of_oracle_savings_pct", "deadline_misses"
        }) {
      assertThat(j.has(key)).as(key).isTrue();
    }
    assertThat(j.get("policy").asText()).isEqualTo("oracle");
    assertThat(j.get("jobs").asInt()).isEqualTo(2);
    // baseline: 2 h × 10 kW × 500 g + 5 kWh × 500 g = 12.5 kg; oracle: at 100 g = 2.5 kg
    assertThat(j.get("baseline_emissions_kgCO2e").asDouble()).isEqualTo(12.5);
    assertThat(j.get("emissions_kgCO2e").asDouble()).isEqualTo(2.5);
    assertThat(j.get("savings_pct").asDouble()).isEqualTo(80.0);
    assertThat(j.get("share_of_oracle_savings_pct").asDouble()).isEqualTo(100.0);
    assertThat(j.get("deadline_misses").asInt()).isZero();
  }

  @Test
  void pricesGiveTheCostOfEachSchedule() throws Exception {
    // 50 USD/MWh at night, 20 USD/MWh in the clean midday hours
    StringBuilder b = new StringBuilder("Datetime (UTC),Datetime (Local),Price (USD/MWh)\n");
    Instant t = Instant.parse("2023-03-01T00:00:00Z");
    for (int h = 0; h < 240; h++) {
      String time = t.plusSeconds(3600L * h).toString().replace("T", " ").replace("Z", "+00:00");
      int hour = h % 24;
      b.append(time)
          .append(',')
          .append(time)
          .append(',')
          .append(hour >= 10 && hour < 15 ? 20 : 50)
          .append('\n');
    }
    Path prices = dir.resolve("TESTZONE_electricity_prices_2023.csv");
    Files.writeString(prices, b.toString());
    Path jobs = jobs("a,2023-03-02T00:00:00Z,2,24,1000,false\n");
    Run r =
        run(
            "schedule",
            "evaluate",
            "--intensity",
            intensity().toString(),
            "--zone",
            "TESTZONE",
            "--prices",
            prices.toString(),
            "--jobs",
            jobs.toString(),
            "--policy",
            "oracle",
            "--from",
            "2023-03-01");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    // 2 MWh at 50 USD/MWh at arrival; 2 MWh at 20 USD/MWh at midday
    assertThat(j.get("baseline_cost_USD").asDouble())
        .isCloseTo(100.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(j.get("cost_USD").asDouble())
        .isCloseTo(40.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void everyPolicyRunsAndNoneBeatsTheOracle() throws Exception {
    Path jobs = jobs("a,24,3,20,10,false\nb,50,2,30,4,true\nc,100,1,12,1,false\n");
    Run r =
        run(
            "schedule",
            "evaluate",
            "--intensity",
            intensity().toString(),
            "--zone",
            "TESTZONE",
            "--jobs",
            jobs.toString(),
            "--policy",
            "all",
            "--format",
            "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("results")).hasSize(7);
    for (JsonNode row : j.get("results")) {
      assertThat(row.get("emissions_kgCO2e").asDouble())
          .as(row.get("policy").asText())
          .isGreaterThanOrEqualTo(row.get("oracle_emissions_kgCO2e").asDouble() - 1e-9);
    }
  }

  @Test
  void aBadJobsFileExitsWithCode3AndListsEveryProblem() throws Exception {
    Path jobs = jobs("a,soon,1,24,1,false\nb,1,-1,24,1,perhaps\n");
    Run r =
        run(
            "schedule",
            "evaluate",
            "--intensity",
            intensity().toString(),
            "--zone",
            "TESTZONE",
            "--jobs",
            jobs.toString(),
            "--policy",
            "best-window");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("jobs.csv:2:2").contains("soon");
    assertThat(r.err()).contains("jobs.csv:3:3").contains("length_hours");
    assertThat(r.err()).contains("jobs.csv:3:6").contains("perhaps");
  }

  @Test
  void anUnknownZoneOrPolicyIsNamedWithTheChoices() throws Exception {
    Path jobs = jobs("a,1,1,2,1,false\n");
    Run zone =
        run(
            "schedule",
            "evaluate",
            "--intensity",
            intensity().toString(),
            "--zone",
            "NOWHERE",
            "--jobs",
            jobs.toString(),
            "--policy",
            "oracle");
    assertThat(zone.code()).isEqualTo(3);
    assertThat(zone.err()).contains("NOWHERE").contains("TESTZONE");
    Run policy =
        run(
            "schedule",
            "evaluate",
            "--intensity",
            intensity().toString(),
            "--zone",
            "TESTZONE",
            "--jobs",
            jobs.toString(),
            "--policy",
            "clairvoyant");
    assertThat(policy.code()).isEqualTo(2);
    assertThat(policy.err()).contains("clairvoyant").contains("forecast-mpc");
  }
}
