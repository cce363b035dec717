package io.terawatt.supply;

import java.util.OptionalDouble;

/**
 * A storage option: power and energy are sized separately.
 *
 * @param technology technology identifier, for example {@code battery_li_ion}
 * @param existingPower_MW power already built (lower bound when planning)
 * @param existingEnergy_MWh energy already built (lower bound when planning)
 * @param maxPower_MW upper bound on power when planning; empty for none
 * @param annualisedPowerCost_USD_per_MW_year capital recovery plus fixed O&M of power
 * @param annualisedEnergyCost_USD_per_MWh_year capital recovery of energy capacity
 * @param roundTripEfficiency energy out over energy in, (0, 1]; split evenly between charge and
 *     discharge (√η each)
 * @param minDurationHours energy/power at least this when planning (0 for free sizing)
 * @param maxDurationHours energy/power at most this when planning
 * @param land_m2_per_MW land per MW of power
 */
public record StorageOption(
    String technology,
    double existingPower_MW,
    double existingEnergy_MWh,
    OptionalDouble maxPower_MW,
    double annualisedPowerCost_USD_per_MW_year,
    double annualisedEnergyCost_USD_per_MWh_year,
    double roundTripEfficiency,
    double minDurationHours,
    double maxDurationHours,
    double land_m2_per_MW) {

  /** Validates ranges. */
  public StorageOption {
    GeneratorOption.requireNonNegative(existingPower_MW, "existing_power_MW", technology);
    GeneratorOption.requireNonNegative(existingEnergy_MWh, "existing_energy_MWh", technology);
    GeneratorOption.requireNonNegative(
        annualisedPowerCost_USD_per_MW_year, "power cost", technology);
    GeneratorOption.requireNonNegative(
        annualisedEnergyCost_USD_per_MWh_year, "energy cost", technology);
    GeneratorOption.requireNonNegative(land_m2_per_MW, "land_m2_per_MW", technology);
    if (!(roundTripEfficiency > 0 && roundTripEfficiency <= 1)) {
      throw new IllegalArgumentException(
          "The round-trip efficiency ("
              + roundTripEfficiency
              + ") of "
              + technology
              + " must be in (0, 1].");
    }
    if (!(minDurationHours >= 0 && maxDurationHours >= minDurationHours && maxDurationHours > 0)) {
      throw new IllegalArgumentException(
          "The durations of " + technology + " must satisfy 0 <= min <= max, max > 0.");
    }
  }

  /** Charge efficiency, √η. */
  public double chargeEfficiency() {
    return Math.sqrt(roundTripEfficiency);
  }

  /** Discharge efficiency, √η. */
  public double dischargeEfficiency() {
    return Math.sqrt(roundTripEfficiency);
  }

  /** This option with other built sizes. */
  public StorageOption withSize(double power_MW, double energy_MWh) {
    return new StorageOption(
        technology,
        power_MW,
        energy_MWh,
        OptionalDouble.of(Math.max(power_MW, maxPower_MW.orElse(power_MW))),
        annualisedPowerCost_USD_per_MW_year,
        annualisedEnergyCost_USD_per_MWh_year,
        roundTripEfficiency,
        minDurationHours,
        Math.max(maxDurationHours, power_MW > 0 ? energy_MWh / power_MW : 0),
        land_m2_per_MW);
  }
}
