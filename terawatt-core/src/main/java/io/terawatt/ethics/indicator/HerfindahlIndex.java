package io.terawatt.ethics.indicator;

/**
 * Herfindahl-Hirschman index {@code HHI = Σ s_i²} with shares in percent, 0 to 10,000 (US DOJ/FTC
 * 2023 Merger Guidelines, §2.1; above 1,800 is "highly concentrated").
 */
public final class HerfindahlIndex {
  /** 2023 Guidelines threshold for a highly concentrated market. */
  public static final double HIGHLY_CONCENTRATED = 1_800;

  private HerfindahlIndex() {}

  /**
   * The index of these shares (percent). Shares must be non-negative and sum to at most 100 (plus
   * rounding); a remainder below 100 is treated as atomised (contributes nothing).
   */
  public static double of(double... shares_pct) {
    double sum = 0;
    double hhi = 0;
    for (double s : shares_pct) {
      if (!(s >= 0) || !Double.isFinite(s)) {
        throw new IllegalArgumentException("A market share (" + s + " %) must be >= 0.");
      }
      sum += s;
      hhi += s * s;
    }
    if (sum > 100 + 1e-6) {
      throw new IllegalArgumentException("Market shares sum to " + sum + " %, above 100 %.");
    }
    return hhi;
  }
}
