package io.terawatt.cli.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.terawatt.cli.TerawattCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Each example scenario in examples/ plans end to end (on representative weeks). */
class ExampleScenariosIT {

  private static Path examples() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("examples"))) {
        return dir.resolve("examples");
      }
    }
    throw new IllegalStateException("No examples/ folder above the working directory.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "scenario-frontier-campus-2030.yaml",
        "scenario-global-inference-fleet.yaml",
        "scenario-national-strategy-2045.yaml"
      })
  void plansTheExample(String name) throws Exception {
    Path out = Path.of("target", "examples", name.replace(".yaml", ""));
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    CommandLine cl = TerawattCommand.newCommandLine();
    cl.setOut(new PrintWriter(o, true));
    cl.setErr(new PrintWriter(e, true));
    int code =
        cl.execute("plan", examples().resolve(name).toString(), "--out", out.toString(), "--check");
    assertThat(code).as(e.toString()).isZero();
    assertThat(e.toString()).doesNotContain("warning");
    JsonNode root = new ObjectMapper().readTree(out.resolve("results.json").toFile());
    assertThat(root.at("/supply/sites").size()).isGreaterThanOrEqualTo(3);
    for (JsonNode site : root.at("/supply/sites")) {
      assertThat(site.get("max_energy_balance_error_MWh").asDouble()).isLessThan(1e-6);
      assertThat(site.get("load_MWh").asDouble())
          .isCloseTo(
              root.at("/footprint/annual_facility_energy_MWh").asDouble(),
              org.assertj.core.data.Percentage.withPercentage(1e-6));
    }
    assertThat(root.at("/assessment/rankings").size()).isGreaterThan(3);
    assertThat(out.resolve("report.html")).isRegularFile();
  }
}
