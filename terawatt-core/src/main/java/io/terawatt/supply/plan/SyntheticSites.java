package io.terawatt.supply.plan;

import io.terawatt.supply.GeneratorOption;
import io.terawatt.supply.GridConnection;
import io.terawatt.supply.OptionKind;
import io.terawatt.supply.StorageOption;
import io.terawatt.supply.SupplySite;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;

/**
 * Synthetic sites for tests and benchmarks, built deterministically from a seed: the same seed
 * gives the same site on every JDK ({@link Random} is specified).
 *
 * <p>All costs, emissions, water and land figures here are illustrative round numbers chosen to
 * give a varied mix, not data: unverified. Profiles are sinusoids (day, season) with seeded noise.
 */
public final class SyntheticSites {

  /** Hours of a (non-leap) year. */
  public static final int YEAR_HOURS = 8760;

  private SyntheticSites() {}

  /**
   * A 100 MW site over 8,760 hours with ten generator technologies (solar, onshore and offshore
   * wind, run-of-river hydro, geothermal, small modular nuclear, combined- and open-cycle gas,
   * diesel backup, hydrogen fuel cell), two storage options (4-hour-class lithium-ion, 100-hour
   * iron-air), a 60 MW import and 20 MW export grid connection, a 10 km² land limit and a 2·10⁶ m³
   * water limit.
   */
  public static SupplySite tenTechnologies(long seed) {
    return tenTechnologies(seed, YEAR_HOURS);
  }

  /**
   * The same site over its first {@code hours} hours, with capacity costs scaled by {@code
   * hours/8760} so that a short horizon weighs capacity against energy as the full year does, and
   * the water limit scaled likewise.
   */
  public static SupplySite tenTechnologies(long seed, int hours) {
    if (hours < 1 || hours > YEAR_HOURS) {
      throw new IllegalArgumentException("Hours must be in [1, 8760], not " + hours + ".");
    }
    Random random = new Random(seed);
    double share = hours / (double) YEAR_HOURS;
    double[] load = new double[hours];
    double[] price = new double[hours];
    double[] intensity = new double[hours];
    double[] cleanShare = new double[hours];
    double[] solar = new double[hours];
    double[] windOn = new double[hours];
    double[] windOff = new double[hours];
    double[] hydro = new double[hours];
    double cloud = 1;
    double windOnState = 0;
    double windOffState = 0;
    for (int h = 0; h < hours; h++) {
      int hourOfDay = h % 24;
      int day = h / 24;
      double daily = Math.sin(2 * Math.PI * (hourOfDay - 9) / 24.0);
      double seasonal = Math.cos(2 * Math.PI * (day - 172) / 365.0);
      load[h] = 100 * (1 + 0.08 * daily + 0.05 * seasonal + 0.02 * random.nextGaussian());
      price[h] = Math.max(5, 55 + 25 * daily - 10 * seasonal + 8 * random.nextGaussian());
      intensity[h] = Math.max(50, 380 + 90 * daily - 40 * seasonal + 30 * random.nextGaussian());
      cleanShare[h] = clamp(0.35 - 0.1 * daily + 0.1 * seasonal + 0.05 * random.nextGaussian());
      if (hourOfDay == 0) {
        cloud = 0.45 + 0.55 * random.nextDouble();
      }
      // Sun from 06:00 to 18:00; sin(π) is 1.2e-16, not 0, so the night is set to 0 exactly.
      double sun = hourOfDay > 6 && hourOfDay < 18 ? Math.sin(Math.PI * (hourOfDay - 6) / 12.0) : 0;
      solar[h] = clamp(sun * (0.8 + 0.2 * seasonal) * cloud);
      windOnState = 0.97 * windOnState + 0.24 * random.nextGaussian();
      windOffState = 0.98 * windOffState + 0.2 * random.nextGaussian();
      windOn[h] = clamp(logistic(windOnState - 0.6 - 0.3 * seasonal) * 0.9);
      windOff[h] = clamp(logistic(windOffState - 0.2 - 0.3 * seasonal) * 0.95);
      hydro[h] = clamp(0.5 + 0.2 * Math.cos(2 * Math.PI * (day - 120) / 365.0));
    }
    List<GeneratorOption> generators =
        List.of(
            // technology, kind, clean, existing, max, availability, capacity cost USD/MW·yr,
            // variable USD/MWh, direct and life-cycle gCO2e/kWh, water L/MWh, land m²/MW: all
            // illustrative, unverified.
            generator(
                "solar_pv",
                OptionKind.VARIABLE,
                true,
                0,
                none(),
                solar,
                70_000,
                0,
                0,
                48,
                100,
                20_000,
                0,
                share),
            generator(
                "wind_onshore",
                OptionKind.VARIABLE,
                true,
                0,
                none(),
                windOn,
                130_000,
                0,
                0,
                11,
                0,
                50_000,
                0,
                share),
            generator(
                "wind_offshore",
                OptionKind.VARIABLE,
                true,
                0,
                OptionalDouble.of(150),
                windOff,
                300_000,
                0,
                0,
                12,
                0,
                0,
                0,
                share),
            generator(
                "hydro_run_of_river",
                OptionKind.VARIABLE,
                true,
                0,
                OptionalDouble.of(20),
                hydro,
                250_000,
                2,
                0,
                24,
                0,
                5_000,
                0,
                share),
            generator(
                "geothermal",
                OptionKind.DISPATCHABLE,
                true,
                0,
                OptionalDouble.of(15),
                constant(hours, 0.95),
                500_000,
                5,
                0,
                38,
                1_000,
                2_000,
                1,
                share),
            generator(
                "nuclear_smr",
                OptionKind.DISPATCHABLE,
                true,
                0,
                OptionalDouble.of(50),
                constant(hours, 0.92),
                700_000,
                10,
                0,
                12,
                2_500,
                1_000,
                0,
                share),
            generator(
                "gas_ccgt",
                OptionKind.DISPATCHABLE,
                false,
                0,
                none(),
                constant(hours, 0.95),
                100_000,
                45,
                370,
                490,
                700,
                500,
                2,
                share),
            generator(
                "gas_ocgt",
                OptionKind.DISPATCHABLE,
                false,
                0,
                none(),
                constant(hours, 0.98),
                60_000,
                75,
                550,
                650,
                100,
                500,
                3,
                share),
            generator(
                "diesel_backup",
                OptionKind.DISPATCHABLE,
                false,
                20,
                OptionalDouble.of(60),
                constant(hours, 0.99),
                40_000,
                250,
                700,
                800,
                50,
                200,
                4,
                share),
            generator(
                "hydrogen_fuel_cell",
                OptionKind.DISPATCHABLE,
                true,
                0,
                none(),
                constant(hours, 0.95),
                150_000,
                150,
                0,
                30,
                300,
                300,
                3,
                share));
    List<StorageOption> storage =
        List.of(
            // power USD/MW·yr, energy USD/MWh·yr, round-trip efficiency, durations, land m²/MW:
            // illustrative, unverified.
            new StorageOption(
                "battery_li_ion",
                0,
                0,
                OptionalDouble.empty(),
                60_000 * share,
                20_000 * share,
                0.85,
                1,
                8,
                100),
            new StorageOption(
                "iron_air",
                0,
                0,
                OptionalDouble.of(50),
                150_000 * share,
                2_000 * share,
                0.45,
                50,
                150,
                500));
    GridConnection grid = new GridConnection(intensity, price, cleanShare, 60, 20, 0.5, 450);
    return new SupplySite(
        "synthetic-" + seed,
        Instant.parse("2025-01-01T00:00:00Z"),
        load,
        grid,
        generators,
        storage,
        OptionalDouble.of(10),
        OptionalDouble.of(2e6 * share),
        10_000);
  }

  private static GeneratorOption generator(
      String technology,
      OptionKind kind,
      boolean clean,
      double existing,
      OptionalDouble max,
      double[] availability,
      double capacityCost,
      double variableCost,
      double direct,
      double lifecycle,
      double water,
      double land,
      int merit,
      double share) {
    return new GeneratorOption(
        technology,
        kind,
        clean,
        existing,
        max,
        availability,
        capacityCost * share,
        variableCost,
        direct,
        lifecycle,
        water,
        land,
        merit);
  }

  private static OptionalDouble none() {
    return OptionalDouble.empty();
  }

  private static double[] constant(int hours, double v) {
    double[] a = new double[hours];
    java.util.Arrays.fill(a, v);
    return a;
  }

  private static double logistic(double x) {
    return 1 / (1 + Math.exp(-3 * x));
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }
}
