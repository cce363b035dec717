package io.terawatt.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Carbon mass converts between g, kg and t of CO2e. */
class CarbonMassUnitsTest {

  @Test
  void oneTonneIsAThousandKilogramsAndAMillionGrams() {
    CarbonMass tonne = CarbonMass.ofTonnes(1);

    assertThat(tonne.kilograms()).isEqualTo(1000.0);
    assertThat(tonne.gramsCo2e()).isEqualTo(1e6);
    assertThat(CarbonMass.ofKilograms(2.5).gramsCo2e()).isEqualTo(2500.0);
  }

  @Test
  void gramsKilogramsAndTonnesRoundTrip() {
    Random random = new Random(7L);
    for (int i = 0; i < 1000; i++) {
      double x = EnergyUnitsTest.randomMagnitude(random);

      assertThat(CarbonMass.ofKilograms(x).kilograms()).isCloseTo(x, withinPercentage(1e-10));
      assertThat(CarbonMass.ofTonnes(x).tonnes()).isCloseTo(x, withinPercentage(1e-10));
      assertThat(CarbonMass.ofGrams(CarbonMass.ofTonnes(x).gramsCo2e()).tonnes())
          .isCloseTo(x, withinPercentage(1e-10));
      assertThat(CarbonMass.ofTonnes(CarbonMass.ofKilograms(x).tonnes()).kilograms())
          .isCloseTo(x, withinPercentage(1e-10));
      assertThat(CarbonMass.ofKilograms(CarbonMass.ofGrams(x).kilograms()).gramsCo2e())
          .isCloseTo(x, withinPercentage(1e-10));
    }
  }
}
