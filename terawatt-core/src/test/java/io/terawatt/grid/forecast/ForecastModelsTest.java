package io.terawatt.grid.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Forecasters are found by their names; unknown names list the known ones. */
class ForecastModelsTest {

  @Test
  void eachNameGivesAFreshForecasterOfThatName() {
    assertThat(ForecastModels.names())
        .containsExactly("persistence", "seasonal-naive-24", "seasonal-naive-168", "regression");
    for (String name : ForecastModels.names()) {
      assertThat(ForecastModels.byName(name).name()).isEqualTo(name);
      assertThat(ForecastModels.byName(name)).isNotSameAs(ForecastModels.byName(name));
    }
    assertThat(ForecastModels.byName("seasonal-naive-168"))
        .isInstanceOfSatisfying(
            SeasonalNaiveForecaster.class, f -> assertThat(f.periodHours()).isEqualTo(168));
    assertThat(ForecastModels.byName("regression")).isInstanceOf(RegressionForecaster.class);
  }

  @Test
  void anUnknownNameIsRejectedListingTheKnownNames() {
    assertThatThrownBy(() -> ForecastModels.byName("prophet"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'prophet'")
        .hasMessageContaining("persistence, seasonal-naive-24, seasonal-naive-168, regression");
    assertThatThrownBy(() -> ForecastModels.byName(null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
