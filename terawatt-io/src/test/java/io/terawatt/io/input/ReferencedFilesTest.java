package io.terawatt.io.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.terawatt.footprint.InferenceWorkload;
import io.terawatt.footprint.ServedModel;
import io.terawatt.footprint.TrainingRun;
import io.terawatt.io.parse.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Series and trace files named in an input resolve against the input file's folder. */
class ReferencedFilesTest {
  @TempDir Path tempDir;

  @Test
  void trainingSiteReadsIntensitySeriesRelativeToInputFolder() throws Exception {
    Files.writeString(
        tempDir.resolve("grid.csv"),
        "time,gCO2e_per_kWh\n2024-03-01T00:00:00Z,100\n2024-03-01T01:00:00Z,300\n");
    String text =
        """
        training:
          - name: timed
            model: {parameters: 1e9}
            tokens: 1e9
            hardware: {accelerator: h100-sxm, count: 1}
            start: 2024-03-01T00:00:00Z
            site: {grid_intensity_series: grid.csv}
        """;

    FootprintInput input = FootprintInputReader.parse(text, "test.yaml", tempDir);

    TrainingRun run = input.request().training().get(0);
    assertThat(run.start()).contains(Instant.parse("2024-03-01T00:00:00Z"));
    assertThat(run.site().intensitySeries())
        .hasValueSatisfying(s -> assertThat(s.hours()).isEqualTo(2));
    assertThat(input.warnings()).isEmpty();
  }

  @Test
  void servedModelTakesTokenCountsFromTraceWhenNotGiven() throws Exception {
    Files.writeString(
        tempDir.resolve("trace.csv"),
        "TIMESTAMP,ContextTokens,GeneratedTokens\n"
            + "2023-11-16 18:00:00.0000000,100,10\n"
            + "2023-11-16 18:30:00.0000000,300,30\n");
    String text =
        """
        inference:
          - name: traced
            model: {parameters: 8e9}
            hardware: {accelerator: h100-sxm, count: 1}
            batch_size: 16
            trace: trace.csv
        """;

    ServedModel served =
        FootprintInputReader.parse(text, "test.yaml", tempDir).request().inference().get(0);

    assertThat(served.trace()).hasValueSatisfying(t -> assertThat(t.requests()).isEqualTo(2));
    InferenceWorkload w = served.workload();
    assertThat(w.inputTokens()).isEqualTo(200);
    assertThat(w.outputTokens()).isEqualTo(20);
  }

  @Test
  void missingTraceFileIsErrorAtTraceField() {
    String text =
        """
        inference:
          - name: traced
            model: {parameters: 8e9}
            hardware: {accelerator: h100-sxm, count: 1}
            batch_size: 16
            trace: nowhere.csv
        """;

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> FootprintInputReader.parse(text, "test.yaml", tempDir));

    assertThat(e).isNotNull();
    assertThat(e.problems())
        .filteredOn(p -> p.path().equals("inference[0].trace"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.value()).isEqualTo("nowhere.csv");
              assertThat(p.line()).isEqualTo(6);
              assertThat(p.message()).contains("Cannot read the trace file");
            });
  }
}
