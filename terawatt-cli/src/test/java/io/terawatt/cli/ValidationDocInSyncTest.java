package io.terawatt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.terawatt.footprint.FootprintValidationService;
import io.terawatt.io.report.ValidationReportWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/validation.md shows the table that {@code terawatt validate footprint --format markdown}
 * prints; this test fails when the two drift apart. Regenerate the block between the markers with
 * that command.
 */
class ValidationDocInSyncTest {
  private static final String START = "<!-- validation-table:start -->\n";
  private static final String END = "<!-- validation-table:end -->";

  @Test
  void validationDocShowsTheTableTheCommandPrints() throws IOException {
    Path doc = repositoryRoot().resolve("docs/validation.md");
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    int from = text.indexOf(START);
    int to = text.indexOf(END);
    assertThat(from).as("start marker in %s", doc).isGreaterThanOrEqualTo(0);
    assertThat(to).as("end marker in %s", doc).isGreaterThan(from);
    String shown = text.substring(from + START.length(), to);
    assertThat(shown)
        .isEqualTo(ValidationReportWriter.markdown(FootprintValidationService.validate()));
  }

  private static Path repositoryRoot() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("docs"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("No docs/ folder above " + Path.of("").toAbsolutePath());
    }
    return p;
  }
}
