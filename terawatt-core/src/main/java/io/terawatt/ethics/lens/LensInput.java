package io.terawatt.ethics.lens;

import io.terawatt.ethics.DecisionProblem;
import io.terawatt.ethics.PerformanceTable;

/**
 * What every lens reads: the problem, its table, the min-max normalised values and each
 * stakeholder's score {@code u_s(a) = Σ_j ŵ_sj n_aj}, where {@code ŵ_s} are the stakeholder's
 * weights normalised to sum 1 and {@code n} the normalised values (1 best, 0 worst). So {@code
 * u_s(a)} is in [0, 1]: 1 when option a is the best option on everything the group feels.
 */
public final class LensInput {
  private final DecisionProblem problem;
  private final PerformanceTable table;
  private final double[][] normalised;
  private final double[][] stakeholderScores;
  private final double[] tieBreak;

  /** Computes the normalised values and the stakeholder scores of a problem. */
  public LensInput(DecisionProblem problem) {
    this.problem = problem;
    this.table = PerformanceTable.of(problem);
    this.normalised = table.normalised();
    double[][] w = problem.stakeholderWeights();
    int n = table.optionCount();
    this.stakeholderScores = new double[n][w.length];
    this.tieBreak = new double[n];
    for (int i = 0; i < n; i++) {
      for (int s = 0; s < w.length; s++) {
        double u = 0;
        for (int j = 0; j < w[s].length; j++) {
          u += w[s][j] * normalised[i][j];
        }
        stakeholderScores[i][s] = u;
      }
      double mean = 0;
      for (double v : normalised[i]) {
        mean += v / normalised[i].length;
      }
      tieBreak[i] = mean;
    }
  }

  /** The problem. */
  public DecisionProblem problem() {
    return problem;
  }

  /** Its table. */
  public PerformanceTable table() {
    return table;
  }

  /** Normalised value of option i on indicator j. */
  public double normalised(int i, int j) {
    return normalised[i][j];
  }

  /** A copy of the normalised matrix. */
  public double[][] normalisedMatrix() {
    double[][] c = new double[normalised.length][];
    for (int i = 0; i < c.length; i++) {
      c[i] = normalised[i].clone();
    }
    return c;
  }

  /** Score of option i for stakeholder s, in [0, 1]. */
  public double stakeholderScore(int i, int s) {
    return stakeholderScores[i][s];
  }

  /** Number of stakeholders (1 when the problem names none). */
  public int stakeholderCount() {
    return stakeholderScores.length == 0 ? 0 : stakeholderScores[0].length;
  }

  /**
   * The final tie-break for every lens: the unweighted mean normalised value. An option that
   * dominates another has a strictly higher mean, so ties never put a dominated option first.
   */
  public double[] tieBreak() {
    return tieBreak.clone();
  }

  /** Option names. */
  public String[] options() {
    return table.options();
  }
}
