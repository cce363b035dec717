package io.terawatt.footprint.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine reproduces every published training and inference figure within its tolerance. */
class FootprintValidationTest {
  private final List<ValidationRow> rows = FootprintValidation.run();

  @Test
  void everyPublishedFigureIsReproducedWithinItsTolerance() {
    assertThat(rows).isNotEmpty();
    assertThat(rows)
        .allSatisfy(
            r ->
                assertThat(r.passes())
                    .as(
                        "%s %s %s: predicted %s, published %s, error %.2f%% > %s%%",
                        r.caseName(),
                        r.mode(),
                        r.quantity(),
                        r.predicted(),
                        r.published(),
                        r.errorPct(),
                        r.tolerancePct())
                    .isTrue());
  }

  @Test
  void everyCaseWithPublishedDeviceHoursHasAnAccountingRow() {
    List<PublishedTrainingCase> withHours =
        PublishedCases.training().stream().filter(PublishedTrainingCase::hasDeviceHours).toList();

    assertThat(withHours).isNotEmpty();
    assertThat(withHours)
        .allSatisfy(
            c ->
                assertThat(rows)
                    .as(c.run().name())
                    .anySatisfy(
                        r -> {
                          assertThat(r.caseName()).isEqualTo(c.run().name());
                          assertThat(r.mode()).isEqualTo("accounting");
                          assertThat(r.tolerancePct())
                              .isEqualTo(FootprintValidation.ACCOUNTING_TOLERANCE_PCT);
                        }));
  }

  @Test
  void everyTrainingCaseIsAlsoPredictedWithoutItsDeviceHours() {
    assertThat(PublishedCases.training())
        .allSatisfy(
            c ->
                assertThat(rows)
                    .filteredOn(r -> r.caseName().equals(c.run().name()))
                    .anySatisfy(r -> assertThat(r.mode()).isEqualTo("predictive")));
  }

  @Test
  void inferenceIsCheckedAtBatchEightSixtyFourAndFiveHundredTwelve() {
    List<String> inferenceModes =
        rows.stream().filter(r -> r.kind().equals("inference")).map(ValidationRow::mode).toList();

    assertThat(inferenceModes).contains("batch 8", "batch 64", "batch 512");
  }

  @Test
  void errorIsSignedRelativeToThePublishedFigure() {
    ValidationRow over =
        new ValidationRow("c", "training", "accounting", "energy_MWh", 103, 100, 2, "");
    ValidationRow under =
        new ValidationRow("c", "training", "accounting", "energy_MWh", 97, 100, 2, "");

    assertThat(over.errorPct()).isCloseTo(3.0, within(1e-12));
    assertThat(over.passes()).isFalse();
    assertThat(under.errorPct()).isCloseTo(-3.0, within(1e-12));
    assertThat(new ValidationRow("c", "t", "m", "q", 101.5, 100, 2, "").passes()).isTrue();
  }
}
