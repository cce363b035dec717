package io.terawatt.supply.technology;

import io.terawatt.supply.GeneratorOption;
import io.terawatt.supply.OptionKind;
import io.terawatt.supply.StorageOption;
import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * Builds the core supply options of a site from catalog technologies for one scenario year.
 *
 * <p>Costs are annualised with the capital recovery factor at {@link
 * TechnologyCatalog#DEFAULT_DISCOUNT_RATE} unless a rate is given. Before a technology's earliest
 * availability year no new capacity can be built: the option keeps its existing capacity (a
 * contract with an existing plant) and its maximum is capped at that.
 */
public final class TechnologyOptions {
  private TechnologyOptions() {}

  /**
   * A generator option at the default discount rate.
   *
   * @param t a variable or dispatchable technology
   * @param year scenario year; sets the capital cost and whether new capacity may be built
   * @param availability hourly capacity factor (variable) or availability (dispatchable), 0..1
   * @param existing_MW capacity already built or contracted
   * @param max_MW upper bound when planning; empty for none
   */
  public static GeneratorOption toGenerator(
      Technology t, int year, double[] availability, double existing_MW, OptionalDouble max_MW) {
    return toGenerator(
        t, year, availability, existing_MW, max_MW, TechnologyCatalog.DEFAULT_DISCOUNT_RATE);
  }

  /** A generator option at the given real discount rate. */
  public static GeneratorOption toGenerator(
      Technology t,
      int year,
      double[] availability,
      double existing_MW,
      OptionalDouble max_MW,
      double discountRate) {
    if (!t.dispatchability().generates()) {
      throw new IllegalArgumentException(
          t.id()
              + " is "
              + t.dispatchability().label()
              + ", not a generator: "
              + (t.dispatchability() == Dispatchability.STORAGE
                  ? "use toStorage."
                  : "model grid imports with a GridConnection."));
    }
    if (availability == null) {
      throw new IllegalArgumentException("The availability of " + t.id() + " is required.");
    }
    return new GeneratorOption(
        t.id(),
        t.dispatchability() == Dispatchability.VARIABLE
            ? OptionKind.VARIABLE
            : OptionKind.DISPATCHABLE,
        t.carbonFree(),
        existing_MW,
        buildable(t, year, existing_MW, max_MW),
        availability,
        t.annualisedCapacityCost_USD_per_MW_year(year, discountRate),
        t.variableCost_USD_per_MWh(),
        t.emissions().direct_gCO2e_per_kWh(),
        t.emissions().lifecycle_gCO2e_per_kWh(),
        t.resources().water_L_per_MWh(),
        t.resources().landDirect_m2_per_MW(),
        t.operation().meritOrder().orElseThrow());
  }

  /**
   * A dispatchable generator whose availability is the catalog's constant outage-based availability
   * (for example nuclear 0.93) in every hour.
   *
   * @param t a dispatchable technology
   * @param year scenario year
   * @param hours number of hours of the site's year
   * @param existing_MW capacity already built or contracted
   * @param max_MW upper bound when planning; empty for none
   */
  public static GeneratorOption toDispatchable(
      Technology t, int year, int hours, double existing_MW, OptionalDouble max_MW) {
    if (t.dispatchability() != Dispatchability.DISPATCHABLE) {
      throw new IllegalArgumentException(
          t.id() + " is " + t.dispatchability().label() + ": give it an hourly profile instead.");
    }
    return toGenerator(
        t,
        year,
        constantAvailability(hours, t.operation().availabilityFactor()),
        existing_MW,
        max_MW);
  }

  /**
   * A storage option at the default discount rate.
   *
   * @param t a storage technology
   * @param year scenario year
   * @param existingPower_MW power already built
   * @param existingEnergy_MWh energy already built
   * @param maxPower_MW upper bound on power when planning; empty for none
   */
  public static StorageOption toStorage(
      Technology t,
      int year,
      double existingPower_MW,
      double existingEnergy_MWh,
      OptionalDouble maxPower_MW) {
    return toStorage(
        t,
        year,
        existingPower_MW,
        existingEnergy_MWh,
        maxPower_MW,
        TechnologyCatalog.DEFAULT_DISCOUNT_RATE);
  }

  /** A storage option at the given real discount rate. */
  public static StorageOption toStorage(
      Technology t,
      int year,
      double existingPower_MW,
      double existingEnergy_MWh,
      OptionalDouble maxPower_MW,
      double discountRate) {
    StorageParameters s =
        t.storage()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        t.id()
                            + " is "
                            + t.dispatchability().label()
                            + ", not storage: use toGenerator."));
    return new StorageOption(
        t.id(),
        existingPower_MW,
        existingEnergy_MWh,
        buildable(t, year, existingPower_MW, maxPower_MW),
        t.annualisedPowerCost_USD_per_MW_year(year, discountRate),
        t.annualisedEnergyCost_USD_per_MWh_year(year, discountRate),
        s.roundTripEfficiency(),
        s.minDuration_h(),
        s.maxDuration_h(),
        t.resources().landDirect_m2_per_MW());
  }

  /** An hourly availability series with the same value in every hour. */
  public static double[] constantAvailability(int hours, double value) {
    if (hours < 0) {
      throw new IllegalArgumentException("The number of hours (" + hours + ") must be >= 0.");
    }
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException("An availability (" + value + ") must be in [0, 1].");
    }
    double[] a = new double[hours];
    Arrays.fill(a, value);
    return a;
  }

  /** The planning bound: as given when the technology is available, else the existing capacity. */
  private static OptionalDouble buildable(
      Technology t, int year, double existing_MW, OptionalDouble max_MW) {
    if (t.isAvailable(year)) {
      return max_MW == null ? OptionalDouble.empty() : max_MW;
    }
    return OptionalDouble.of(existing_MW);
  }
}
