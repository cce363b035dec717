package io.terawatt.supply.technology;

import java.util.Locale;

/**
 * Where a group of catalog figures comes from and how well it is backed.
 *
 * @param source the citation; an unverified figure's source contains the word "unverified"
 * @param status verification status
 */
public record Provenance(String source, Verification status) {

  /** Requires a source, and that unverified figures say so in it (and only they). */
  public Provenance {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("Every catalog figure needs a source.");
    }
    if (status == null) {
      throw new IllegalArgumentException("Every catalog figure needs a verification status.");
    }
    boolean saysUnverified = source.toLowerCase(Locale.ROOT).contains("unverified");
    if (saysUnverified != (status == Verification.UNVERIFIED)) {
      throw new IllegalArgumentException(
          "A source must say 'unverified' exactly when its status is unverified (status "
              + status.label()
              + "): "
              + source);
    }
  }

  /** Whether the figures are verified in a primary source. */
  public boolean isVerified() {
    return status == Verification.VERIFIED;
  }
}
