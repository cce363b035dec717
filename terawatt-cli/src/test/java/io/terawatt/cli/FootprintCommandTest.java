package io.terawatt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code terawatt footprint} estimates an input file and reports it in the asked format. */
class FootprintCommandTest {
  @TempDir Path tempDir;

  @Test
  void withoutInputRunsBuiltInExampleAsTables() {
    CliRun run = CliRun.of("footprint");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out().lines().filter(l -> l.startsWith("training "))).hasSize(1);
    assertThat(run.out().lines().filter(l -> l.startsWith("inference "))).hasSize(1);
    assertThat(run.out())
        .contains("GPT-3 175B (as published, accounting mode)")
        .contains("8B chat model on one H100, batch 64")
        .contains("Emissions are location-based");
  }

  @Test
  void jsonFormatParsesWithAllBuiltInResults() throws Exception {
    CliRun run = CliRun.of("footprint", "--format", "json");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.get("training")).hasSize(3);
    assertThat(root.get("inference")).hasSize(2);
    assertThat(root.get("training").get(0).get("mode").asText()).isEqualTo("accounting");
  }

  @Test
  void formatNameIsCaseInsensitive() {
    CliRun run = CliRun.of("footprint", "--format", "CSV");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).startsWith("section,name,field,value");
  }

  @Test
  void readsExampleInputFile() {
    Path example = CliRun.repositoryRoot().resolve("examples").resolve("footprint.yaml");

    CliRun run = CliRun.of("footprint", "--input", example.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out())
        .contains("8B dense model, 15T tokens on H100 (predictive)")
        .contains("70B model on 4 H100 at fp8, batch 128");
  }

  @Test
  void brokenInputExitsThreeListingEveryErrorWithFileAndLine() throws Exception {
    Path input = tempDir.resolve("broken.yaml");
    Files.writeString(
        input,
        """
        training:
          - name: broken
            model: {parameters: -1}
            tokens: lots
            hardware: {accelerator: h100, count: 8}
        """);

    CliRun run = CliRun.of("footprint", "--input", input.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains(input + ":3:")
        .contains(input + ":4:")
        .contains(input + ":5:")
        .contains("training[0].model.parameters = '-1'")
        .contains("training[0].tokens = 'lots'")
        .contains("training[0].hardware.accelerator = 'h100'")
        .contains("3 error(s); nothing was estimated.");
  }

  @Test
  void missingInputFileExitsThree() {
    Path missing = tempDir.resolve("absent.yaml");

    CliRun run = CliRun.of("footprint", "--input", missing.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains(missing.toString()).contains("does not exist");
  }

  @Test
  void unknownOptionExitsTwo() {
    CliRun run = CliRun.of("footprint", "--no-such-option");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--no-such-option");
  }

  @Test
  void unknownFormatExitsTwo() {
    CliRun run = CliRun.of("footprint", "--format", "xml");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void warningsGoToStandardError() throws Exception {
    Path input = tempDir.resolve("warned.yaml");
    Files.writeString(
        input,
        """
        trainng: []
        inference:
          - name: served
            model: {parameters: 8e9}
            hardware: {accelerator: h100-sxm, count: 1}
            batch_size: 8
            input_tokens: 100
            output_tokens: 100
        """);

    CliRun run = CliRun.of("footprint", "--input", input.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).contains(input + ":1:").contains("Maybe 'training'?");
    assertThat(run.out()).doesNotContain("trainng");
  }

  @Test
  void outputFileIsWrittenWithoutLeftoverTemporaryFile() throws Exception {
    Path output = tempDir.resolve("reports").resolve("footprint.json");

    CliRun run = CliRun.of("footprint", "--format", "json", "--output", output.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).isEmpty();
    JsonNode root = new ObjectMapper().readTree(Files.readString(output, StandardCharsets.UTF_8));
    assertThat(root.get("training")).hasSize(3);
    try (Stream<Path> files = Files.list(output.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactly("footprint.json")
          .noneMatch(n -> n.startsWith(".terawatt-") && n.endsWith(".tmp"));
    }
  }

  @Test
  void outputFileReplacesExistingFile() throws Exception {
    Path output = tempDir.resolve("footprint.csv");
    Files.writeString(output, "old content that is longer than nothing\n");

    CliRun run = CliRun.of("footprint", "--format", "csv", "--output", output.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(output)).startsWith("section,name,field,value\n");
    assertThat(Files.readString(output)).doesNotContain("old content");
  }

  @Test
  void seriesStartingOffTheHourExitsThreeWithLocatedError() throws Exception {
    Files.writeString(
        tempDir.resolve("grid.csv"),
        "time,gCO2e_per_kWh\n2024-03-01T00:30:00Z,100\n2024-03-01T01:30:00Z,100\n");
    Path input = tempDir.resolve("timed.yaml");
    Files.writeString(
        input,
        """
        training:
          - name: timed
            model: {parameters: 1e9}
            tokens: 1e9
            hardware: {accelerator: h100-sxm, count: 1}
            start: 2024-03-01T00:30:00Z
            site: {grid_intensity_series: grid.csv}
        """);

    CliRun run = CliRun.of("footprint", "--input", input.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains(input + ":7:").doesNotContain("Exception");
  }
}
