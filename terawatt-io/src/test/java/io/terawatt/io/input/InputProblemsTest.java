package io.terawatt.io.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken input file reports every problem at once, each located by file, line and field. */
class InputProblemsTest {
  private static final String BROKEN =
      """
      training:
        - name: broken run
          model: {parameters: -7e9}
          tokens: lots
          mfu: 1.5
          hardware: {accelerator: h100, count: 0, precision: fp7}
      inference:
        - name: broken service
          model: {parameters: 8e9}
          hardware: {accelerator: h100-sxm, count: 1}
          batch_size: 8
          input_tokens: 100
      """;

  @TempDir Path tempDir;

  private List<Problem> problems() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> FootprintInputReader.parse(BROKEN, "test.yaml", tempDir));
    assertThat(e).as("the broken file must be rejected").isNotNull();
    return e.problems();
  }

  private static Problem at(List<Problem> problems, String path) {
    return problems.stream()
        .filter(p -> p.path().equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No problem at " + path + " in " + problems));
  }

  @Test
  void reportsEveryErrorTogether() {
    List<Problem> problems = problems();

    assertThat(problems).allMatch(p -> p.severity() == Problem.Severity.ERROR);
    assertThat(problems).allMatch(p -> p.file().equals("test.yaml"));
    assertThat(problems)
        .extracting(Problem::path)
        .containsExactlyInAnyOrder(
            "training[0].model.parameters",
            "training[0].tokens",
            "training[0].mfu",
            "training[0].hardware.accelerator",
            "training[0].hardware.count",
            "training[0].hardware.precision",
            "inference[0].output_tokens");
  }

  @Test
  void locatesEachBadValueByLineAndValue() {
    List<Problem> problems = problems();

    assertThat(at(problems, "training[0].model.parameters"))
        .extracting(Problem::line, Problem::value)
        .containsExactly(3, "-7e9");
    assertThat(at(problems, "training[0].tokens"))
        .extracting(Problem::line, Problem::value)
        .containsExactly(4, "lots");
    assertThat(at(problems, "training[0].mfu"))
        .extracting(Problem::line, Problem::value)
        .containsExactly(5, "1.5");
    assertThat(at(problems, "training[0].hardware.accelerator"))
        .extracting(Problem::line, Problem::value)
        .containsExactly(6, "h100");
    assertThat(at(problems, "training[0].hardware.count"))
        .extracting(Problem::line, Problem::value)
        .containsExactly(6, "0");
    assertThat(at(problems, "training[0].hardware.precision"))
        .extracting(Problem::line, Problem::value)
        .containsExactly(6, "fp7");
    assertThat(at(problems, "inference[0].output_tokens").line()).isEqualTo(8);
  }

  @Test
  void explainsWhatIsWrongWithEachValue() {
    List<Problem> problems = problems();

    assertThat(at(problems, "training[0].model.parameters").message()).contains("above 0");
    assertThat(at(problems, "training[0].tokens").message()).contains("Not a number");
    assertThat(at(problems, "training[0].mfu").message()).contains("at most 1");
    assertThat(at(problems, "training[0].hardware.count").message()).contains("at least 1");
    assertThat(at(problems, "training[0].hardware.precision").message())
        .contains("Unknown precision");
    assertThat(at(problems, "inference[0].output_tokens").message())
        .contains("'output_tokens' is missing");
  }

  @Test
  void unknownAcceleratorNamesClosestIdFirst() {
    Problem p = at(problems(), "training[0].hardware.accelerator");

    assertThat(p.message()).contains("Unknown accelerator. Closest known: h100-sxm,");
  }

  @Test
  void formatsProblemsAsFileLineFieldAndValue() {
    Problem p = at(problems(), "training[0].tokens");

    assertThat(p.format())
        .startsWith("test.yaml:4:")
        .contains("error: training[0].tokens = 'lots'");
  }

  @Test
  void exceptionMessageListsEveryProblem() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> FootprintInputReader.parse(BROKEN, "test.yaml", tempDir));

    assertThat(e.getMessage().lines()).hasSize(e.problems().size());
  }
}
