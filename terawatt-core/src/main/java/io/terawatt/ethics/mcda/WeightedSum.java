package io.terawatt.ethics.mcda;

import io.terawatt.ethics.PerformanceTable;

/**
 * Simple additive weighting: {@code S(a) = Σ_j w_j n_aj / Σ_j w_j}, with {@code n} the min-max
 * normalised value (1 best, 0 worst, direction applied; see {@link PerformanceTable}). Fishburn, P.
 * C. (1967), "Additive utilities with incomplete product sets", Operations Research 15:537-542.
 * Fully compensatory: any loss on one indicator can be bought back on another.
 */
public final class WeightedSum {
  private WeightedSum() {}

  /** Scores of each option (in [0, 1]). */
  public static double[] scores(PerformanceTable t, double[] weights) {
    return scores(t.normalised(), weights);
  }

  /** Scores from an already normalised matrix {@code [option][indicator]}. */
  public static double[] scores(double[][] normalised, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double[] s = new double[normalised.length];
    for (int i = 0; i < s.length; i++) {
      double sum = 0;
      for (int j = 0; j < weights.length; j++) {
        sum += weights[j] * normalised[i][j];
      }
      s[i] = total > 0 ? sum / total : 0;
    }
    return s;
  }
}
