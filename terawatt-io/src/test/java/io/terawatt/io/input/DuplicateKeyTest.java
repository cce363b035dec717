package io.terawatt.io.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.terawatt.io.parse.InvalidInputException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key written twice in one mapping is an error, never a silent choice of one value. */
class DuplicateKeyTest {
  @TempDir Path tempDir;

  @Test
  void keyGivenTwiceIsAnErrorWithLine() {
    String text =
        """
        training:
          - name: twice
            model: {parameters: 7e9}
            tokens: 1e12
            tokens: 2e12
            hardware: {accelerator: h100-sxm, count: 8}
        """;

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> FootprintInputReader.parse(text, "test.yaml", tempDir));

    assertThat(e).as("a duplicate key must be rejected").isNotNull();
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(5);
              assertThat(p.message()).contains("tokens");
            });
  }
}
