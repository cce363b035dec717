package io.terawatt.server.carbonaware;

import java.time.Instant;

/** Imported hourly intensities held in memory, NaN for hours without a value. */
public final class ImportedSource implements IntensitySource {
  private final String location;
  private final long startHour;
  private final double[] intensity_gCO2e_per_kWh;

  /**
   * @param location zone name
   * @param start first hour, a whole UTC hour
   * @param intensity_gCO2e_per_kWh one value per hour, NaN for gaps
   */
  public ImportedSource(String location, Instant start, double[] intensity_gCO2e_per_kWh) {
    if (start.getEpochSecond() % 3600 != 0) {
      throw new IllegalArgumentException("The start " + start + " must be a whole UTC hour.");
    }
    this.location = location;
    this.startHour = start.getEpochSecond() / 3600;
    this.intensity_gCO2e_per_kWh = intensity_gCO2e_per_kWh.clone();
  }

  @Override
  public String location() {
    return location;
  }

  @Override
  public String origin() {
    return "imported";
  }

  @Override
  public Instant start() {
    return Instant.ofEpochSecond(startHour * 3600);
  }

  @Override
  public Instant end() {
    return Instant.ofEpochSecond((startHour + intensity_gCO2e_per_kWh.length) * 3600);
  }

  @Override
  public double intensityAt_gCO2e_per_kWh(long epochHour) {
    long i = epochHour - startHour;
    if (i < 0 || i >= intensity_gCO2e_per_kWh.length) {
      return Double.NaN;
    }
    return intensity_gCO2e_per_kWh[(int) i];
  }
}
