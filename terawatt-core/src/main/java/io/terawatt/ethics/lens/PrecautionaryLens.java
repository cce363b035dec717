package io.terawatt.ethics.lens;

import io.terawatt.ethics.PerformanceTable;
import io.terawatt.ethics.Ranking;

/**
 * Precautionary: judge each option by its worst case and penalise immature technology (Rio
 * Declaration 1992, Principle 15; Wald, A. (1950), <i>Statistical Decision Functions</i>, the
 * maximin criterion over states). Each stakeholder's score is computed from the worse end of every
 * value's uncertainty range, normalised over the full ranges of all options; the lens takes the
 * worst-off stakeholder of that worst case and subtracts {@code λ · r_a}, where {@code r_a} in [0,
 * 1] is option a's min-max normalised {@code technology_risk_score} (0 when the problem has no such
 * indicator) and λ = 0.5 (a stated modelling choice). Higher is better.
 */
public final class PrecautionaryLens implements Lens {
  /** Name of the indicator treated as technology risk. */
  public static final String RISK_INDICATOR = "technology_risk_score";

  /** Penalty per unit of normalised technology risk. */
  public static final double LAMBDA = 0.5;

  @Override
  public String name() {
    return "precautionary";
  }

  @Override
  public Ranking rank(LensInput in) {
    PerformanceTable t = in.table();
    int n = t.optionCount();
    int m = t.indicatorCount();
    double[][] w = in.problem().stakeholderWeights();
    double[][] worstN = new double[n][m];
    for (int j = 0; j < m; j++) {
      double[] r = t.fullRange(j);
      for (int i = 0; i < n; i++) {
        worstN[i][j] = PerformanceTable.normalise(t.worst(i, j), r[0], r[1], t.maximise(j));
      }
    }
    int risk = in.problem().indicatorIndex(RISK_INDICATOR);
    double[] score = new double[n];
    double[] tie = new double[n];
    double[] mean = in.tieBreak();
    for (int i = 0; i < n; i++) {
      double worst = Double.POSITIVE_INFINITY;
      double sum = 0;
      for (double[] ws : w) {
        double u = 0;
        for (int j = 0; j < m; j++) {
          u += ws[j] * worstN[i][j];
        }
        worst = Math.min(worst, u);
        sum += u;
      }
      double r = risk < 0 ? 0 : 1 - worstN[i][risk];
      score[i] = worst - LAMBDA * r;
      tie[i] = sum;
    }
    return Ranking.byScore(name(), in.options(), score, tie, mean);
  }
}
