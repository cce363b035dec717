package io.terawatt.quantity;

import java.time.Duration;

/**
 * A non-negative power, stored in watts.
 *
 * @param watts the power in W
 */
public record Power(double watts) implements Comparable<Power> {
  /** Zero watts. */
  public static final Power ZERO = new Power(0);

  /** Rejects negative, NaN and infinite powers. */
  public Power {
    Checks.finiteNonNegative(watts, "power_W");
  }

  /** A power in W. */
  public static Power ofWatts(double watts) {
    return new Power(watts);
  }

  /** A power in kW. */
  public static Power ofKilowatts(double kilowatts) {
    return new Power(kilowatts * 1e3);
  }

  /** A power in MW. */
  public static Power ofMegawatts(double megawatts) {
    return new Power(megawatts * 1e6);
  }

  /** The power in kW. */
  public double kilowatts() {
    return watts / 1e3;
  }

  /** The power in MW. */
  public double megawatts() {
    return watts / 1e6;
  }

  /** The energy delivered at this power over the given duration. */
  public Energy times(Duration duration) {
    return Energy.ofWattHours(watts * hours(duration));
  }

  /** A duration in hours, without overflow for long spans. */
  static double hours(Duration duration) {
    return duration.getSeconds() / 3600.0 + duration.getNano() / 3.6e12;
  }

  /** The energy delivered at this power over the given number of hours. */
  public Energy timesHours(double hours) {
    return Energy.ofWattHours(watts * Checks.finiteNonNegative(hours, "duration_h"));
  }

  /** The sum of two powers. */
  public Power plus(Power other) {
    return new Power(watts + other.watts);
  }

  /** This power scaled by a non-negative factor. */
  public Power times(double factor) {
    return new Power(watts * factor);
  }

  @Override
  public int compareTo(Power other) {
    return Double.compare(watts, other.watts);
  }

  @Override
  public String toString() {
    return watts + " W";
  }
}
