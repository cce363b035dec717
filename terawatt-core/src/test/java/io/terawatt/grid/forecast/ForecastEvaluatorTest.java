package io.terawatt.grid.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.timeseries.HourlySeries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Rolling-origin evaluation: fit on the training range only, forecast from the past only. */
class ForecastEvaluatorTest {

  /**
   * 168 training hours, then four test hours; persistence is the model, so the model and the
   * persistence baseline must agree.
   */
  private static HourlySeries tinySeries() {
    double[] values = new double[172];
    Arrays.fill(values, 10);
    values[0] = 4;
    values[1] = 5;
    values[167] = 20;
    values[168] = 0.5; // below 1: skipped by the MAPE, counted by the MAE
    values[169] = 40;
    values[170] = 20;
    values[171] = 25;
    return Synthetic.of(values);
  }

  @Test
  void mapeAndMaeMatchAHandComputedCase() {
    HourlySeries data = tinySeries();

    ForecastEvaluation evaluation =
        ForecastEvaluator.evaluate(
            new PersistenceForecaster(),
            data,
            Synthetic.hour(0),
            Synthetic.hour(168),
            Synthetic.hour(168),
            Synthetic.hour(172),
            2);

    // Issues at hours 168, 169 and 170: the last one's targets 170 and 171 end the test range.
    assertThat(evaluation.issueCount()).isEqualTo(3);
    assertThat(evaluation.modelName()).isEqualTo("persistence");
    assertThat(evaluation.unit()).isEqualTo(Synthetic.UNIT);
    assertThat(evaluation.mapeSkippedTargets()).containsExactly(1, 0);

    // Persistence, h = 1: forecasts 20, 0.5, 40 for actuals 0.5, 40, 20.
    // Errors 19.5 (skipped by MAPE), 39.5 (98.75 %), 20 (100 %).
    HorizonErrors model = evaluation.model();
    assertThat(model.maeAt(1)).isCloseTo(79.0 / 3, within(1e-12));
    assertThat(model.mapePercentAt(1)).isCloseTo((98.75 + 100) / 2, within(1e-12));
    // h = 2: forecasts 20, 0.5, 40 for actuals 40, 20, 25: errors 20 (50 %), 19.5 (97.5 %), 15 (60
    // %).
    assertThat(model.maeAt(2)).isCloseTo(54.5 / 3, within(1e-12));
    assertThat(model.mapePercentAt(2)).isCloseTo((50 + 97.5 + 60) / 3, within(1e-12));
    assertThat(evaluation.persistence())
        .isEqualTo(new HorizonErrors("persistence", model.mape_percent(), model.mae_seriesUnit()));

    // Same hour last week, h = 1: forecasts x[0..2] = 4, 5, 10 for actuals 0.5, 40, 20.
    HorizonErrors week = evaluation.seasonalNaive168();
    assertThat(week.forecaster()).isEqualTo("seasonal-naive-168");
    assertThat(week.maeAt(1)).isCloseTo((3.5 + 35 + 10) / 3, within(1e-12));
    assertThat(week.mapePercentAt(1)).isCloseTo((87.5 + 50) / 2, within(1e-12));
    // h = 2: forecasts x[1..3] = 5, 10, 10 for actuals 40, 20, 25.
    assertThat(week.maeAt(2)).isCloseTo((35 + 10 + 15) / 3.0, within(1e-12));
    assertThat(week.mapePercentAt(2)).isCloseTo((87.5 + 50 + 60) / 3, within(1e-12));

    // Same hour yesterday, h = 1: forecasts 10 for actuals 0.5, 40, 20.
    HorizonErrors day = evaluation.seasonalNaive24();
    assertThat(day.maeAt(1)).isCloseTo((9.5 + 30 + 10) / 3, within(1e-12));
    assertThat(day.mapePercentAt(1)).isCloseTo((75 + 50) / 2.0, within(1e-12));
    assertThat(day.meanMapePercentThrough(2))
        .isCloseTo((day.mapePercentAt(1) + day.mapePercentAt(2)) / 2, within(1e-12));
  }

  @Test
  void mapeIsNotANumberWhenEveryActualIsSkipped() {
    double[] values = new double[170];
    Arrays.fill(values, 10);
    values[168] = 0.2;
    values[169] = 0.3;

    ForecastEvaluation evaluation =
        ForecastEvaluator.evaluate(
            new PersistenceForecaster(),
            Synthetic.of(values),
            Synthetic.hour(0),
            Synthetic.hour(168),
            Synthetic.hour(168),
            Synthetic.hour(170),
            1);

    assertThat(evaluation.model().mapePercentAt(1)).isNaN();
    assertThat(evaluation.mapeSkippedTargetsAt(1)).isEqualTo(2);
    // Forecasts 10 and 0.2 for actuals 0.2 and 0.3.
    assertThat(evaluation.model().maeAt(1)).isCloseTo((9.8 + 0.1) / 2, within(1e-12));
  }

  @Test
  void fittedCoefficientsIgnoreTheTestRangeAndHoursBeforeTraining() {
    HourlySeries data = Synthetic.levelShifts(11L, 140);
    Instant trainFrom = Synthetic.hour(14 * 24);
    Instant trainTo = Synthetic.hour(100 * 24);
    double[] wild = data.values();
    Random random = new Random(3);
    for (int i = 0; i < wild.length; i++) {
      if (i < 14 * 24 || i >= 100 * 24) {
        wild[i] = wild[i] * 20 * random.nextDouble() + 1_000;
      }
    }
    HourlySeries wildData = new HourlySeries(data.start(), wild, data.unit());

    RegressionForecaster calm = new RegressionForecaster();
    RegressionForecaster wildOutside = new RegressionForecaster();
    ForecastEvaluation calmEvaluation =
        ForecastEvaluator.evaluate(calm, data, trainFrom, trainTo, trainTo, data.end(), 72);
    ForecastEvaluation wildEvaluation =
        ForecastEvaluator.evaluate(
            wildOutside, wildData, trainFrom, trainTo, trainTo, data.end(), 72);

    for (int h = 1; h <= 72; h++) {
      assertThat(wildOutside.lambda(h)).as("h = %d", h).isEqualTo(calm.lambda(h));
      for (int hour = 0; hour < 24; hour++) {
        assertThat(wildOutside.coefficients(h, hour))
            .as("h = %d, hour %d", h, hour)
            .isEqualTo(calm.coefficients(h, hour));
      }
    }
    // The test range did change, so the scores differ.
    assertThat(wildEvaluation.model().maeAt(24)).isNotEqualTo(calmEvaluation.model().maeAt(24));
  }

  @Test
  void fitSeesExactlyTheTrainingRangeAndEachForecastOnlyHoursBeforeItsIssueTime() {
    HourlySeries data = Synthetic.levelShifts(5L, 30);
    Recording recording = new Recording();

    ForecastEvaluation evaluation =
        ForecastEvaluator.evaluate(
            recording,
            data,
            Synthetic.hour(24),
            Synthetic.hour(20 * 24),
            Synthetic.hour(21 * 24),
            Synthetic.hour(30 * 24),
            48);

    assertThat(recording.fitted).hasSize(1);
    HourlySeries fitted = recording.fitted.get(0);
    assertThat(fitted.start()).isEqualTo(Synthetic.hour(24));
    assertThat(fitted.end()).isEqualTo(Synthetic.hour(20 * 24));
    assertThat(fitted.values()).isEqualTo(Arrays.copyOfRange(data.values(), 24, 20 * 24));

    // Issues at every hour from day 21 up to 48 h before day 30.
    int expectedIssues = 9 * 24 - 48 + 1;
    assertThat(evaluation.issueCount()).isEqualTo(expectedIssues);
    assertThat(recording.issues).hasSize(expectedIssues);
    for (int k = 0; k < expectedIssues; k++) {
      Instant issuedAt = recording.issues.get(k);
      HourlySeries history = recording.histories.get(k);
      assertThat(issuedAt).isEqualTo(Synthetic.hour(21 * 24 + k));
      assertThat(history.end()).isEqualTo(issuedAt);
      assertThat(history.start()).isEqualTo(data.start()); // unbounded lookback: all the past
    }
  }

  @Test
  void rejectsOverlappingOrEmptyRangesAndRangesOutsideTheData() {
    assertThatThrownBy(() -> evaluatePersistence(0, 500, 400, 720, 24))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must end at or before the test range starts");
    assertThatThrownBy(() -> evaluatePersistence(0, 400, 700, 720, 24))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("shorter than the horizon");
    assertThatThrownBy(() -> evaluatePersistence(0, 400, 400, 800, 24))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside the series");
    assertThatThrownBy(() -> evaluatePersistence(0, 400, 400, 720, 169))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 168 h");
  }

  @Test
  void aTestRangeWithoutAWeekBeforeItIsRejectedByTheWeeklyBaseline() {
    assertThatThrownBy(() -> evaluatePersistence(0, 100, 100, 720, 24))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("seasonal-naive-168 needs 168 h");
  }

  /** Evaluates persistence on 30 days of synthetic data; ranges in hours from the start. */
  private static ForecastEvaluation evaluatePersistence(
      int trainFrom, int trainTo, int testFrom, int testTo, int maxHorizonHours) {
    return ForecastEvaluator.evaluate(
        new PersistenceForecaster(),
        Synthetic.levelShifts(5L, 30),
        Synthetic.hour(trainFrom),
        Synthetic.hour(trainTo),
        Synthetic.hour(testFrom),
        Synthetic.hour(testTo),
        maxHorizonHours);
  }

  /** Records what the evaluator hands it and forecasts zeros. */
  private static final class Recording implements Forecaster {
    final List<HourlySeries> fitted = new ArrayList<>();
    final List<Instant> issues = new ArrayList<>();
    final List<HourlySeries> histories = new ArrayList<>();

    @Override
    public String name() {
      return "recording";
    }

    @Override
    public void fit(HourlySeries history) {
      fitted.add(history);
    }

    @Override
    public double[] forecast(HourlySeries history, Instant issuedAt, int horizonHours) {
      issues.add(issuedAt);
      histories.add(history);
      return new double[horizonHours];
    }
  }
}
