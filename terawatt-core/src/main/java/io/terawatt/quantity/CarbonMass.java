package io.terawatt.quantity;

/**
 * A non-negative mass of greenhouse gas in CO2-equivalent, stored in grams.
 *
 * @param gramsCo2e the mass in gCO2e
 */
public record CarbonMass(double gramsCo2e) implements Comparable<CarbonMass> {
  /** Zero emissions. */
  public static final CarbonMass ZERO = new CarbonMass(0);

  /** Rejects negative, NaN and infinite masses. */
  public CarbonMass {
    Checks.finiteNonNegative(gramsCo2e, "carbon_gCO2e");
  }

  /** A mass in gCO2e. */
  public static CarbonMass ofGrams(double grams) {
    return new CarbonMass(grams);
  }

  /** A mass in kgCO2e. */
  public static CarbonMass ofKilograms(double kilograms) {
    return new CarbonMass(kilograms * 1e3);
  }

  /** A mass in tCO2e (metric tonnes). */
  public static CarbonMass ofTonnes(double tonnes) {
    return new CarbonMass(tonnes * 1e6);
  }

  /** The mass in kgCO2e. */
  public double kilograms() {
    return gramsCo2e / 1e3;
  }

  /** The mass in tCO2e. */
  public double tonnes() {
    return gramsCo2e / 1e6;
  }

  /** The sum of two masses. */
  public CarbonMass plus(CarbonMass other) {
    return new CarbonMass(gramsCo2e + other.gramsCo2e);
  }

  /** This mass scaled by a non-negative factor. */
  public CarbonMass times(double factor) {
    return new CarbonMass(gramsCo2e * factor);
  }

  @Override
  public int compareTo(CarbonMass other) {
    return Double.compare(gramsCo2e, other.gramsCo2e);
  }

  @Override
  public String toString() {
    return gramsCo2e + " gCO2e";
  }
}
