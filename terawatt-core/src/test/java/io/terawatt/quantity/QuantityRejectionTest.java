package io.terawatt.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.DoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Quantities refuse impossible values, and the message names the field so users can fix it. */
class QuantityRejectionTest {

  static Stream<Arguments> nonNegativeQuantities() {
    return Stream.of(
        Arguments.of("energy_Wh", (DoubleFunction<?>) Energy::ofWattHours),
        Arguments.of("energy_Wh", (DoubleFunction<?>) Energy::ofKilowattHours),
        Arguments.of("power_W", (DoubleFunction<?>) Power::ofWatts),
        Arguments.of("carbon_gCO2e", (DoubleFunction<?>) CarbonMass::ofTonnes),
        Arguments.of(
            "intensity_gCO2e_per_kWh", (DoubleFunction<?>) CarbonIntensity::ofGramsPerKilowattHour),
        Arguments.of(
            "duration_h", (DoubleFunction<?>) hours -> Power.ofWatts(1).timesHours(hours)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nonNegativeQuantities")
  void negativeValuesAreRejectedNamingTheField(String field, DoubleFunction<?> factory) {
    assertThatThrownBy(() -> factory.apply(-1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(field)
        .hasMessageContaining("(-");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nonNegativeQuantities")
  void notANumberIsRejectedNamingTheField(String field, DoubleFunction<?> factory) {
    assertThatThrownBy(() -> factory.apply(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(field)
        .hasMessageContaining("NaN");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nonNegativeQuantities")
  void infinityIsRejectedNamingTheField(String field, DoubleFunction<?> factory) {
    assertThatThrownBy(() -> factory.apply(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(field);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nonNegativeQuantities")
  void zeroIsAccepted(String field, DoubleFunction<?> factory) {
    assertThat(factory.apply(0.0)).isNotNull();
  }
}
