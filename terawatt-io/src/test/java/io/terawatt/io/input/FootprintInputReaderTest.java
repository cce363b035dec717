package io.terawatt.io.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.terawatt.footprint.InferenceWorkload;
import io.terawatt.footprint.Precision;
import io.terawatt.footprint.ServedModel;
import io.terawatt.footprint.Site;
import io.terawatt.footprint.TrainingRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A valid input file is read into the training runs and served models it describes. */
class FootprintInputReaderTest {
  private static final String VALID =
      """
      site:
        pue: 1.3
        grid_intensity_gCO2e_per_kWh: 400
        wue_L_per_kWh: 0.5
      training:
        - name: seven billion
          model: {parameters: 7B, layers: 32, d_model: 4096}
          tokens: 2T
          hardware: {accelerator: h100-sxm, count: 1_024}
          site: {grid_intensity_gCO2e_per_kWh: 50}
      inference:
        - name: chat
          model: {parameters: 8e9}
          hardware: {accelerator: h100-sxm, count: 1}
          batch_size: 64
          input_tokens: 600
          output_tokens: 400
          requests_per_day: 10_000
      """;

  @TempDir Path tempDir;

  @Test
  void readsTrainingEntryWithSuffixedCountsAndDefaultPrecision() throws Exception {
    FootprintInput input = FootprintInputReader.parse(VALID, "test.yaml", tempDir);

    assertThat(input.warnings()).isEmpty();
    assertThat(input.request().training()).hasSize(1);
    TrainingRun run = input.request().training().get(0);
    assertThat(run.name()).isEqualTo("seven billion");
    assertThat(run.model().parameters()).isEqualTo(7e9);
    assertThat(run.model().layers()).hasValue(32);
    assertThat(run.model().dModel()).hasValue(4096);
    assertThat(run.tokens()).isEqualTo(2e12);
    assertThat(run.accelerator().id()).isEqualTo("h100-sxm");
    assertThat(run.count()).isEqualTo(1024);
    assertThat(run.precision()).isEqualTo(Precision.BF16);
    assertThat(run.mfu()).isEmpty();
    assertThat(run.deviceHours()).isEmpty();
  }

  @Test
  void entrySiteOverridesTopLevelSiteKeyByKey() throws Exception {
    FootprintInput input = FootprintInputReader.parse(VALID, "test.yaml", tempDir);

    Site site = input.request().training().get(0).site();
    assertThat(site.gridIntensity().gramsCo2ePerKilowattHour()).isEqualTo(50);
    assertThat(site.pue()).isEqualTo(1.3);
    assertThat(site.wueOnSiteLitresPerKwh()).isEqualTo(0.5);
    assertThat(site.offSiteWaterLitresPerKwh()).isEqualTo(Site.DEFAULT_OFF_SITE_WATER_L_PER_KWH);
  }

  @Test
  void readsInferenceEntryWithTopLevelSite() throws Exception {
    FootprintInput input = FootprintInputReader.parse(VALID, "test.yaml", tempDir);

    assertThat(input.request().inference()).hasSize(1);
    ServedModel served = input.request().inference().get(0);
    assertThat(served.trace()).isEmpty();
    InferenceWorkload w = served.workload();
    assertThat(w.name()).isEqualTo("chat");
    assertThat(w.model().parameters()).isEqualTo(8e9);
    assertThat(w.precision()).isEqualTo(Precision.BF16);
    assertThat(w.accelerator().id()).isEqualTo("h100-sxm");
    assertThat(w.count()).hasValue(1);
    assertThat(w.batchSize()).isEqualTo(64);
    assertThat(w.inputTokens()).isEqualTo(600);
    assertThat(w.outputTokens()).isEqualTo(400);
    assertThat(w.requestsPerDay()).hasValue(10_000);
    assertThat(w.site().pue()).isEqualTo(1.3);
    assertThat(w.site().gridIntensity().gramsCo2ePerKilowattHour()).isEqualTo(400);
  }
}
