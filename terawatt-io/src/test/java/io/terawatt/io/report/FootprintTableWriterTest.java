package io.terawatt.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The terminal report has a training table and an inference table, one row per result. */
class FootprintTableWriterTest {
  @Test
  void writesOneTableRowPerResult() {
    String text = FootprintTableWriter.write(SampleResult.result());

    assertThat(text.lines().filter(l -> l.startsWith("training "))).hasSize(1);
    assertThat(text.lines().filter(l -> l.startsWith("inference "))).hasSize(1);
    assertThat(text)
        .contains(SampleResult.TRAINING_WITH_COMMA)
        .contains(SampleResult.TRAINING_PRICED)
        .contains(SampleResult.SERVED)
        .endsWith("Emissions are location-based, from average grid intensity.\n");
  }
}
