package io.terawatt.cli.outlook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.terawatt.cli.ExitCodes;
import io.terawatt.cli.TerawattCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class OutlookCommandTest {

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = TerawattCommand.newCommandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return new Run(cl.execute(args), out.toString(), err.toString());
  }

  @Test
  void defaultRunPrintsTheDocumentedJsonKeys() throws Exception {
    Run r = run("outlook", "--samples", "2000", "--sobol-samples", "128", "--seed", "3");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("years")).hasSize(27);
    assertThat(json.get("years").get(0).asInt()).isEqualTo(2024);
    assertThat(json.get("years").get(26).asInt()).isEqualTo(2050);
    for (String key : new String[] {"electricity_TWh", "emissions_MtCO2e", "water_km3"}) {
      for (String p : new String[] {"p5", "p50", "p95"}) {
        assertThat(json.get(key).get(p)).as(key + "." + p).hasSize(27);
      }
    }
    JsonNode s = json.get("sensitivity");
    assertThat(s.size()).isGreaterThan(5);
    assertThat(s.get(0).has("parameter")).isTrue();
    for (int i = 1; i < s.size(); i++) {
      assertThat(s.get(i).get("index").asDouble())
          .isLessThanOrEqualTo(s.get(i - 1).get("index").asDouble());
    }
    assertThat(json.get("electricity_TWh").get("p50").get(0).asDouble()).isBetween(394.0, 436.0);
  }

  @Test
  void sameSeedSameNumbersAndThreadsDoNotMatter() {
    Run a = run("outlook", "--samples", "3000", "--sobol-samples", "0", "--threads", "1");
    Run b = run("outlook", "--samples", "3000", "--sobol-samples", "0", "--threads", "2");
    assertThat(strip(a.out())).isEqualTo(strip(b.out()));
  }

  private static String strip(String json) {
    return json.replaceAll("\"sampling_time_s\" : [0-9.eE-]+", "");
  }

  @Test
  void anInvalidScenarioExitsThreeWithAllProblems(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.yaml");
    Files.writeString(
        f,
        "name: bad\nparameters:\n  pue_2024: {distribution: fixed, value: x, source: s}\n"
            + "  nope_TWh: {distribution: fixed, value: 1, source: s}\n",
        StandardCharsets.UTF_8);
    Run r = run("outlook", f.toString(), "--samples", "10");
    assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err()).contains("bad.yaml:3:").contains("parameters.pue_2024.value");
    assertThat(r.err()).contains("bad.yaml:4:").contains("nope_TWh");
  }

  @Test
  void theExampleScenarioRunsAsATable() {
    Path example =
        io.terawatt.cli.outlook.OutlookDocInSyncTest.root()
            .resolve("examples/outlook/high-rebound-fast-fusion.yaml");
    Run r =
        run(
            "outlook",
            example.toString(),
            "--samples",
            "1000",
            "--sobol-samples",
            "0",
            "--format",
            "table");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("scenario high-rebound-fast-fusion").contains("2050");
  }

  @Test
  void unknownScenarioAndEngineAreUsageErrors() {
    assertThat(run("outlook", "no-such-thing").code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("outlook", "--engine", "hadoop", "--samples", "5").code())
        .isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void calibrationOfTheDefaultPassesAndAWrongBaselineFails(@TempDir Path dir) throws Exception {
    Run ok = run("outlook", "calibrate", "--samples", "3000");
    assertThat(ok.code()).as(ok.out() + ok.err()).isEqualTo(ExitCodes.OK);
    assertThat(ok.out()).contains("| world data-centre electricity 2024 (TWh) | 415 |");
    Path f = dir.resolve("low.yaml");
    Files.writeString(
        f,
        "name: low\nparameters:\n  us_datacentre_2024_TWh: {distribution: fixed, value: 100,"
            + " source: test}\n",
        StandardCharsets.UTF_8);
    Run bad = run("outlook", "calibrate", f.toString(), "--samples", "1000");
    assertThat(bad.code()).isEqualTo(ExitCodes.CHECK_FAILED);
    assertThat(bad.out()).contains("FAIL");
  }

  @Test
  void chartsAreWritten(@TempDir Path dir) throws Exception {
    Run r = run("outlook", "--samples", "500", "--sobol-samples", "64", "--charts", dir.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
    String fan = Files.readString(dir.resolve("electricity-fan-default.svg"));
    assertThat(fan).startsWith("<svg").contains("IEA 2030 Base: 945 TWh").contains("LBNL US 2028");
    assertThat(dir.resolve("sobol-2030-default.svg")).exists();
  }
}
