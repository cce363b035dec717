package io.terawatt.cli.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.terawatt.cli.TerawattCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code terawatt plan}: exit codes for invalid input and usage errors. */
class PlanCommandTest {
  @TempDir Path dir;

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = TerawattCommand.newCommandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

  @Test
  void anInvalidScenarioExitsWithThreeAndListsEveryProblem() throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(
        bad,
        """
        name: bad
        workloads:
          inference:
            - name: x
              model: {parameters: -1}
              hardware: {accelerator: h100-sxm, count: 1}
        sites:
          - name: a
            zone: NOWHERE
            site: {name: a, grid: {price_USD_per_MWh: 50}}
        operations: {slack_h: -3}
        """);
    String[] r = run("plan", bad.toString(), "--out", dir.resolve("out").toString());
    assertThat(r[0]).isEqualTo("3");
    assertThat(r[2])
        .contains(bad + ":5:")
        .contains("workloads.inference[0].model.parameters")
        .contains("sites[0].zone = 'NOWHERE'")
        .contains("operations.slack_h = '-3'")
        .contains("problem(s) in");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(run("plan", dir.resolve("missing.yaml").toString(), "--out", "x")[0]).isEqualTo("2");
    assertThat(run("plan", "--out", "x")[0]).isEqualTo("2");
    assertThat(run("demo", "--no-such-option")[0]).isEqualTo("2");
  }

  @Test
  void theDemoScenarioCanBePrinted() {
    String[] r = run("demo", "--print-scenario");
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).contains("workloads:").contains("sites:").contains("stakeholders:");
  }
}
