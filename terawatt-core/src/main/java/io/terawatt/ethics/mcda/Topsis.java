package io.terawatt.ethics.mcda;

import io.terawatt.ethics.PerformanceTable;

/**
 * TOPSIS (Technique for Order Preference by Similarity to Ideal Solution), Hwang, C.-L. &amp; Yoon,
 * K. (1981), <i>Multiple Attribute Decision Making: Methods and Applications</i>, Springer. Steps:
 * vector normalisation {@code r_aj = x_aj / sqrt(Σ_b x_bj²)}; weighting {@code v_aj = w_j r_aj}
 * (weights normalised to sum 1); ideal {@code A+} (best v per indicator, direction applied) and
 * anti-ideal {@code A-}; Euclidean distances {@code d+}, {@code d-}; closeness {@code C_a = d- /
 * (d+ + d-)}, higher is better.
 */
public final class Topsis {
  private Topsis() {}

  /** The result with the intermediate ideal points, for checks against published examples. */
  public record Result(double[] closeness, double[] ideal, double[] antiIdeal) {}

  /** Closeness coefficients in [0, 1]. */
  public static double[] scores(PerformanceTable t, double[] weights) {
    return run(t, weights).closeness();
  }

  /** Runs TOPSIS and keeps the ideal and anti-ideal points. */
  public static Result run(PerformanceTable t, double[] weights) {
    int n = t.optionCount();
    int m = t.indicatorCount();
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double[][] v = new double[n][m];
    double[] ideal = new double[m];
    double[] anti = new double[m];
    for (int j = 0; j < m; j++) {
      double norm = 0;
      for (int i = 0; i < n; i++) {
        norm += t.value(i, j) * t.value(i, j);
      }
      norm = Math.sqrt(norm);
      double w = total > 0 ? weights[j] / total : 0;
      double best = Double.NaN;
      double worst = Double.NaN;
      for (int i = 0; i < n; i++) {
        v[i][j] = norm > 0 ? w * t.value(i, j) / norm : 0;
        boolean better = Double.isNaN(best) || (t.maximise(j) ? v[i][j] > best : v[i][j] < best);
        boolean worse = Double.isNaN(worst) || (t.maximise(j) ? v[i][j] < worst : v[i][j] > worst);
        if (better) {
          best = v[i][j];
        }
        if (worse) {
          worst = v[i][j];
        }
      }
      ideal[j] = best;
      anti[j] = worst;
    }
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      double dPlus = 0;
      double dMinus = 0;
      for (int j = 0; j < m; j++) {
        dPlus += (v[i][j] - ideal[j]) * (v[i][j] - ideal[j]);
        dMinus += (v[i][j] - anti[j]) * (v[i][j] - anti[j]);
      }
      dPlus = Math.sqrt(dPlus);
      dMinus = Math.sqrt(dMinus);
      c[i] = dPlus + dMinus > 0 ? dMinus / (dPlus + dMinus) : 1;
    }
    return new Result(c, ideal, anti);
  }
}
