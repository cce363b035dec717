package io.terawatt.ethics.indicator;

/**
 * A 0-10 technology-risk score from maturity and availability uncertainty (a modelling choice
 * stated here):
 *
 * <pre>
 * score = 10 × (0.5 × (9 − TRL)/8 + 0.5 × min(1, σ_years / 10))
 * </pre>
 *
 * where TRL is the NASA technology readiness level 1-9 (Mankins, J. C. (1995), "Technology
 * Readiness Levels", NASA white paper) and σ_years the spread (for example the width of the range
 * of announced dates) of the year it could supply at scale. A commercial technology (TRL 9, σ 0)
 * scores 0; fusion (TRL ~4-5, dates 2028-2040s: σ ≈ 10 years, reference §1.8) scores about 7.5.
 */
public final class TechnologyRisk {
  private TechnologyRisk() {}

  /** The score for a readiness level 1-9 and an availability-date spread in years. */
  public static double score(double trl, double availabilitySpread_years) {
    if (!(trl >= 1 && trl <= 9)) {
      throw new IllegalArgumentException("TRL (" + trl + ") must be in 1..9.");
    }
    if (!(availabilitySpread_years >= 0)) {
      throw new IllegalArgumentException(
          "The availability spread (" + availabilitySpread_years + " years) must be >= 0.");
    }
    return 10 * (0.5 * (9 - trl) / 8 + 0.5 * Math.min(1, availabilitySpread_years / 10));
  }
}
