package io.terawatt.scheduling;

/**
 * Energy of moving a job's data to a region other than its home.
 *
 * <p>Aslan, Mayers, Koomey and France, "Electricity Intensity of Internet Data Transmission:
 * Untangling the Estimates", Journal of Industrial Ecology 22(4), 2018: 0.06 kWh/GB for 2015,
 * halving about every two years. Extrapolated four halvings to 2023: 0.06 / 16 = 0.00375 kWh/GB
 * (extrapolation, unverified). The data moves when the job is accepted: the energy is charged at
 * the destination's intensity in the job's arrival hour.
 */
public final class DataMigration {
  /** Network energy per GB moved, kWh/GB (2015 figure halved four times; unverified). */
  public static final double ENERGY_kWh_PER_GB = 0.06 / 16;

  private DataMigration() {}

  /** Energy to move {@code data_GB}, kWh. */
  public static double energy_kWh(double data_GB) {
    return data_GB * ENERGY_kWh_PER_GB;
  }
}
