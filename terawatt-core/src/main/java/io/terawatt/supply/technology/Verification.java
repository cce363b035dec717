package io.terawatt.supply.technology;

import java.util.Locale;

/** How well a catalog figure is backed, as in the research notes' verification column. */
public enum Verification {
  /** Read in the primary source, an official copy of it, or a report quoting it directly. */
  VERIFIED,
  /** Read only in a secondary source (a third-party repository or summary). */
  SECONDARY,
  /** Not verified: recalled, assumed, derived or a placeholder. The source text says so. */
  UNVERIFIED;

  /** The status named in the catalog ({@code verified}, {@code secondary}, {@code unverified}). */
  public static Verification parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("A verification status is required.");
    }
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "verified" -> VERIFIED;
      case "secondary" -> SECONDARY;
      case "unverified" -> UNVERIFIED;
      default ->
          throw new IllegalArgumentException(
              "'" + text + "' is not a verification status (verified, secondary, unverified).");
    };
  }

  /** The name used in the catalog file. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
