package io.terawatt.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.terawatt.grid.typical.BuiltInTypicalYears;
import io.terawatt.grid.typical.SyntheticYearGenerator;
import io.terawatt.timeseries.HourlySeries;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** A site's grid spec gives one intensity signal, with or without the years before it. */
class GridSignalTest {

  static GridSpec grid(Optional<String> zone, OptionalDouble constant, OptionalLong seed) {
    OptionalDouble none = OptionalDouble.empty();
    return new GridSpec(zone, constant, none, none, none, none, none, none, seed);
  }

  @Test
  void aZonesYearIsItsSeededSyntheticYearWithOrWithoutHistory() {
    Optional<GridSpec> ie =
        Optional.of(grid(Optional.of("IE"), OptionalDouble.empty(), OptionalLong.of(4)));

    HourlySeries year = GridSignal.intensity(ie, Optional.empty(), 2030, 0);
    HourlySeries withHistory = GridSignal.intensity(ie, Optional.empty(), 2030, 2);

    assertThat(year)
        .isEqualTo(
            SyntheticYearGenerator.generate(
                BuiltInTypicalYears.get().find("IE").orElseThrow(), 2030, 4));
    assertThat(
            Arrays.copyOfRange(
                withHistory.values(), withHistory.hours() - 8760, withHistory.hours()))
        .containsExactly(year.values());
  }

  @Test
  void theScenariosZoneStandsInWhenTheGridNamesNoneAndTheSeedDefaultsToOne() {
    Optional<GridSpec> unnamed =
        Optional.of(grid(Optional.empty(), OptionalDouble.empty(), OptionalLong.empty()));
    Optional<GridSpec> named =
        Optional.of(
            grid(
                Optional.of("FR"),
                OptionalDouble.empty(),
                OptionalLong.of(GridSignal.DEFAULT_SEED)));

    assertThat(GridSignal.intensity(unnamed, Optional.of("FR"), 2031, 1))
        .isEqualTo(GridSignal.intensity(named, Optional.empty(), 2031, 1));
    assertThat(GridSignal.intensity(Optional.empty(), Optional.of("FR"), 2031, 1))
        .as("an extra region: the zone at the default seed")
        .isEqualTo(GridSignal.intensity(named, Optional.empty(), 2031, 1));
    assertThat(GridSignal.sameSignal(unnamed, named)).isTrue();
  }

  @Test
  void aConstantIsConstantAndAnOffGridSiteSeesZero() {
    Optional<GridSpec> constant =
        Optional.of(grid(Optional.of("IE"), OptionalDouble.of(300), OptionalLong.empty()));

    assertThat(GridSignal.intensity(constant, Optional.of("IE"), 2030, 1).values())
        .containsOnly(300.0)
        .hasSize(8760 * 2);
    assertThat(GridSignal.intensity(Optional.empty(), Optional.empty(), 2028, 0).values())
        .containsOnly(0.0)
        .hasSize(8784);
    assertThat(
            GridSignal.sameSignal(
                constant,
                Optional.of(grid(Optional.of("IE"), OptionalDouble.empty(), OptionalLong.empty()))))
        .isFalse();
    assertThat(
            GridSignal.sameSignal(
                Optional.of(grid(Optional.of("IE"), OptionalDouble.empty(), OptionalLong.of(2))),
                Optional.of(grid(Optional.of("IE"), OptionalDouble.empty(), OptionalLong.of(3)))))
        .isFalse();
  }

  @Test
  void aZoneWithoutATypicalYearIsRefused() {
    assertThatThrownBy(
            () -> GridSignal.intensity(Optional.empty(), Optional.of("XX-NOWHERE"), 2030, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("XX-NOWHERE");
  }
}
