package io.terawatt.supply.resource;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How PV modules are mounted. */
public enum Mounting {
  /** Fixed tilt and azimuth; by default tilted at the latitude and facing the equator. */
  FIXED_TILT("fixed"),
  /**
   * Single-axis tracking about a horizontal north-south axis, turning east in the morning and west
   * in the afternoon up to a rotation limit, without backtracking (no row-to-row shading).
   */
  SINGLE_AXIS("single-axis");

  private final String label;

  Mounting(String label) {
    this.label = label;
  }

  /** The name site files use. */
  public String label() {
    return label;
  }

  /** The mounting a name (case-insensitive) stands for. */
  public static Optional<Mounting> byName(String name) {
    return Arrays.stream(values())
        .filter(m -> m.label.equals(name.trim().toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  /** The names, in declaration order. */
  public static List<String> labels() {
    return Arrays.stream(values()).map(Mounting::label).toList();
  }
}
