package io.terawatt.supply.technology;

/**
 * Technology readiness.
 *
 * @param trl technology readiness level, 1..9 (9 = commercial)
 * @param stage the stage in words, for example {@code commercial} or {@code first-of-a-kind}
 * @param source source of the stage and level
 */
public record Maturity(int trl, String stage, Provenance source) {

  /** Validates the level. */
  public Maturity {
    if (trl < 1 || trl > 9) {
      throw new IllegalArgumentException("The TRL (" + trl + ") must be in 1..9.");
    }
    if (stage == null || stage.isBlank()) {
      throw new IllegalArgumentException("A maturity stage is required.");
    }
    Checks.required(source);
  }
}
