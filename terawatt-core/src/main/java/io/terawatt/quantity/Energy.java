package io.terawatt.quantity;

import java.time.Duration;

/**
 * A non-negative amount of energy, stored in watt-hours.
 *
 * @param wattHours the energy in Wh
 */
public record Energy(double wattHours) implements Comparable<Energy> {
  /** Zero energy. */
  public static final Energy ZERO = new Energy(0);

  /** Rejects negative, NaN and infinite energies. */
  public Energy {
    Checks.finiteNonNegative(wattHours, "energy_Wh");
  }

  /** An energy in Wh. */
  public static Energy ofWattHours(double wattHours) {
    return new Energy(wattHours);
  }

  /** An energy in kWh. */
  public static Energy ofKilowattHours(double kilowattHours) {
    return new Energy(kilowattHours * 1e3);
  }

  /** An energy in MWh. */
  public static Energy ofMegawattHours(double megawattHours) {
    return new Energy(megawattHours * 1e6);
  }

  /** An energy in joules (watt-seconds). */
  public static Energy ofJoules(double joules) {
    return new Energy(joules / 3600.0);
  }

  /** The energy in J. */
  public double joules() {
    return wattHours * 3600.0;
  }

  /** The energy in kWh. */
  public double kilowattHours() {
    return wattHours / 1e3;
  }

  /** The energy in MWh. */
  public double megawattHours() {
    return wattHours / 1e6;
  }

  /** The sum of two energies. */
  public Energy plus(Energy other) {
    return new Energy(wattHours + other.wattHours);
  }

  /** This energy scaled by a non-negative factor. */
  public Energy times(double factor) {
    return new Energy(wattHours * factor);
  }

  /** The average power when this energy is spread evenly over the given duration. */
  public Power dividedBy(Duration duration) {
    if (duration.isZero() || duration.isNegative()) {
      throw new IllegalArgumentException(
          "The duration (" + duration + ") must be positive to turn energy into power.");
    }
    return Power.ofWatts(wattHours / Power.hours(duration));
  }

  /** The carbon emitted when this energy is drawn at the given intensity. */
  public CarbonMass times(CarbonIntensity intensity) {
    return CarbonMass.ofGrams(kilowattHours() * intensity.gramsCo2ePerKilowattHour());
  }

  @Override
  public int compareTo(Energy other) {
    return Double.compare(wattHours, other.wattHours);
  }

  @Override
  public String toString() {
    return wattHours + " Wh";
  }
}
