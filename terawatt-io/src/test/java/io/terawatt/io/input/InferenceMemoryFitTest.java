package io.terawatt.io.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A served model whose weights do not fit the given accelerators is an error naming the need. */
class InferenceMemoryFitTest {
  @TempDir Path tempDir;

  private static String served(String parameters, String precision, int count) {
    return """
        inference:
          - name: big
            model: {parameters: %s, precision: %s}
            hardware: {accelerator: h100-sxm, count: %d}
            batch_size: 8
            input_tokens: 100
            output_tokens: 100
        """
        .formatted(parameters, precision, count);
  }

  @Test
  void modelTooBigForAcceleratorCountIsAnErrorNamingNeededCount() {
    // 70e9 x 2 bytes = 140 GB; an H100 has 80 GB, 90 % usable: 72 GB, so two are needed.
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> FootprintInputReader.parse(served("70e9", "bf16", 1), "test.yaml", tempDir));

    assertThat(e).isNotNull();
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
              assertThat(p.path()).isEqualTo("inference[0].hardware.count");
              assertThat(p.value()).isEqualTo("1");
              assertThat(p.line()).isEqualTo(4);
              assertThat(p.message()).contains("at least 2 accelerators are needed");
            });
  }

  @Test
  void sameModelFitsAtLowerPrecision() throws Exception {
    FootprintInput input =
        FootprintInputReader.parse(served("70e9", "fp8", 1), "test.yaml", tempDir);

    assertThat(input.request().inference()).hasSize(1);
  }

  @Test
  void sameModelFitsOnEnoughAccelerators() throws Exception {
    FootprintInput input =
        FootprintInputReader.parse(served("70e9", "bf16", 2), "test.yaml", tempDir);

    assertThat(input.request().inference().get(0).workload().count()).hasValue(2);
  }
}
