package io.terawatt.supply.technology;

import java.util.Locale;

/** How a technology delivers energy to a site. */
public enum Dispatchability {
  /** Output follows a resource hour by hour (wind, sun); curtailable only. */
  VARIABLE,
  /** Output chosen up to capacity times availability (thermal plants, reservoir hydro). */
  DISPATCHABLE,
  /** Shifts energy in time; power and energy sized separately. */
  STORAGE,
  /** Energy bought from the public grid through a {@link io.terawatt.supply.GridConnection}. */
  IMPORT;

  /** The kind named in the catalog ({@code variable}, {@code dispatchable}, ...). */
  public static Dispatchability parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not one of variable, dispatchable, storage, import.");
    }
  }

  /** The name used in the catalog file. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether it generates (variable or dispatchable) and so maps to a generator option. */
  public boolean generates() {
    return this == VARIABLE || this == DISPATCHABLE;
  }
}
