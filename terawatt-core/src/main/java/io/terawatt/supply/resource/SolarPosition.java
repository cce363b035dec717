package io.terawatt.supply.resource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The sun's apparent position seen from a point on the Earth at one UTC instant, by the NOAA solar
 * calculator (NOAA Global Monitoring Laboratory, "General Solar Position Calculations" and the
 * NOAA_Solar_Calculations spreadsheet, after Meeus, <i>Astronomical Algorithms</i>, 1991). NOAA
 * gives its accuracy as about 0.01° for dates 1800-2100 (the atmospheric refraction near the
 * horizon is less certain). Against the NREL SPA reference example (Reda and Andreas 2004,
 * NREL/TP-560-34302: Golden, Colorado, 2003-10-17 19:30:30 UTC, zenith 50.11162°, azimuth
 * 194.34024°) it agrees within 0.02° (see {@code SolarPositionTest}).
 *
 * @param elevation_deg apparent elevation above the horizon, corrected for standard atmospheric
 *     refraction (NOAA's approximation); negative when the sun is below the horizon
 * @param azimuth_deg azimuth clockwise from true north: 90 east, 180 south, 270 west
 * @param declination_deg the sun's declination (apparent)
 * @param equationOfTime_min true solar time minus mean solar time
 */
public record SolarPosition(
    double elevation_deg, double azimuth_deg, double declination_deg, double equationOfTime_min) {

  /** Zenith angle of the sun at sunrise and sunset: 90° plus 0.833° (refraction and the disc). */
  static final double SUNRISE_ZENITH_DEG = 90.833;

  private static final double DEG = Math.PI / 180;

  /**
   * The sun's position.
   *
   * @param latitude_deg geographic latitude, north positive, -90..90
   * @param longitude_deg geographic longitude, east positive, -180..180
   * @param time the UTC instant
   */
  public static SolarPosition of(double latitude_deg, double longitude_deg, Instant time) {
    requireLatitude(latitude_deg);
    requireLongitude(longitude_deg);
    return of(latitude_deg, longitude_deg, time.getEpochSecond() + time.getNano() * 1e-9);
  }

  /**
   * The sun's position at {@code epochSeconds} (seconds since 1970-01-01T00:00Z), without argument
   * checks, for loops.
   */
  static SolarPosition of(double latitude_deg, double longitude_deg, double epochSeconds) {
    double[] sun = sun(epochSeconds);
    double declination = sun[0];
    double equationOfTime = sun[1];
    double minutesOfDay = Math.floorMod((long) Math.floor(epochSeconds), 86400L) / 60.0;
    minutesOfDay += (epochSeconds - Math.floor(epochSeconds)) / 60.0;
    double trueSolarTime = minutesOfDay + equationOfTime + 4 * longitude_deg;
    double hourAngle = trueSolarTime / 4 - 180;
    hourAngle = hourAngle - 360 * Math.floor((hourAngle + 180) / 360);
    double lat = latitude_deg * DEG;
    double dec = declination * DEG;
    double cosZenith =
        Math.sin(lat) * Math.sin(dec) + Math.cos(lat) * Math.cos(dec) * Math.cos(hourAngle * DEG);
    cosZenith = Math.max(-1, Math.min(1, cosZenith));
    double zenith = Math.acos(cosZenith) / DEG;
    double elevation = 90 - zenith;
    double azimuth = azimuth(lat, dec, zenith, hourAngle);
    return new SolarPosition(
        elevation + refraction_deg(elevation), azimuth, declination, equationOfTime);
  }

  /** The cosine of the apparent zenith angle (the sine of the elevation). */
  public double cosZenith() {
    return Math.sin(elevation_deg * DEG);
  }

  /** Whether the sun's centre is above the horizon (apparent elevation above 0°). */
  public boolean isUp() {
    return elevation_deg > 0;
  }

  /**
   * Sunrise (the upper limb on the horizon, zenith 90.833°) on the local solar day of {@code date}:
   * the day whose solar noon is {@code date} at about 12:00 minus 4 minutes per degree east.
   *
   * @return empty in polar day or polar night
   */
  public static Optional<Instant> sunrise(
      double latitude_deg, double longitude_deg, LocalDate date) {
    return riseOrSet(latitude_deg, longitude_deg, date, -1);
  }

  /**
   * Sunset on the local solar day of {@code date}; see {@link #sunrise}.
   *
   * @return empty in polar day or polar night
   */
  public static Optional<Instant> sunset(
      double latitude_deg, double longitude_deg, LocalDate date) {
    return riseOrSet(latitude_deg, longitude_deg, date, +1);
  }

  /**
   * Solar noon (the sun on the local meridian) on the local solar day of {@code date}: 720 minutes
   * minus 4 minutes per degree of east longitude minus the equation of time, UTC (NOAA).
   */
  public static Instant solarNoon(double latitude_deg, double longitude_deg, LocalDate date) {
    requireLatitude(latitude_deg);
    requireLongitude(longitude_deg);
    double midnight = date.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    double noonMinutes = 720 - 4 * longitude_deg;
    for (int i = 0; i < 3; i++) {
      double eot = sun(midnight + noonMinutes * 60)[1];
      noonMinutes = 720 - 4 * longitude_deg - eot;
    }
    return toInstant(midnight + noonMinutes * 60);
  }

  private static Optional<Instant> riseOrSet(
      double latitude_deg, double longitude_deg, LocalDate date, int sign) {
    requireLatitude(latitude_deg);
    requireLongitude(longitude_deg);
    double noon = solarNoon(latitude_deg, longitude_deg, date).getEpochSecond();
    double t = noon;
    // NOAA evaluates declination and equation of time once; two refinements at the event itself
    // bring the result to within a few seconds of the iterated solution.
    for (int i = 0; i < 3; i++) {
      double[] sun = sun(t);
      double lat = latitude_deg * DEG;
      double dec = sun[0] * DEG;
      double cosH =
          Math.cos(SUNRISE_ZENITH_DEG * DEG) / (Math.cos(lat) * Math.cos(dec))
              - Math.tan(lat) * Math.tan(dec);
      if (cosH < -1 || cosH > 1) {
        return Optional.empty();
      }
      double hourAngle = Math.acos(cosH) / DEG;
      double eotShift = (sun(noon)[1] - sun[1]) * 60;
      t = noon + eotShift + sign * hourAngle * 4 * 60;
    }
    return Optional.of(toInstant(t));
  }

  /** Declination (degrees) and equation of time (minutes) at an instant, NOAA's formulas. */
  private static double[] sun(double epochSeconds) {
    double julianDay = epochSeconds / 86400.0 + 2440587.5;
    double t = (julianDay - 2451545.0) / 36525.0;
    double meanLongitude = mod360(280.46646 + t * (36000.76983 + t * 0.0003032));
    double meanAnomaly = 357.52911 + t * (35999.05029 - 0.0001537 * t);
    double eccentricity = 0.016708634 - t * (0.000042037 + 0.0000001267 * t);
    double m = meanAnomaly * DEG;
    double centre =
        Math.sin(m) * (1.914602 - t * (0.004817 + 0.000014 * t))
            + Math.sin(2 * m) * (0.019993 - 0.000101 * t)
            + Math.sin(3 * m) * 0.000289;
    double trueLongitude = meanLongitude + centre;
    double omega = (125.04 - 1934.136 * t) * DEG;
    double apparentLongitude = trueLongitude - 0.00569 - 0.00478 * Math.sin(omega);
    double meanObliquity =
        23 + (26 + (21.448 - t * (46.815 + t * (0.00059 - t * 0.001813))) / 60) / 60;
    double obliquity = (meanObliquity + 0.00256 * Math.cos(omega)) * DEG;
    double declination = Math.asin(Math.sin(obliquity) * Math.sin(apparentLongitude * DEG)) / DEG;
    double y = Math.tan(obliquity / 2) * Math.tan(obliquity / 2);
    double l0 = meanLongitude * DEG;
    double equationOfTime =
        4
            / DEG
            * (y * Math.sin(2 * l0)
                - 2 * eccentricity * Math.sin(m)
                + 4 * eccentricity * y * Math.sin(m) * Math.cos(2 * l0)
                - 0.5 * y * y * Math.sin(4 * l0)
                - 1.25 * eccentricity * eccentricity * Math.sin(2 * m));
    return new double[] {declination, equationOfTime};
  }

  private static double azimuth(double lat, double dec, double zenith_deg, double hourAngle_deg) {
    double sinZenith = Math.sin(zenith_deg * DEG);
    double denominator = Math.cos(lat) * sinZenith;
    if (Math.abs(denominator) < 1e-12) {
      // Sun at the zenith or observer at a pole: azimuth follows the hour angle.
      return mod360(hourAngle_deg + 180);
    }
    double cosAz = (Math.sin(lat) * Math.cos(zenith_deg * DEG) - Math.sin(dec)) / denominator;
    double az = Math.acos(Math.max(-1, Math.min(1, cosAz))) / DEG;
    return hourAngle_deg > 0 ? mod360(az + 180) : mod360(540 - az);
  }

  /** NOAA's approximation of standard atmospheric refraction, in degrees. */
  static double refraction_deg(double elevation_deg) {
    if (elevation_deg > 85) {
      return 0;
    }
    double te = Math.tan(elevation_deg * DEG);
    double arcSeconds;
    if (elevation_deg > 5) {
      arcSeconds = 58.1 / te - 0.07 / (te * te * te) + 0.000086 / Math.pow(te, 5);
    } else if (elevation_deg > -0.575) {
      double e = elevation_deg;
      arcSeconds = 1735 + e * (-518.2 + e * (103.4 + e * (-12.79 + e * 0.711)));
    } else {
      arcSeconds = -20.772 / te;
    }
    return arcSeconds / 3600;
  }

  private static double mod360(double deg) {
    double r = deg % 360;
    return r < 0 ? r + 360 : r;
  }

  private static Instant toInstant(double epochSeconds) {
    long s = (long) Math.floor(epochSeconds);
    return Instant.ofEpochSecond(s, Math.round((epochSeconds - s) * 1e9));
  }

  static void requireLatitude(double latitude_deg) {
    if (!(latitude_deg >= -90 && latitude_deg <= 90)) {
      throw new IllegalArgumentException(
          "The latitude (" + latitude_deg + "°) must be between -90 and 90 degrees.");
    }
  }

  static void requireLongitude(double longitude_deg) {
    if (!(longitude_deg >= -180 && longitude_deg <= 180)) {
      throw new IllegalArgumentException(
          "The longitude (" + longitude_deg + "°) must be between -180 and 180 degrees.");
    }
  }
}
