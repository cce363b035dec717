package io.terawatt.io.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.terawatt.footprint.Accelerator;
import io.terawatt.footprint.Precision;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accelerators defined under {@code hardware:} can be used by id in the entries. */
class UserHardwareTest {
  @TempDir Path tempDir;

  @Test
  void userAcceleratorIsUsableById() throws Exception {
    String text =
        """
        hardware:
          - id: My-Chip
            tdp_W: 500
            peak_bf16_TFLOPs: 400
            memory_GB: 96
            memory_bandwidth_TBps: 3
        training:
          - name: custom
            model: {parameters: 1e9}
            tokens: 1e11
            hardware: {accelerator: my-chip, count: 16}
        """;

    FootprintInput input = FootprintInputReader.parse(text, "test.yaml", tempDir);

    Accelerator a = input.request().training().get(0).accelerator();
    assertThat(a.id()).isEqualTo("my-chip");
    assertThat(a.tdpW()).isEqualTo(500);
    assertThat(a.idleW()).isEqualTo(50);
    assertThat(a.peakFlopsPerSecond(Precision.BF16)).isEqualTo(400e12);
    assertThat(a.memoryBytes()).isEqualTo(96e9);
    assertThat(a.memoryBandwidthBytesPerSecond()).isEqualTo(3e12);
    assertThat(a.sources().specifications()).contains("test.yaml");
  }

  @Test
  void userAcceleratorWithoutTdpIsAnError() {
    String text =
        """
        hardware:
          - id: my-chip
            peak_bf16_TFLOPs: 400
            memory_GB: 96
            memory_bandwidth_TBps: 3
        training:
          - name: custom
            model: {parameters: 1e9}
            tokens: 1e11
            hardware: {accelerator: my-chip, count: 16}
        """;

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> FootprintInputReader.parse(text, "test.yaml", tempDir));

    assertThat(e).isNotNull();
    assertThat(e.problems())
        .filteredOn(p -> p.path().equals("hardware[0].tdp_W"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.message()).contains("'tdp_W' is missing");
            });
  }
}
