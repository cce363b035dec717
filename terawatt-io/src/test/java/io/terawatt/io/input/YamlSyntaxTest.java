package io.terawatt.io.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text that is not usable YAML gives one located error instead of an exception trace. */
class YamlSyntaxTest {
  @TempDir Path tempDir;

  private InvalidInputException reject(String text) {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> FootprintInputReader.parse(text, "test.yaml", tempDir));
    assertThat(e).as("the text must be rejected").isNotNull();
    return e;
  }

  @Test
  void invalidSyntaxGivesOneErrorWithLine() {
    String text =
        """
        training:
          - name: unclosed
            model: {parameters: 7e9
            tokens: 1e12
        """;

    InvalidInputException e = reject(text);

    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
              assertThat(p.file()).isEqualTo("test.yaml");
              assertThat(p.path()).isEqualTo("(syntax)");
              assertThat(p.line()).isEqualTo(4);
              assertThat(p.message()).startsWith("Not valid YAML");
            });
  }

  @Test
  void emptyFileIsAnError() {
    InvalidInputException e = reject("");

    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
              assertThat(p.line()).isEqualTo(1);
              assertThat(p.message()).contains("empty");
            });
  }

  @Test
  void commentOnlyFileIsAnError() {
    InvalidInputException e = reject("# nothing here\n");

    assertThat(e.problems())
        .singleElement()
        .extracting(Problem::message)
        .asString()
        .contains("empty");
  }

  @Test
  void fileWithoutTrainingOrInferenceIsAnError() {
    InvalidInputException e = reject("site: {pue: 1.2}\n");

    assertThat(e.problems())
        .singleElement()
        .extracting(Problem::message)
        .asString()
        .contains("Nothing to estimate");
  }

  @Test
  void topLevelListIsAnError() {
    InvalidInputException e = reject("- a\n- b\n");

    assertThat(e.problems())
        .singleElement()
        .extracting(Problem::message)
        .asString()
        .contains("must be a mapping");
  }
}
