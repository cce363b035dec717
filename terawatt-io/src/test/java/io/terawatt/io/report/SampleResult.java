package io.terawatt.io.report;

import io.terawatt.footprint.FootprintResult;
import io.terawatt.footprint.FootprintService;
import io.terawatt.io.input.FootprintInput;
import io.terawatt.io.input.FootprintInputReader;
import java.nio.file.Path;

/** A small footprint result for the writer tests: two training runs and one served model. */
final class SampleResult {
  static final String TRAINING_WITH_COMMA = "8B dense, predictive";
  static final String TRAINING_PRICED = "GPT-3 accounting";
  static final String SERVED = "8B chat";

  private static final String INPUT =
      """
      training:
        - name: "8B dense, predictive"
          model: {parameters: 8e9, layers: 32, d_model: 4096, context_length: 8192}
          tokens: 15T
          hardware: {accelerator: h100-sxm, count: 4096}
        - name: GPT-3 accounting
          model: {parameters: 175e9}
          tokens: 300e9
          hardware: {accelerator: v100-sxm2, count: 10000, precision: fp16}
          device_hours: 3552000
          power_per_device_W: 330
          chip_hour_price_USD: 2
      inference:
        - name: 8B chat
          model: {parameters: 8e9, layers: 32, d_model: 4096, kv_dim: 1024}
          hardware: {accelerator: h100-sxm, count: 1}
          batch_size: 64
          input_tokens: 600
          output_tokens: 400
          requests_per_day: 1e7
      """;

  private SampleResult() {}

  static FootprintInput input() {
    try {
      return FootprintInputReader.parse(INPUT, "sample.yaml", Path.of("."));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static FootprintResult result() {
    return FootprintService.estimate(input().request());
  }
}
