package io.terawatt.footprint;

/**
 * Where the figures of one {@link Accelerator} come from.
 *
 * @param specifications TDP, peak rates, memory and bandwidth
 * @param trainingPower the measured training system power, or empty
 * @param mfu the default model-FLOPs utilisation
 * @param embodied the embodied carbon
 * @param price the purchase price
 */
public record AcceleratorSources(
    String specifications, String trainingPower, String mfu, String embodied, String price) {

  /** Sources for user-defined hardware: everything is the user's. */
  public static AcceleratorSources userSupplied(String file) {
    String s = "user input (" + file + ")";
    return new AcceleratorSources(s, s, s, s, s);
  }
}
