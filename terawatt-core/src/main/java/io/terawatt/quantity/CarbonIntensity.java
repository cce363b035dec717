package io.terawatt.quantity;

/**
 * A non-negative carbon intensity of electricity, stored in gCO2e per kWh.
 *
 * <p>The record does not say whether the figure is an average or a marginal intensity: that is
 * metadata of the signal that carries it, and the two must never be mixed.
 *
 * @param gramsCo2ePerKilowattHour the intensity in gCO2e/kWh
 */
public record CarbonIntensity(double gramsCo2ePerKilowattHour)
    implements Comparable<CarbonIntensity> {

  /** Rejects negative, NaN and infinite intensities. */
  public CarbonIntensity {
    Checks.finiteNonNegative(gramsCo2ePerKilowattHour, "intensity_gCO2e_per_kWh");
  }

  /** An intensity in gCO2e/kWh. */
  public static CarbonIntensity ofGramsPerKilowattHour(double value) {
    return new CarbonIntensity(value);
  }

  /** An intensity in kgCO2e/kWh, the unit many reports use. */
  public static CarbonIntensity ofKilogramsPerKilowattHour(double value) {
    return new CarbonIntensity(value * 1e3);
  }

  /** An intensity given in lb/MWh (WattTime's unit): 1 lb/MWh = 0.45359237 g/kWh. */
  public static CarbonIntensity ofPoundsPerMegawattHour(double value) {
    return new CarbonIntensity(value * 0.45359237);
  }

  @Override
  public int compareTo(CarbonIntensity other) {
    return Double.compare(gramsCo2ePerKilowattHour, other.gramsCo2ePerKilowattHour);
  }

  @Override
  public String toString() {
    return gramsCo2ePerKilowattHour + " gCO2e/kWh";
  }
}
