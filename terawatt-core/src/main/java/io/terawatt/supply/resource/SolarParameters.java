package io.terawatt.supply.resource;

/**
 * A PV system and its climate, for {@link SolarProfile}.
 *
 * <p>The output is per kW of DC peak power (kWp, modules at 1000 W/m² and 25 °C), the basis of
 * renewables.ninja, PVGIS and Solcast's "fraction of peak": {@code ac = min(poa / 1000 (1 + gamma
 * (Tcell - 25)) (1 - losses) eta_inverter, 1 / dcToAcRatio)}. The inverter is sized at {@code 1 /
 * dcToAcRatio} of the DC peak and clips above it, so values stay in 0..1 (below {@code 1 /
 * dcToAcRatio}). Cell temperature follows the NOCT model {@code Tcell = Tambient + poa (NOCT - 20)
 * / 800} (Ross 1976; Duffie and Beckman, <i>Solar Engineering of Thermal Processes</i>). The
 * ambient (daytime mean) temperature varies over the year as {@code mean + amplitude cos(2 pi
 * (dayOfYear - peak) / 365.25)}, warmest on day 200 north of the equator and day 17 south of it
 * (unverified: typical lag of about four weeks after the solstice).
 *
 * @param mounting fixed tilt or single-axis tracking
 * @param tilt_deg module tilt for {@link Mounting#FIXED_TILT}, 0..90; {@link #LATITUDE_TILT} (NaN)
 *     for the absolute latitude
 * @param surfaceAzimuth_deg direction the modules face, clockwise from north, 0..360; {@link
 *     #EQUATOR_FACING} (NaN) for 180 north of the equator and 0 south of it
 * @param maxRotation_deg rotation limit of a single-axis tracker, 0..90
 * @param albedo_fraction ground reflectance, 0..1
 * @param systemLosses_fraction DC and AC losses other than temperature and inverter: soiling,
 *     shading, snow, mismatch, wiring, connections, light-induced degradation, nameplate rating,
 *     age and availability, 0..1
 * @param inverterEfficiency_fraction 0..1
 * @param dcToAcRatio DC peak over inverter AC rating (inverter loading ratio), 1 or more
 * @param temperatureCoefficient_per_degC relative change of DC power per °C of cell temperature,
 *     -0.02..0
 * @param noct_degC nominal operating cell temperature (800 W/m², 20 °C ambient, 1 m/s wind)
 * @param meanAmbientTemperature_degC daytime ambient temperature, annual mean
 * @param ambientTemperatureAmplitude_degC half the seasonal range of the daytime temperature, 0 or
 *     more
 * @param cloudiness the clear-sky index statistics
 * @param samplesPerHour sun positions per hour (at the middles of equal sub-intervals), 1..60
 */
public record SolarParameters(
    Mounting mounting,
    double tilt_deg,
    double surfaceAzimuth_deg,
    double maxRotation_deg,
    double albedo_fraction,
    double systemLosses_fraction,
    double inverterEfficiency_fraction,
    double dcToAcRatio,
    double temperatureCoefficient_per_degC,
    double noct_degC,
    double meanAmbientTemperature_degC,
    double ambientTemperatureAmplitude_degC,
    CloudinessParameters cloudiness,
    int samplesPerHour) {

  /** Tilt the modules at the site's absolute latitude. */
  public static final double LATITUDE_TILT = Double.NaN;

  /** Face the modules to the equator. */
  public static final double EQUATOR_FACING = Double.NaN;

  /** Default tracker rotation limit, ±60° (common for current trackers; unverified). */
  public static final double DEFAULT_MAX_ROTATION_DEG = 60;

  /** Default ground albedo 0.2 (pvlib and PVWatts default for grass/soil). */
  public static final double DEFAULT_ALBEDO = 0.2;

  /**
   * Default system losses, 14 % (PVWatts v5 default: soiling 2, shading 3, snow 0, mismatch 2,
   * wiring 2, connections 0.5, light-induced degradation 1.5, nameplate 1, age 0, availability 3
   * percent, combined multiplicatively; Dobos 2014, "PVWatts Version 5 Manual",
   * NREL/TP-6A20-62641).
   */
  public static final double DEFAULT_SYSTEM_LOSSES = 0.14;

  /** Default nominal inverter efficiency, 96 % (PVWatts v5 default, Dobos 2014). */
  public static final double DEFAULT_INVERTER_EFFICIENCY = 0.96;

  /** Default DC-to-AC ratio 1.1 (PVWatts v5 default, Dobos 2014). */
  public static final double DEFAULT_DC_TO_AC_RATIO = 1.1;

  /**
   * Default temperature coefficient of power, -0.47 %/°C (PVWatts v5 "standard" crystalline silicon
   * module, Dobos 2014).
   */
  public static final double DEFAULT_TEMPERATURE_COEFFICIENT = -0.0047;

  /** Default NOCT, 45 °C (typical crystalline silicon datasheets; unverified). */
  public static final double DEFAULT_NOCT_DEG_C = 45;

  /** Default sub-hourly sun positions: 12 (every 5 minutes). */
  public static final int DEFAULT_SAMPLES_PER_HOUR = 12;

  /** Checks ranges. */
  public SolarParameters {
    if (mounting == null) {
      throw new IllegalArgumentException("The mounting must be given.");
    }
    if (!Double.isNaN(tilt_deg)) {
      requireIn(tilt_deg, 0, 90, "tilt_deg");
    }
    if (!Double.isNaN(surfaceAzimuth_deg)) {
      requireIn(surfaceAzimuth_deg, 0, 360, "surface_azimuth_deg");
    }
    requireIn(maxRotation_deg, 0, 90, "max_rotation_deg");
    requireIn(albedo_fraction, 0, 1, "albedo_fraction");
    requireIn(systemLosses_fraction, 0, 1, "system_losses_fraction");
    requireIn(inverterEfficiency_fraction, 0.01, 1, "inverter_efficiency_fraction");
    requireIn(dcToAcRatio, 1, 10, "dc_to_ac_ratio");
    requireIn(temperatureCoefficient_per_degC, -0.02, 0, "temperature_coefficient_per_degC");
    requireIn(noct_degC, 20, 80, "noct_degC");
    requireIn(meanAmbientTemperature_degC, -60, 60, "mean_ambient_temperature_degC");
    requireIn(ambientTemperatureAmplitude_degC, 0, 40, "ambient_temperature_amplitude_degC");
    if (cloudiness == null) {
      throw new IllegalArgumentException("The cloudiness parameters must be given.");
    }
    if (samplesPerHour < 1 || samplesPerHour > 60) {
      throw new IllegalArgumentException(
          "The samples per hour (" + samplesPerHour + ") must be between 1 and 60.");
    }
  }

  private static void requireIn(double v, double lo, double hi, String name) {
    if (!(v >= lo && v <= hi)) {
      throw new IllegalArgumentException(
          "The " + name + " (" + v + ") must be between " + lo + " and " + hi + ".");
    }
  }

  /**
   * A latitude-tilted, equator-facing fixed system with PVWatts v5 defaults in the given climate.
   *
   * @param cloudiness the clear-sky index statistics
   * @param meanAmbientTemperature_degC daytime ambient temperature, annual mean
   * @param ambientTemperatureAmplitude_degC half the seasonal range of the daytime temperature
   */
  public static SolarParameters of(
      CloudinessParameters cloudiness,
      double meanAmbientTemperature_degC,
      double ambientTemperatureAmplitude_degC) {
    return new SolarParameters(
        Mounting.FIXED_TILT,
        LATITUDE_TILT,
        EQUATOR_FACING,
        DEFAULT_MAX_ROTATION_DEG,
        DEFAULT_ALBEDO,
        DEFAULT_SYSTEM_LOSSES,
        DEFAULT_INVERTER_EFFICIENCY,
        DEFAULT_DC_TO_AC_RATIO,
        DEFAULT_TEMPERATURE_COEFFICIENT,
        DEFAULT_NOCT_DEG_C,
        meanAmbientTemperature_degC,
        ambientTemperatureAmplitude_degC,
        cloudiness,
        DEFAULT_SAMPLES_PER_HOUR);
  }

  /**
   * Central Europe (Germany): {@link CloudinessParameters#centralEurope()} with a daytime mean
   * temperature of 13 °C ± 9 °C over the year (about 4 °C in January and 22 °C in July; rounded DWD
   * climate normals for Berlin, unverified).
   */
  public static SolarParameters centralEurope() {
    return of(CloudinessParameters.centralEurope(), 13, 9);
  }

  /**
   * US desert south-west (Arizona): {@link CloudinessParameters#usDesertSouthwest()} with a daytime
   * mean temperature of 28 °C ± 10 °C (about 18 °C in January and 38 °C in July; rounded NOAA
   * normals for Phoenix, unverified).
   */
  public static SolarParameters usDesertSouthwest() {
    return of(CloudinessParameters.usDesertSouthwest(), 28, 10);
  }

  /** This system with another mounting. */
  public SolarParameters withMounting(Mounting other) {
    return new SolarParameters(
        other,
        tilt_deg,
        surfaceAzimuth_deg,
        maxRotation_deg,
        albedo_fraction,
        systemLosses_fraction,
        inverterEfficiency_fraction,
        dcToAcRatio,
        temperatureCoefficient_per_degC,
        noct_degC,
        meanAmbientTemperature_degC,
        ambientTemperatureAmplitude_degC,
        cloudiness,
        samplesPerHour);
  }

  /** This system with another fixed orientation. */
  public SolarParameters withOrientation(double tilt, double surfaceAzimuth) {
    return new SolarParameters(
        mounting,
        tilt,
        surfaceAzimuth,
        maxRotation_deg,
        albedo_fraction,
        systemLosses_fraction,
        inverterEfficiency_fraction,
        dcToAcRatio,
        temperatureCoefficient_per_degC,
        noct_degC,
        meanAmbientTemperature_degC,
        ambientTemperatureAmplitude_degC,
        cloudiness,
        samplesPerHour);
  }

  /** This system in another cloud climate. */
  public SolarParameters withCloudiness(CloudinessParameters other) {
    return new SolarParameters(
        mounting,
        tilt_deg,
        surfaceAzimuth_deg,
        maxRotation_deg,
        albedo_fraction,
        systemLosses_fraction,
        inverterEfficiency_fraction,
        dcToAcRatio,
        temperatureCoefficient_per_degC,
        noct_degC,
        meanAmbientTemperature_degC,
        ambientTemperatureAmplitude_degC,
        other,
        samplesPerHour);
  }

  /** This system with other losses and inverter sizing. */
  public SolarParameters withLosses(double systemLosses, double inverterEfficiency, double dcToAc) {
    return new SolarParameters(
        mounting,
        tilt_deg,
        surfaceAzimuth_deg,
        maxRotation_deg,
        albedo_fraction,
        systemLosses,
        inverterEfficiency,
        dcToAc,
        temperatureCoefficient_per_degC,
        noct_degC,
        meanAmbientTemperature_degC,
        ambientTemperatureAmplitude_degC,
        cloudiness,
        samplesPerHour);
  }

  /** The tilt used at a latitude: {@link #tilt_deg()} or the absolute latitude. */
  public double tiltAt(double latitude_deg) {
    return Double.isNaN(tilt_deg) ? Math.abs(latitude_deg) : tilt_deg;
  }

  /** The surface azimuth used at a latitude: {@link #surfaceAzimuth_deg()} or the equator's. */
  public double surfaceAzimuthAt(double latitude_deg) {
    if (!Double.isNaN(surfaceAzimuth_deg)) {
      return surfaceAzimuth_deg;
    }
    return latitude_deg >= 0 ? 180 : 0;
  }

  /** The daytime ambient temperature on a day of the year at a latitude. */
  public double ambientTemperature_degC(int dayOfYear, double latitude_deg) {
    int warmest = latitude_deg >= 0 ? 200 : 17;
    return meanAmbientTemperature_degC
        + ambientTemperatureAmplitude_degC * Math.cos(2 * Math.PI * (dayOfYear - warmest) / 365.25);
  }

  /**
   * AC output per kWp of DC peak for a plane-of-array irradiance and ambient temperature.
   *
   * @return 0..{@code 1 / dcToAcRatio}
   */
  public double output_fraction(double planeOfArray_W_per_m2, double ambient_degC) {
    if (!(planeOfArray_W_per_m2 > 0)) {
      return 0;
    }
    double cell = ambient_degC + planeOfArray_W_per_m2 * (noct_degC - 20) / 800;
    double dc = planeOfArray_W_per_m2 / 1000 * (1 + temperatureCoefficient_per_degC * (cell - 25));
    double ac = Math.max(0, dc) * (1 - systemLosses_fraction) * inverterEfficiency_fraction;
    return Math.min(ac, 1 / dcToAcRatio);
  }
}
