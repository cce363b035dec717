package io.terawatt.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Water volume converts between L, m³ and mL. */
class WaterVolumeUnitsTest {

  @Test
  void oneCubicMetreIsAThousandLitresAndAMillionMillilitres() {
    WaterVolume cubicMetre = WaterVolume.ofCubicMetres(1);

    assertThat(cubicMetre.litres()).isEqualTo(1000.0);
    assertThat(cubicMetre.millilitres()).isEqualTo(1e6);
  }

  @Test
  void litresCubicMetresAndMillilitresRoundTrip() {
    Random random = new Random(11L);
    for (int i = 0; i < 1000; i++) {
      double x = EnergyUnitsTest.randomMagnitude(random);

      assertThat(WaterVolume.ofCubicMetres(x).cubicMetres()).isCloseTo(x, withinPercentage(1e-10));
      assertThat(WaterVolume.ofLitres(WaterVolume.ofCubicMetres(x).litres()).cubicMetres())
          .isCloseTo(x, withinPercentage(1e-10));
      assertThat(WaterVolume.ofLitres(x).millilitres() / 1e3).isCloseTo(x, withinPercentage(1e-10));
      assertThat(WaterVolume.ofCubicMetres(x).millilitres() / 1e6)
          .isCloseTo(x, withinPercentage(1e-10));
    }
  }

  @Test
  void volumesAdd() {
    assertThat(WaterVolume.ofLitres(400).plus(WaterVolume.ofCubicMetres(0.6)).litres())
        .isEqualTo(1000.0);
  }
}
