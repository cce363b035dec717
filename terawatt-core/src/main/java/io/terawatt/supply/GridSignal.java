package io.terawatt.supply;

import io.terawatt.grid.GridQuantity;
import io.terawatt.grid.typical.BuiltInTypicalYears;
import io.terawatt.grid.typical.SyntheticYearGenerator;
import io.terawatt.grid.typical.TypicalYear;
import io.terawatt.timeseries.HourlySeries;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The hourly location-based grid intensity a site's grid spec gives: a constant when the spec names
 * one, else the zone's seeded synthetic year from its built-in typical year ({@link
 * SyntheticYearGenerator#generateWithHistory}), else zero (an off-grid site). With history, the
 * planning year is the same one that is drawn without: every caller that asks for a zone's year
 * with a seed gets one signal.
 */
public final class GridSignal {
  /**
   * Seed of a zone's synthetic year when the grid names none: 1, the seed the typical years were
   * checked with (see {@link SyntheticYearGenerator}); a convention, not a measurement.
   */
  public static final long DEFAULT_SEED = 1;

  private GridSignal() {}

  /**
   * The intensity from January 1st of {@code year - historyYears} to the end of {@code year},
   * gCO2e/kWh.
   *
   * @param grid the site's grid; empty for none
   * @param zone the zone when the grid names none (a scenario's candidate zone); empty for none
   * @param year planning year
   * @param historyYears whole years of history before it, 0 or more
   * @throws IllegalArgumentException for a zone without a built-in typical year
   */
  public static HourlySeries intensity(
      Optional<GridSpec> grid, Optional<String> zone, int year, int historyYears) {
    Instant start =
        LocalDate.of(year - historyYears, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    int hours =
        (int)
            Duration.between(
                    start, LocalDate.of(year + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant())
                .toHours();
    OptionalDouble constant =
        grid.map(GridSpec::intensity_gCO2e_per_kWh).orElse(OptionalDouble.empty());
    Optional<String> named = grid.flatMap(GridSpec::zone).or(() -> zone);
    if (constant.isPresent() || named.isEmpty()) {
      double[] values = new double[hours];
      Arrays.fill(values, constant.orElse(0));
      return new HourlySeries(start, values, GridQuantity.CARBON_INTENSITY.unit());
    }
    TypicalYear typical =
        BuiltInTypicalYears.get()
            .find(named.get())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "No built-in typical year for zone " + named.get() + "."));
    return SyntheticYearGenerator.generateWithHistory(typical, year, historyYears, seed(grid));
  }

  /**
   * Whether two grids in one zone give the same signal: the same constant, or both the zone's year
   * with the same seed.
   */
  public static boolean sameSignal(Optional<GridSpec> a, Optional<GridSpec> b) {
    return Objects.equals(constant(a), constant(b)) && seed(a) == seed(b);
  }

  private static OptionalDouble constant(Optional<GridSpec> grid) {
    return grid.map(GridSpec::intensity_gCO2e_per_kWh).orElse(OptionalDouble.empty());
  }

  private static long seed(Optional<GridSpec> grid) {
    return grid.map(g -> g.seed().orElse(DEFAULT_SEED)).orElse(DEFAULT_SEED);
  }
}
