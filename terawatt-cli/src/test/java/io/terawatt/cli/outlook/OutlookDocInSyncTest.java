package io.terawatt.cli.outlook;

import static org.assertj.core.api.Assertions.assertThat;

import io.terawatt.io.input.OutlookScenarioReader;
import io.terawatt.io.report.OutlookTableWriter;
import io.terawatt.outlook.OutlookRequest;
import io.terawatt.outlook.OutlookService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * docs/outlook.md shows the table that {@code terawatt outlook calibrate} prints (20,000 samples,
 * seed 42); this test fails when the two drift apart. Regenerate the block between the markers with
 * that command.
 */
class OutlookDocInSyncTest {
  private static final String START = "<!-- outlook-calibration:start -->\n";
  private static final String END = "<!-- outlook-calibration:end -->";

  @Test
  void outlookDocShowsTheCalibrationTheCommandPrints() throws Exception {
    Path doc = root().resolve("docs/outlook.md");
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    int from = text.indexOf(START);
    int to = text.indexOf(END);
    assertThat(from).as("start marker in %s", doc).isGreaterThanOrEqualTo(0);
    assertThat(to).as("end marker in %s", doc).isGreaterThan(from);
    String shown = text.substring(from + START.length(), to);
    String printed =
        OutlookTableWriter.calibrationMarkdown(
            OutlookService.calibrate(
                new OutlookRequest(
                    OutlookScenarioReader.resolve(null),
                    OutlookCalibrateCommand.DEFAULT_SAMPLES,
                    OutlookCalibrateCommand.DEFAULT_SEED,
                    0,
                    OptionalInt.of(2),
                    "local")));
    assertThat(shown).isEqualTo(printed);
  }

  static Path root() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("docs")) && Files.isDirectory(p.resolve("examples"))) {
        return p;
      }
    }
    throw new IllegalStateException("No repository root above " + Path.of("").toAbsolutePath());
  }
}
