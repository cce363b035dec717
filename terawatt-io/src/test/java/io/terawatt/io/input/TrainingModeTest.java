package io.terawatt.io.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.terawatt.footprint.TrainingRun;
import io.terawatt.io.parse.InvalidInputException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code device_hours} selects accounting mode; without it a run is predictive from tokens. */
class TrainingModeTest {
  @TempDir Path tempDir;

  private TrainingRun read(String extra) throws Exception {
    String text =
        """
        training:
          - name: run
            model: {parameters: 175e9}
            hardware: {accelerator: v100-sxm2, count: 10000, precision: fp16}
        """
            + extra;
    return FootprintInputReader.parse(text, "test.yaml", tempDir).request().training().get(0);
  }

  @Test
  void deviceHoursMakeAccountingRun() throws Exception {
    TrainingRun run = read("    tokens: 300e9\n    device_hours: 3552000\n");

    assertThat(run.deviceHours()).hasValue(3_552_000);
    assertThat(run.tokens()).isEqualTo(300e9);
  }

  @Test
  void deviceHoursAloneNeedNoTokens() throws Exception {
    TrainingRun run = read("    device_hours: 3552000\n");

    assertThat(run.deviceHours()).hasValue(3_552_000);
    assertThat(run.tokens()).isZero();
  }

  @Test
  void tokensAloneMakePredictiveRun() throws Exception {
    TrainingRun run = read("    tokens: 300e9\n");

    assertThat(run.deviceHours()).isEmpty();
    assertThat(run.tokens()).isEqualTo(300e9);
  }

  @Test
  void neitherTokensNorDeviceHoursIsAnError() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(""));

    assertThat(e).isNotNull();
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("training[0]");
              assertThat(p.message()).contains("'tokens'").contains("'device_hours'");
            });
  }
}
