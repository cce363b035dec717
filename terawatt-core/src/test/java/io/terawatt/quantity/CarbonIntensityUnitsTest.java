package io.terawatt.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Carbon intensity is kept in g/kWh whatever unit the signal comes in. */
class CarbonIntensityUnitsTest {
  private static final double GRAMS_PER_POUND = 453.59237;

  @Test
  void onePoundPerMegawattHourIsZeroPoint45359237GramsPerKilowattHour() {
    assertThat(CarbonIntensity.ofPoundsPerMegawattHour(1).gramsCo2ePerKilowattHour())
        .isEqualTo(0.45359237);
    assertThat(CarbonIntensity.ofPoundsPerMegawattHour(1000).gramsCo2ePerKilowattHour())
        .isCloseTo(GRAMS_PER_POUND, withinPercentage(1e-12));
  }

  @Test
  void poundsPerMegawattHourScaleLinearly() {
    Random random = new Random(13L);
    for (int i = 0; i < 1000; i++) {
      double lbPerMwh = random.nextDouble() * 3000;

      // lb/MWh -> g/MWh (x 453.59237) -> g/kWh (/ 1000)
      assertThat(CarbonIntensity.ofPoundsPerMegawattHour(lbPerMwh).gramsCo2ePerKilowattHour())
          .isCloseTo(lbPerMwh * GRAMS_PER_POUND / 1000, withinPercentage(1e-10));
    }
  }

  @Test
  void kilogramsPerKilowattHourAreAThousandGrams() {
    assertThat(CarbonIntensity.ofKilogramsPerKilowattHour(0.4).gramsCo2ePerKilowattHour())
        .isEqualTo(400.0);
  }

  @Test
  void intensitiesOrderByGramsPerKilowattHour() {
    assertThat(CarbonIntensity.ofPoundsPerMegawattHour(1000))
        .isGreaterThan(CarbonIntensity.ofGramsPerKilowattHour(453))
        .isLessThan(CarbonIntensity.ofKilogramsPerKilowattHour(0.454));
  }
}
