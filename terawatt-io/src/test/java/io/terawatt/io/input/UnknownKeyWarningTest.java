package io.terawatt.io.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.terawatt.footprint.Site;
import io.terawatt.io.parse.Problem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unknown keys are warnings that name the key and suggest a close known one; reading goes on. */
class UnknownKeyWarningTest {
  private static final String MISSPELT =
      """
      sitee: {pue: 1.5}
      training:
        - name: misspelt
          model: {parameters: 7e9, layerz: 32}
          tokens: 1e12
          hardware: {accelerator: h100-sxm, count: 8}
      """;

  @TempDir Path tempDir;

  @Test
  void warnsAboutEachUnknownKeyWithSuggestion() throws Exception {
    FootprintInput input = FootprintInputReader.parse(MISSPELT, "test.yaml", tempDir);

    assertThat(input.warnings()).hasSize(2);
    assertThat(input.warnings()).allMatch(p -> p.severity() == Problem.Severity.WARNING);
    Problem site = input.warnings().get(0);
    assertThat(site.path()).isEqualTo("sitee");
    assertThat(site.line()).isEqualTo(1);
    assertThat(site.message()).contains("'sitee'").contains("Maybe 'site'?");
    Problem layers = input.warnings().get(1);
    assertThat(layers.path()).isEqualTo("training[0].model.layerz");
    assertThat(layers.line()).isEqualTo(4);
    assertThat(layers.message()).contains("'layerz'").contains("Maybe 'layers'?");
  }

  @Test
  void stillReadsTheFileIgnoringUnknownKeys() throws Exception {
    FootprintInput input = FootprintInputReader.parse(MISSPELT, "test.yaml", tempDir);

    assertThat(input.request().training()).hasSize(1);
    assertThat(input.request().training().get(0).model().layers()).isEmpty();
    assertThat(input.request().training().get(0).site().pue()).isEqualTo(Site.DEFAULT_PUE);
  }

  @Test
  void givesNoSuggestionForKeyFarFromEveryKnownKey() throws Exception {
    String text =
        """
        training:
          - name: far
            model: {parameters: 7e9}
            tokens: 1e12
            hardware: {accelerator: h100-sxm, count: 8}
            completely_unrelated_thing: 3
        """;

    FootprintInput input = FootprintInputReader.parse(text, "test.yaml", tempDir);

    assertThat(input.warnings())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.message()).contains("'completely_unrelated_thing'");
              assertThat(p.message()).doesNotContain("Maybe");
            });
  }
}
