package io.terawatt.ethics.mcda;

import io.terawatt.ethics.PerformanceTable;

/**
 * PROMETHEE II complete ranking by net outranking flow (Brans, J.-P. &amp; Vincke, Ph. (1985),
 * Management Science 31(6):647-656). For each ordered pair: {@code π(a,b) = Σ_j w_j P_j(d_j(a,b))}
 * with weights normalised to sum 1 and {@code d_j} oriented by direction; {@code φ+(a) = Σ_b
 * π(a,b)/(n-1)}, {@code φ-(a) = Σ_b π(b,a)/(n-1)}, net flow {@code φ(a) = φ+(a) - φ-(a)} in [-1,
 * 1], higher is better.
 */
public final class PrometheeII {
  private PrometheeII() {}

  /** Flows of each option. */
  public record Flows(double[] positive, double[] negative, double[] net) {}

  /** Net flows. */
  public static double[] scores(
      PerformanceTable t, double[] weights, PreferenceFunction[] functions) {
    return flows(t, weights, functions).net();
  }

  /**
   * The default criterion for indicator {@code j}: V-shape with the preference threshold at the
   * indicator's range over the options (so the largest difference is full preference); usual when
   * all options are equal.
   */
  public static PreferenceFunction defaultFunction(PerformanceTable t, int j) {
    double[] r = t.centralRange(j);
    return r[1] > r[0] ? PreferenceFunction.vShape(r[1] - r[0]) : PreferenceFunction.usual();
  }

  /** Positive, negative and net flows. */
  public static Flows flows(PerformanceTable t, double[] weights, PreferenceFunction[] functions) {
    int n = t.optionCount();
    int m = t.indicatorCount();
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double[] plus = new double[n];
    double[] minus = new double[n];
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        if (a == b) {
          continue;
        }
        double pi = 0;
        for (int j = 0; j < m; j++) {
          double d = t.value(a, j) - t.value(b, j);
          if (!t.maximise(j)) {
            d = -d;
          }
          pi += weights[j] / total * functions[j].preference(d);
        }
        plus[a] += pi / (n - 1);
        minus[b] += pi / (n - 1);
      }
    }
    double[] net = new double[n];
    for (int i = 0; i < n; i++) {
      net[i] = plus[i] - minus[i];
    }
    return new Flows(plus, minus, net);
  }
}
