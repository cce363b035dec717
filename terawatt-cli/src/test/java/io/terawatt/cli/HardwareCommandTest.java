package io.terawatt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code terawatt hardware} lists the built-in accelerators and, on request, their sources. */
class HardwareCommandTest {
  private static final List<String> IDS =
      List.of(
          "v100-sxm2",
          "a100-40gb-sxm",
          "a100-80gb-sxm",
          "h100-sxm",
          "h800-sxm",
          "h200-sxm",
          "b200",
          "gb200",
          "tpu-v3",
          "tpu-v4",
          "tpu-v5e",
          "tpu-v5p",
          "tpu-v6e",
          "mi300x");

  @Test
  void sourcesListEveryBuiltInAccelerator() {
    CliRun run = CliRun.of("hardware", "--sources");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    List<String> sourceHeadings =
        run.out().lines().filter(l -> l.matches("\\S+ \\(.*\\)")).toList();
    assertThat(sourceHeadings)
        .extracting(l -> l.substring(0, l.indexOf(' ')))
        .containsExactlyElementsOf(IDS);
    assertThat(run.out().lines().filter(l -> l.startsWith("  specifications: "))).hasSize(14);
  }

  @Test
  void tableHasOneRowPerAccelerator() {
    CliRun run = CliRun.of("hardware");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).startsWith("id ");
    assertThat(lines.subList(2, lines.size()))
        .extracting(l -> l.substring(0, l.indexOf(' ')))
        .containsExactlyElementsOf(IDS);
    assertThat(run.out()).doesNotContain("specifications:");
  }
}
