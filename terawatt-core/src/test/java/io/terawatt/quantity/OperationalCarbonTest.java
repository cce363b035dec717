package io.terawatt.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Energy drawn at a carbon intensity emits energy (kWh) times intensity (g/kWh). */
class OperationalCarbonTest {

  @Test
  void oneMegawattHourAtFourHundredGramsPerKilowattHourIsZeroPointFourTonnes() {
    CarbonMass carbon =
        Energy.ofMegawattHours(1).times(CarbonIntensity.ofGramsPerKilowattHour(400));

    assertThat(carbon.tonnes()).isEqualTo(0.4);
    assertThat(carbon.kilograms()).isEqualTo(400.0);
  }

  @Test
  void zeroIntensityEmitsNothing() {
    assertThat(Energy.ofMegawattHours(5).times(CarbonIntensity.ofGramsPerKilowattHour(0)))
        .isEqualTo(CarbonMass.ZERO);
  }

  @Test
  void carbonIsBilinearInEnergyAndIntensity() {
    Random random = new Random(23L);
    for (int i = 0; i < 1000; i++) {
      double kwh = random.nextDouble() * 1e6;
      double gramsPerKwh = random.nextDouble() * 1000;
      double factor = random.nextDouble() * 10;

      CarbonMass base =
          Energy.ofKilowattHours(kwh).times(CarbonIntensity.ofGramsPerKilowattHour(gramsPerKwh));
      CarbonMass scaled =
          Energy.ofKilowattHours(kwh)
              .times(factor)
              .times(CarbonIntensity.ofGramsPerKilowattHour(gramsPerKwh));

      assertThat(base.gramsCo2e()).isCloseTo(kwh * gramsPerKwh, withinPercentage(1e-10));
      assertThat(scaled.gramsCo2e())
          .isCloseTo(base.times(factor).gramsCo2e(), withinPercentage(1e-10));
    }
  }
}
