package io.terawatt.ethics;

import java.util.ArrayList;
import java.util.List;

/**
 * One-at-a-time weight-stability intervals for the weighted sum (in the spirit of the sensitivity
 * analysis of Triantaphyllou, E. &amp; Sánchez, A. (1997), "A sensitivity analysis approach for
 * some deterministic multi-criteria decision-making methods", Decision Sciences 28(1):151-194).
 * Setting indicator j's weight to t and rescaling the others by {@code (1-t)/(1-w_j)} makes each
 * score linear in t: {@code S_a(t) = t n_aj + (1-t) R_a} with {@code R_a = (S_a - w_j n_aj)/(1 -
 * w_j)}. Each pair that must keep its order gives one linear inequality in t; the interval is their
 * intersection with [0, 1], and it always contains the current weight.
 */
public final class WeightStability {
  private WeightStability() {}

  /**
   * The interval of every indicator.
   *
   * @param normalised min-max normalised values {@code [option][indicator]}
   * @param weights weights summing to 1
   * @param bestFirst option indices in the current weighted-sum order
   */
  public static List<WeightInterval> intervals(
      String[] indicators, double[][] normalised, double[] weights, int[] bestFirst) {
    List<WeightInterval> out = new ArrayList<>();
    for (int j = 0; j < indicators.length; j++) {
      double[] top = {0, 1};
      double[] all = {0, 1};
      if (weights[j] < 1 - 1e-12) {
        int first = bestFirst[0];
        for (int k = 1; k < bestFirst.length; k++) {
          restrict(top, normalised, weights, j, first, bestFirst[k]);
          restrict(all, normalised, weights, j, bestFirst[k - 1], bestFirst[k]);
        }
      }
      out.add(new WeightInterval(indicators[j], weights[j], top[0], top[1], all[0], all[1]));
    }
    return out;
  }

  /** Narrows {@code interval} to the weights t where option a still scores at least option b. */
  private static void restrict(double[] interval, double[][] n, double[] w, int j, int a, int b) {
    double alpha = n[a][j] - n[b][j];
    double beta = rest(n[a], w, j) - rest(n[b], w, j);
    // D(t) = beta + t (alpha - beta) >= 0
    double slope = alpha - beta;
    if (Math.abs(slope) < 1e-15) {
      return;
    }
    double root = -beta / slope;
    if (slope > 0) {
      interval[0] = Math.max(interval[0], Math.min(root, w[j]));
    } else {
      interval[1] = Math.min(interval[1], Math.max(root, w[j]));
    }
  }

  /** The score of an option from the other indicators, rescaled to weights summing to 1. */
  static double rest(double[] row, double[] w, int j) {
    double s = 0;
    for (int k = 0; k < w.length; k++) {
      if (k != j) {
        s += w[k] * row[k];
      }
    }
    return s / (1 - w[j]);
  }

  /**
   * The weight of indicator j at which options a and b score the same (others rescaled), or NaN
   * when no weight in [0, 1] makes them equal.
   */
  public static double crossover(double[] rowA, double[] rowB, double[] w, int j) {
    if (w[j] >= 1 - 1e-12) {
      return Double.NaN;
    }
    double alpha = rowA[j] - rowB[j];
    double beta = rest(rowA, w, j) - rest(rowB, w, j);
    double slope = alpha - beta;
    if (Math.abs(slope) < 1e-15) {
      return Double.NaN;
    }
    double t = -beta / slope;
    return t >= 0 && t <= 1 ? t : Double.NaN;
  }
}
