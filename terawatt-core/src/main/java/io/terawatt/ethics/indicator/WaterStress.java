package io.terawatt.ethics.indicator;

/**
 * Water consumption weighted by the WRI Aqueduct baseline water stress (BWS = withdrawals /
 * available renewable supply) of the basin: {@code water_stress_weighted_m3 = consumption_m3 ×
 * weight}. Categories from Aqueduct 4.0 (Kuzma et al. 2023; Hofste et al. 2019 for Aqueduct 3.0):
 * low &lt; 10 %, low-medium 10-20 %, medium-high 20-40 %, high 40-80 %, extremely high &gt; 80 %;
 * only the "&gt; 80 % extremely high" cut-off was verified, the others are unverified. The weight
 * is the category's position on Aqueduct's 0-5 score scale (1 for low ... 5 for extremely high, 5
 * for arid and low water use), a modelling choice stated here.
 */
public final class WaterStress {
  private WaterStress() {}

  /** Aqueduct baseline water stress categories with their weight. */
  public enum Category {
    /** BWS below 10 % (cut-off unverified). */
    LOW(1),
    /** BWS 10-20 % (cut-offs unverified). */
    LOW_MEDIUM(2),
    /** BWS 20-40 % (cut-offs unverified). */
    MEDIUM_HIGH(3),
    /** BWS 40-80 % (cut-offs unverified). */
    HIGH(4),
    /** BWS above 80 % (verified). */
    EXTREMELY_HIGH(5),
    /** Arid and low water use: treated as extremely high (unverified). */
    ARID_LOW_WATER_USE(5);

    private final double weight;

    Category(double weight) {
      this.weight = weight;
    }

    /** The weight applied to consumption. */
    public double weight() {
      return weight;
    }
  }

  /** The category of a baseline water stress ratio (withdrawals / supply, 0.25 = 25 %). */
  public static Category category(double baselineWaterStress) {
    if (!(baselineWaterStress >= 0)) {
      throw new IllegalArgumentException(
          "Baseline water stress (" + baselineWaterStress + ") must be >= 0.");
    }
    if (baselineWaterStress < 0.10) {
      return Category.LOW;
    }
    if (baselineWaterStress < 0.20) {
      return Category.LOW_MEDIUM;
    }
    if (baselineWaterStress < 0.40) {
      return Category.MEDIUM_HIGH;
    }
    if (baselineWaterStress <= 0.80) {
      return Category.HIGH;
    }
    return Category.EXTREMELY_HIGH;
  }

  /** Stress-weighted water: consumption times the category weight of the basin's stress. */
  public static double weighted_m3(double consumption_m3, double baselineWaterStress) {
    if (!(consumption_m3 >= 0)) {
      throw new IllegalArgumentException("Water consumption (" + consumption_m3 + " m3) < 0.");
    }
    return consumption_m3 * category(baselineWaterStress).weight();
  }
}
