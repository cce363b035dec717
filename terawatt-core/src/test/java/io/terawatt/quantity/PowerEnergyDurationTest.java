package io.terawatt.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Power over time is energy, and energy over time is average power. */
class PowerEnergyDurationTest {

  @Test
  void energyOfConstantPowerIsPowerTimesHours() {
    assertThat(Power.ofKilowatts(2).times(Duration.ofHours(3)).kilowattHours()).isEqualTo(6.0);
    assertThat(Power.ofWatts(100).times(Duration.ofMinutes(30)).wattHours()).isEqualTo(50.0);
    assertThat(Power.ofMegawatts(1.5).timesHours(4).megawattHours()).isEqualTo(6.0);
  }

  @Test
  void oneWattForOneSecondIsOneJoule() {
    assertThat(Power.ofWatts(1).times(Duration.ofSeconds(1)).joules())
        .isCloseTo(1.0, withinPercentage(1e-12));
  }

  @Test
  void averagePowerIsEnergyOverDuration() {
    assertThat(Energy.ofMegawattHours(24).dividedBy(Duration.ofDays(1)).megawatts()).isEqualTo(1.0);
  }

  @Test
  void dividingByTheDurationUndoesMultiplyingByIt() {
    Random random = new Random(17L);
    for (int i = 0; i < 1000; i++) {
      Power power = Power.ofWatts(EnergyUnitsTest.randomMagnitude(random));
      Duration duration =
          Duration.ofSeconds(1 + random.nextInt(36_000_000), random.nextInt(1_000_000_000));

      Power back = power.times(duration).dividedBy(duration);

      assertThat(back.watts()).isCloseTo(power.watts(), withinPercentage(1e-10));
    }
  }

  @Test
  void multiplyingByTheDurationUndoesDividingByIt() {
    Random random = new Random(19L);
    for (int i = 0; i < 1000; i++) {
      Energy energy = Energy.ofWattHours(EnergyUnitsTest.randomMagnitude(random));
      Duration duration = Duration.ofMillis(1 + random.nextInt(1_000_000_000));

      Energy back = energy.dividedBy(duration).times(duration);

      assertThat(back.wattHours()).isCloseTo(energy.wattHours(), withinPercentage(1e-10));
    }
  }

  @Test
  void energyCannotBeSpreadOverAZeroOrNegativeDuration() {
    assertThatThrownBy(() -> Energy.ofKilowattHours(1).dividedBy(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PT0S")
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> Energy.ofKilowattHours(1).dividedBy(Duration.ofHours(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void powerOverANegativeDurationIsRejectedAsNegativeEnergy() {
    assertThatThrownBy(() -> Power.ofWatts(10).times(Duration.ofHours(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("energy_Wh");
    assertThatThrownBy(() -> Power.ofWatts(10).timesHours(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duration_h");
  }
}
