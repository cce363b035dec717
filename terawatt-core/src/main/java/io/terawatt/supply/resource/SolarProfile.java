package io.terawatt.supply.resource;

import io.terawatt.timeseries.HourlySeries;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * Hourly PV capacity factors (AC output per kWp of DC peak, unit {@value #UNIT}) for a site and a
 * UTC year, from the sun's position ({@link SolarPosition}), the Haurwitz clear sky and the Erbs
 * split ({@link ClearSkyIrradiance}), a seeded clear-sky index ({@link CloudinessProcess}), the
 * Hay-Davies plane-of-array transposition ({@link PlaneOfArray}) and the PVWatts-style conversion
 * of {@link SolarParameters}.
 *
 * <p>Each hour averages {@link SolarParameters#samplesPerHour()} sun positions at the middles of
 * equal sub-intervals (every 5 minutes by default), so sunrise and sunset hours get their partial
 * output; the clear-sky index is constant within an hour.
 *
 * <p>Expected annual capacity factors per kWp (DC) of real systems, for orientation: about 10-12 %
 * for fixed systems in Germany (PVGIS and renewables.ninja give 950-1100 kWh/kWp a year), 20-22 %
 * for fixed systems in Arizona (PVWatts, Phoenix, about 1800-1900 kWh/kWp) and 25-30 % there on
 * single-axis trackers. With the presets, {@code
 * SolarProfileTest#annualCapacityFactorsAreInPlausibleRanges} measures (2023, mean of seeds 1-5):
 * Berlin fixed at latitude tilt 10.8 %, Phoenix fixed 20.1 %, Phoenix single-axis 24.8 % (just
 * below that range), Sydney fixed 15.7 %. One seed moves a year by about ±5 % (relative), as real
 * years differ. Against Solcast's estimated output for Berlin, 15 July - 15 August 2022, the mean
 * diurnal shape correlates at 0.999; see {@code SolcastValidationIT}.
 */
public final class SolarProfile {
  /** The unit of the series: output per unit of installed (DC peak) capacity, 0..1. */
  public static final String UNIT = "capacity_factor";

  private SolarProfile() {}

  /**
   * One UTC year (8760 or 8784 hours) of hourly PV capacity factors.
   *
   * @param latitude_deg north positive
   * @param longitude_deg east positive
   * @param year the calendar year, UTC
   * @param seed the seed of the cloudiness; one seed, one series
   * @param parameters the system and its climate
   */
  public static HourlySeries generate(
      double latitude_deg, double longitude_deg, int year, long seed, SolarParameters parameters) {
    Instant start = yearStart(year);
    int hours = Year.isLeap(year) ? 8784 : 8760;
    return generate(latitude_deg, longitude_deg, start, hours, seed, parameters);
  }

  /**
   * Hourly PV capacity factors for any span of whole UTC hours.
   *
   * @param start the first hour, a whole UTC hour
   * @param hours how many hours
   */
  public static HourlySeries generate(
      double latitude_deg,
      double longitude_deg,
      Instant start,
      int hours,
      long seed,
      SolarParameters parameters) {
    SolarPosition.requireLatitude(latitude_deg);
    SolarPosition.requireLongitude(longitude_deg);
    double[] k =
        CloudinessProcess.clearSkyIndex(start, hours, longitude_deg, parameters.cloudiness(), seed);
    return new HourlySeries(
        start, capacityFactors(latitude_deg, longitude_deg, start, k, parameters), UNIT);
  }

  /**
   * One UTC year of hourly PV capacity factors under a cloudless (Haurwitz) sky: the envelope that
   * {@link #generate} scales down.
   */
  public static HourlySeries clearSky(
      double latitude_deg, double longitude_deg, int year, SolarParameters parameters) {
    SolarPosition.requireLatitude(latitude_deg);
    SolarPosition.requireLongitude(longitude_deg);
    Instant start = yearStart(year);
    double[] k = new double[Year.isLeap(year) ? 8784 : 8760];
    Arrays.fill(k, 1.0);
    return new HourlySeries(
        start, capacityFactors(latitude_deg, longitude_deg, start, k, parameters), UNIT);
  }

  /**
   * Capacity factors for hours from {@code start} with a given clear-sky index per hour.
   *
   * @param clearSkyIndex one index per hour
   */
  static double[] capacityFactors(
      double latitude_deg,
      double longitude_deg,
      Instant start,
      double[] clearSkyIndex,
      SolarParameters p) {
    if (!start.truncatedTo(ChronoUnit.HOURS).equals(start)) {
      throw new IllegalArgumentException("The start (" + start + ") must be a whole UTC hour.");
    }
    int n = p.samplesPerHour();
    double tilt = p.tiltAt(latitude_deg);
    double azimuth = p.surfaceAzimuthAt(latitude_deg);
    double[] out = new double[clearSkyIndex.length];
    long startSecond = start.getEpochSecond();
    int dayOfYear = -1;
    long currentDay = Long.MIN_VALUE;
    double e0 = 0;
    double ambient = 0;
    for (int h = 0; h < out.length; h++) {
      long hourStart = startSecond + 3600L * h;
      long epochDay = Math.floorDiv(hourStart, 86400L);
      if (epochDay != currentDay) {
        currentDay = epochDay;
        dayOfYear = LocalDate.ofEpochDay(epochDay).getDayOfYear();
        e0 = ClearSkyIrradiance.extraterrestrialNormal_W_per_m2(dayOfYear);
        ambient = p.ambientTemperature_degC(dayOfYear, latitude_deg);
      }
      double sum = 0;
      for (int s = 0; s < n; s++) {
        double t = hourStart + (s + 0.5) * 3600.0 / n;
        SolarPosition sun = SolarPosition.of(latitude_deg, longitude_deg, t);
        if (!sun.isUp()) {
          continue;
        }
        double cosZ = sun.cosZenith();
        double ghi = clearSkyIndex[h] * ClearSkyIrradiance.globalHorizontal_W_per_m2(cosZ);
        HorizontalIrradiance split = ClearSkyIrradiance.split(ghi, cosZ, dayOfYear);
        double poa =
            p.mounting() == Mounting.SINGLE_AXIS
                ? PlaneOfArray.singleAxis_W_per_m2(
                    sun, split, e0, p.maxRotation_deg(), p.albedo_fraction())
                : PlaneOfArray.fixedTilt_W_per_m2(
                    sun, split, e0, tilt, azimuth, p.albedo_fraction());
        sum += p.output_fraction(poa, ambient);
      }
      out[h] = sum / n;
    }
    return out;
  }

  private static Instant yearStart(int year) {
    return LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
