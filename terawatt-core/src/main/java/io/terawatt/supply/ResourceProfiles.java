package io.terawatt.supply;

import io.terawatt.supply.resource.ResourceModel;
import io.terawatt.supply.resource.SolarParameters;
import io.terawatt.supply.resource.SolarPreset;
import io.terawatt.supply.resource.SolarProfile;
import io.terawatt.supply.resource.WindParameters;
import io.terawatt.supply.resource.WindProfile;
import io.terawatt.supply.resource.WindTurbine;
import io.terawatt.supply.technology.Technology;
import io.terawatt.supply.technology.TechnologyOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a resource's {@link ProfileSpec} into hourly capacity factors for a year: a constant, a
 * measured series repeated or cut to the year's hours, or the solar or wind model. What the spec
 * leaves out comes from the technology's catalog entry ({@code resource_model}, {@code
 * wind_mean_speed_m_per_s}, {@code wind_turbine}, each with its source there) and from these
 * defaults: seed {@value #DEFAULT_SEED}, the solar preset by latitude ({@link
 * SolarPreset#forLatitude}) and the preset's fixed latitude tilt.
 */
public final class ResourceProfiles {
  /** Seed of a model's weather when the profile names none (a convention). */
  public static final long DEFAULT_SEED = 1;

  private ResourceProfiles() {}

  /**
   * What a profile lacks that neither the spec nor the technology's catalog entry gives, in the
   * site file's words ({@code model}, {@code mean_speed_m_per_s}, {@code turbine}); empty when it
   * can be drawn. Readers report these with the file's line.
   */
  public static List<String> missing(ProfileSpec p, Technology tech) {
    List<String> out = new ArrayList<>();
    if (p.constant().isPresent() || p.measured().isPresent()) {
      return out;
    }
    Optional<ResourceModel> model = model(p, tech);
    if (model.isEmpty()) {
      out.add("model");
    } else if (model.get() == ResourceModel.WIND) {
      if (p.meanSpeed_m_per_s().isEmpty()
          && !(tech.resourceDefaults().windMeanSpeed_m_per_s() > 0)) {
        out.add("mean_speed_m_per_s");
      }
      if (p.turbine().isEmpty() && tech.resourceDefaults().windTurbine().isEmpty()) {
        out.add("turbine");
      }
    }
    return out;
  }

  /**
   * Hourly capacity factors, 0..1, for the year's {@code hours}.
   *
   * @throws IllegalArgumentException when {@link #missing} is not empty
   */
  public static double[] profile(
      ProfileSpec p,
      Technology tech,
      int year,
      int hours,
      double latitude_deg,
      double longitude_deg) {
    List<String> missing = missing(p, tech);
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "The profile of " + tech.id() + " needs " + String.join(", ", missing) + ".");
    }
    if (p.constant().isPresent()) {
      return TechnologyOptions.constantAvailability(hours, p.constant().getAsDouble());
    }
    if (p.measured().isPresent()) {
      return tile(p.measured().get().values(), hours);
    }
    long seed = p.seed().orElse(DEFAULT_SEED);
    if (model(p, tech).orElseThrow() == ResourceModel.WIND) {
      double speed = p.meanSpeed_m_per_s().orElse(tech.resourceDefaults().windMeanSpeed_m_per_s());
      WindTurbine turbine =
          p.turbine().or(() -> tech.resourceDefaults().windTurbine()).orElseThrow();
      return WindProfile.generate(
              year, seed, WindParameters.forMeanSpeed(speed).withPowerCurve(turbine.powerCurve()))
          .values();
    }
    SolarParameters params =
        p.preset().orElseGet(() -> SolarPreset.forLatitude(latitude_deg)).parameters();
    if (p.mounting().isPresent()) {
      params = params.withMounting(p.mounting().get());
    }
    return SolarProfile.generate(latitude_deg, longitude_deg, year, seed, params).values();
  }

  private static Optional<ResourceModel> model(ProfileSpec p, Technology tech) {
    return p.model().or(() -> tech.resourceDefaults().model());
  }

  /** A measured series repeated or cut to the site's hours, clipped to 0..1. */
  static double[] tile(double[] values, int hours) {
    double[] out = new double[hours];
    for (int i = 0; i < hours; i++) {
      out[i] = Math.max(0, Math.min(1, values[i % values.length]));
    }
    return out;
  }
}
