package io.terawatt.supply.resource;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The model that draws a variable resource's hourly capacity factors. */
public enum ResourceModel {
  /** {@link SolarProfile}: sun position, clear-sky irradiance, clouds and PV losses. */
  SOLAR("solar"),
  /** {@link WindProfile}: Weibull speeds with hourly persistence through a power curve. */
  WIND("wind");

  private final String label;

  ResourceModel(String label) {
    this.label = label;
  }

  /** The name site files use. */
  public String label() {
    return label;
  }

  /** The model a name (case-insensitive) stands for. */
  public static Optional<ResourceModel> byName(String name) {
    return Arrays.stream(values())
        .filter(m -> m.label.equals(name.trim().toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  /** The names, in declaration order. */
  public static List<String> labels() {
    return Arrays.stream(values()).map(ResourceModel::label).toList();
  }
}
