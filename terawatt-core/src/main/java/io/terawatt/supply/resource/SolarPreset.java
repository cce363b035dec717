package io.terawatt.supply.resource;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** The PV climates a site file can name (sources on {@link SolarParameters}). */
public enum SolarPreset {
  /** {@link SolarParameters#centralEurope()}: Germany's clouds and temperatures. */
  CENTRAL_EUROPE("central-europe", SolarParameters::centralEurope),
  /** {@link SolarParameters#usDesertSouthwest()}: Arizona's clouds and temperatures. */
  US_DESERT_SOUTHWEST("us-desert-southwest", SolarParameters::usDesertSouthwest);

  /**
   * Absolute latitude below which a site without a named preset gets the desert one, degrees: a
   * Terawatt judgement that splits the two presets roughly where subtropical deserts give way to
   * mid-latitude cloudiness (unverified; name a preset for any real site).
   */
  public static final double DESERT_BELOW_ABS_LATITUDE_DEG = 40;

  private final String label;
  private final Supplier<SolarParameters> parameters;

  SolarPreset(String label, Supplier<SolarParameters> parameters) {
    this.label = label;
    this.parameters = parameters;
  }

  /** The name site files use. */
  public String label() {
    return label;
  }

  /** The preset's PV system and climate. */
  public SolarParameters parameters() {
    return parameters.get();
  }

  /** The preset for a site that names none: by latitude (see the threshold's note). */
  public static SolarPreset forLatitude(double latitude_deg) {
    return Math.abs(latitude_deg) < DESERT_BELOW_ABS_LATITUDE_DEG
        ? US_DESERT_SOUTHWEST
        : CENTRAL_EUROPE;
  }

  /** The preset a name (case-insensitive) stands for. */
  public static Optional<SolarPreset> byName(String name) {
    return Arrays.stream(values())
        .filter(p -> p.label.equals(name.trim().toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  /** The names, in declaration order. */
  public static List<String> labels() {
    return Arrays.stream(values()).map(SolarPreset::label).toList();
  }
}
