package io.terawatt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code terawatt validate footprint} compares the models with published measurements. */
class ValidateCommandTest {
  @Test
  void jsonReportHasNoFailedComparison() throws Exception {
    CliRun run = CliRun.of("validate", "footprint", "--format", "json");

    assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCodes.OK);
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.get("failed").asLong()).isZero();
    assertThat(root.get("passed").asLong()).isEqualTo(root.get("rows").size()).isPositive();
    for (JsonNode row : root.get("rows")) {
      assertThat(row.get("passes").asBoolean()).as(row.get("case").asText()).isTrue();
    }
  }

  @Test
  void tableReportEndsWithPassCount() {
    CliRun run = CliRun.of("validate", "footprint");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).containsPattern("Within tolerance: (\\d+) of \\1 comparisons\\.");
  }

  @Test
  void markdownReportIsTable() {
    CliRun run = CliRun.of("validate", "footprint", "--format", "markdown");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).startsWith("| case | mode | quantity |").doesNotContain("**FAIL**");
  }
}
