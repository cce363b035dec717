package io.terawatt.footprint;

/**
 * How embodied carbon is amortised: the accelerator's own figure comes from the catalog; the server
 * around it and the service life come from here.
 *
 * @param serverShareKgCo2ePerAccelerator embodied carbon of the server without accelerators,
 *     divided by accelerators per server
 * @param serviceLifeYears years over which hardware carbon is spread
 */
public record EmbodiedAssumptions(double serverShareKgCo2ePerAccelerator, double serviceLifeYears) {

  /**
   * 312.5 kg per accelerator (BLOOM's 2,500 kgCO2e per 8-GPU HPE Apollo node, Luccioni et al. 2023,
   * reused by Morrison et al. 2025) over 4 years (Morrison et al. 2025).
   */
  public static final EmbodiedAssumptions DEFAULT = new EmbodiedAssumptions(2500.0 / 8, 4);

  /** Rejects negative shares and non-positive lives. */
  public EmbodiedAssumptions {
    if (!(serverShareKgCo2ePerAccelerator >= 0)) {
      throw new IllegalArgumentException(
          "The server_embodied_kgCO2e_per_accelerator ("
              + serverShareKgCo2ePerAccelerator
              + ") must be zero or more.");
    }
    if (!(serviceLifeYears > 0)) {
      throw new IllegalArgumentException(
          "The service_life_years (" + serviceLifeYears + ") must be positive.");
    }
  }

  /** Embodied kgCO2e charged per device-hour of the given accelerator. */
  public double kgCo2ePerDeviceHour(Accelerator accelerator) {
    return (accelerator.embodiedKgCo2e() + serverShareKgCo2ePerAccelerator)
        / (serviceLifeYears * 8760.0);
  }
}
