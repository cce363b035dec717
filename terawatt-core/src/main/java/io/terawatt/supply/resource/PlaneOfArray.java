package io.terawatt.supply.resource;

/**
 * Irradiance on the plane of a PV array (plane of array, POA) from the horizontal components.
 *
 * <p>Beam: {@code DNI max(cos θ, 0)} with θ the angle of incidence. Sky diffuse: Hay and Davies
 * (1980), "Calculation of the solar radiation incident on an inclined surface", Proc. First
 * Canadian Solar Radiation Data Workshop, 59-72, as in pvlib {@code irradiance.haydavies}: {@code
 * DHI (A Rb + (1 - A)(1 + cos β) / 2)} with anisotropy index {@code A = DNI / E0} and {@code Rb =
 * cos θ / cos z} (cos z floored at cos 89°). Ground-reflected: isotropic, {@code GHI ρ (1 - cos β)
 * / 2} (Liu and Jordan 1963). No incidence-angle (glass reflection) loss is applied here.
 *
 * <p>Single-axis tracking (horizontal north-south axis) uses the ideal rotation {@code tan R = sin
 * z sin γs / cos z} (Marion and Dobos 2013, "Rotation angle for the optimum tracking of one-axis
 * trackers", NREL/TP-6A20-58891, for an axis with zero tilt and azimuth 180°), limited to ± the
 * maximum rotation, without backtracking.
 */
public final class PlaneOfArray {
  private static final double DEG = Math.PI / 180;
  private static final double MIN_COS_ZENITH = Math.cos(89 * DEG);

  private PlaneOfArray() {}

  /**
   * POA irradiance on a fixed surface.
   *
   * @param sun the sun's position
   * @param horizontal the horizontal components
   * @param extraterrestrial_W_per_m2 extraterrestrial normal irradiance E0 of the day
   * @param tilt_deg surface tilt from horizontal, 0..90
   * @param surfaceAzimuth_deg azimuth the surface faces, clockwise from north (180 = south)
   * @param albedo_fraction ground reflectance, 0..1
   * @return W/m²
   */
  public static double fixedTilt_W_per_m2(
      SolarPosition sun,
      HorizontalIrradiance horizontal,
      double extraterrestrial_W_per_m2,
      double tilt_deg,
      double surfaceAzimuth_deg,
      double albedo_fraction) {
    double cosZ = sun.cosZenith();
    if (!(cosZ > 0) || !(horizontal.global_W_per_m2() > 0)) {
      return 0;
    }
    double sinZ = Math.sqrt(Math.max(0, 1 - cosZ * cosZ));
    double beta = tilt_deg * DEG;
    double cosIncidence =
        cosZ * Math.cos(beta)
            + sinZ * Math.sin(beta) * Math.cos((sun.azimuth_deg() - surfaceAzimuth_deg) * DEG);
    return transpose(
        cosZ, cosIncidence, Math.cos(beta), horizontal, extraterrestrial_W_per_m2, albedo_fraction);
  }

  /**
   * POA irradiance on a single-axis tracker with a horizontal north-south axis.
   *
   * @param maxRotation_deg the rotation limit either side of horizontal, 0..90
   * @return W/m²
   */
  public static double singleAxis_W_per_m2(
      SolarPosition sun,
      HorizontalIrradiance horizontal,
      double extraterrestrial_W_per_m2,
      double maxRotation_deg,
      double albedo_fraction) {
    double cosZ = sun.cosZenith();
    if (!(cosZ > 0) || !(horizontal.global_W_per_m2() > 0)) {
      return 0;
    }
    double sinZ = Math.sqrt(Math.max(0, 1 - cosZ * cosZ));
    double east = sinZ * Math.sin(sun.azimuth_deg() * DEG);
    double rotation = trackerRotation_deg(sun, maxRotation_deg) * DEG;
    // The module normal turned about the north-south axis: (sin R, 0, cos R) in (east, north, up).
    double cosIncidence = east * Math.sin(rotation) + cosZ * Math.cos(rotation);
    return transpose(
        cosZ,
        cosIncidence,
        Math.cos(rotation),
        horizontal,
        extraterrestrial_W_per_m2,
        albedo_fraction);
  }

  /**
   * The ideal rotation of a horizontal north-south tracker, positive towards the east, limited to ±
   * {@code maxRotation_deg}; 0 when the sun is down.
   */
  public static double trackerRotation_deg(SolarPosition sun, double maxRotation_deg) {
    double cosZ = sun.cosZenith();
    if (!(cosZ > 0)) {
      return 0;
    }
    double sinZ = Math.sqrt(Math.max(0, 1 - cosZ * cosZ));
    double east = sinZ * Math.sin(sun.azimuth_deg() * DEG);
    double ideal = Math.atan2(east, cosZ) / DEG;
    return Math.max(-maxRotation_deg, Math.min(maxRotation_deg, ideal));
  }

  private static double transpose(
      double cosZ,
      double cosIncidence,
      double cosTilt,
      HorizontalIrradiance h,
      double e0,
      double albedo) {
    double beam = h.directNormal_W_per_m2() * Math.max(0, cosIncidence);
    double anisotropy = e0 > 0 ? Math.min(1, h.directNormal_W_per_m2() / e0) : 0;
    double rb = Math.max(0, cosIncidence) / Math.max(cosZ, MIN_COS_ZENITH);
    double sky = h.diffuse_W_per_m2() * (anisotropy * rb + (1 - anisotropy) * (1 + cosTilt) / 2);
    double ground = h.global_W_per_m2() * albedo * (1 - cosTilt) / 2;
    return beam + sky + ground;
  }
}
