package io.terawatt.footprint;

import static org.assertj.core.api.Assertions.assertThat;

import io.terawatt.footprint.validation.FootprintValidation;
import org.junit.jupiter.api.Test;

/** The validation service reports every comparison and whether all pass. */
class FootprintValidationServiceTest {

  @Test
  void everyPublishedComparisonIsReportedAndPasses() {
    FootprintValidationReport report = FootprintValidationService.validate();

    assertThat(report.rows()).isEqualTo(FootprintValidation.run());
    assertThat(report.rows()).extracting(r -> r.kind()).contains("training", "inference");
    assertThat(report.allPass()).isTrue();
  }
}
