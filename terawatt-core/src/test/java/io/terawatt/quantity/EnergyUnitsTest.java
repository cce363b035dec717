package io.terawatt.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Energy converts between Wh, kWh, MWh and J without losing anything but rounding. */
class EnergyUnitsTest {
  private static final long SEED = 20240611L;

  @Test
  void oneKilowattHourIsThreePointSixMegajoules() {
    assertThat(Energy.ofKilowattHours(1).joules()).isEqualTo(3.6e6);
    assertThat(Energy.ofJoules(3600).wattHours()).isEqualTo(1.0);
  }

  @Test
  void oneMegawattHourIsAThousandKilowattHoursAndAMillionWattHours() {
    Energy mwh = Energy.ofMegawattHours(1);

    assertThat(mwh.kilowattHours()).isEqualTo(1000.0);
    assertThat(mwh.wattHours()).isEqualTo(1e6);
  }

  @Test
  void everyUnitRoundTripsThroughEveryOther() {
    Random random = new Random(SEED);
    for (int i = 0; i < 1000; i++) {
      double x = randomMagnitude(random);

      assertThat(Energy.ofKilowattHours(x).kilowattHours()).isCloseTo(x, withinPercentage(1e-10));
      assertThat(Energy.ofMegawattHours(x).megawattHours()).isCloseTo(x, withinPercentage(1e-10));
      assertThat(Energy.ofJoules(x).joules()).isCloseTo(x, withinPercentage(1e-10));
      assertThat(Energy.ofWattHours(Energy.ofKilowattHours(x).wattHours()).kilowattHours())
          .isCloseTo(x, withinPercentage(1e-10));
      assertThat(Energy.ofJoules(Energy.ofMegawattHours(x).joules()).megawattHours())
          .isCloseTo(x, withinPercentage(1e-10));
      assertThat(Energy.ofMegawattHours(Energy.ofKilowattHours(x).megawattHours()).kilowattHours())
          .isCloseTo(x, withinPercentage(1e-10));
    }
  }

  @Test
  void sumAndScalingStayInWattHours() {
    Energy sum = Energy.ofKilowattHours(1).plus(Energy.ofWattHours(500));

    assertThat(sum.wattHours()).isEqualTo(1500.0);
    assertThat(sum.times(2).kilowattHours()).isEqualTo(3.0);
  }

  /** A non-negative value spread over 18 orders of magnitude. */
  static double randomMagnitude(Random random) {
    return random.nextDouble() * Math.pow(10, random.nextInt(19) - 6);
  }
}
