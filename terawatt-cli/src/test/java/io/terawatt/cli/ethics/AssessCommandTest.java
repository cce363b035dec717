package io.terawatt.cli.ethics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.terawatt.cli.ExitCodes;
import io.terawatt.cli.TerawattCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code terawatt assess} on the siting example, a broken file and the allocation scenario. */
class AssessCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = TerawattCommand.newCommandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private static Path example() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path p = d.resolve("examples/siting-dilemma.yaml");
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    throw new IllegalStateException("examples/siting-dilemma.yaml not found");
  }

  @Test
  void theSitingExampleReportsRankingsParetoSmaaAndAtLeastOneExplainedDilemma() throws Exception {
    int code = run("assess", example().toString(), "--format", "json", "--samples", "2000");

    assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
    JsonNode json = new ObjectMapper().readTree(out.toString());
    for (String lens :
        new String[] {
          "utilitarian",
          "maximin",
          "leximin",
          "prioritarian",
          "sufficientarian",
          "precautionary",
          "weighted-sum",
          "topsis",
          "promethee-ii"
        }) {
      assertThat(json.get("rankings").get(lens)).as(lens).hasSize(4);
    }
    assertThat(json.get("pareto").size()).isBetween(1, 4);
    JsonNode d = json.get("dilemmas").get(0);
    assertThat(d.get("lenses_for_a").size()).isPositive();
    assertThat(d.get("lenses_for_b").size()).isPositive();
    assertThat(d.get("drivers").size()).isPositive();
    assertThat(d.get("explanation").asText())
        .contains(d.get("a").asText())
        .contains(d.get("b").asText())
        .contains("prefer")
        .contains("To resolve");
    JsonNode smaa = json.get("smaa").get("desert-solar-nuclear");
    assertThat(smaa).hasSize(4);
    double sum = 0;
    for (JsonNode v : smaa) {
      sum += v.asDouble();
    }
    assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(json.get("smaa_standard_error").asDouble()).isLessThan(0.012);
    assertThat(json.get("weight_stability")).hasSize(10);
  }

  @Test
  void tableAndHtmlShowTheDilemmas() throws Exception {
    assertThat(run("assess", example().toString(), "--samples", "500")).isZero();
    assertThat(out.toString()).contains("Dilemmas").contains("Pareto set").contains("To resolve");

    Path html = dir.resolve("report.html");
    assertThat(
            run(
                "assess",
                example().toString(),
                "--format",
                "html",
                "--output",
                html.toString(),
                "--samples",
                "500"))
        .isZero();
    String page = Files.readString(html);
    assertThat(page).startsWith("<!DOCTYPE html>").contains("<svg").contains("Dilemmas");
  }

  @Test
  void anInvalidFileExitsWithThreeAndListsEveryProblem() throws Exception {
    Path bad =
        Files.writeString(
            dir.resolve("bad.yaml"),
            String.join(
                "\n",
                "indicators:",
                "  - {name: cost_USD, direction: sideways}",
                "  - {name: carbon_location_tCO2e}",
                "options:",
                "  - name: a",
                "    indicators: {carbon_location_tCO2e: lots}",
                "stakeholders:",
                "  - {name: s, weights: {carbon_location_tCO2e: -1}}",
                ""));

    int code = run("assess", bad.toString());

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    String e = err.toString();
    assertThat(e).contains("bad.yaml:2:").contains("indicators[0].direction").contains("sideways");
    assertThat(e).contains("bad.yaml:6:").contains("options[0].indicators.carbon_location_tCO2e");
    assertThat(e).contains("'lots'");
    assertThat(e).contains("At least two options");
    assertThat(e).contains("stakeholders[0].weights.carbon_location_tCO2e").contains("'-1'");
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(run("assess", example().toString(), "--format", "pdf")).isEqualTo(ExitCodes.USAGE);
    assertThat(run("assess")).isEqualTo(ExitCodes.USAGE);
    assertThat(run("assess", "allocation", "--rule", "lottery")).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void allocationReportsEveryRuleAndEssentialFirstLeavesNoEssentialLoadUnserved() throws Exception {
    int code = run("assess", "allocation", "--all", "--format", "json");

    assertThat(code).as(err.toString()).isZero();
    JsonNode rules = new ObjectMapper().readTree(out.toString()).get("rules");
    assertThat(rules).hasSize(4);
    for (JsonNode r : rules) {
      if (r.get("rule").asText().equals("essential-first")) {
        assertThat(r.get("unserved_MWh").get("essential_community").asDouble()).isZero();
      }
      if (r.get("rule").asText().equals("price-based")) {
        assertThat(r.get("unserved_MWh").get("essential_community").asDouble()).isPositive();
      }
      assertThat(r.get("emissions_tCO2e").asDouble()).isPositive();
    }
  }
}
