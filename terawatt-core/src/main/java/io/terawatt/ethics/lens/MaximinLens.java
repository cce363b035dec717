package io.terawatt.ethics.lens;

import io.terawatt.ethics.Ranking;

/**
 * Rawlsian maximin: {@code W(a) = min_s u_s(a)}, the option whose worst-off stakeholder fares best
 * (Rawls, J. (1971), <i>A Theory of Justice</i>, Harvard University Press, the difference
 * principle). Ties are broken by the utilitarian sum, then by the unweighted mean.
 */
public final class MaximinLens implements Lens {
  @Override
  public String name() {
    return "maximin";
  }

  @Override
  public Ranking rank(LensInput in) {
    int n = in.table().optionCount();
    double[] worst = new double[n];
    double[] sum = UtilitarianLens.welfare(in);
    double[] mean = in.tieBreak();
    for (int i = 0; i < n; i++) {
      worst[i] = worstOff(in, i);
    }
    return Ranking.byScore(name(), in.options(), worst, sum, mean);
  }

  /** The lowest stakeholder score of option i. */
  static double worstOff(LensInput in, int i) {
    double w = Double.POSITIVE_INFINITY;
    for (int s = 0; s < in.stakeholderCount(); s++) {
      w = Math.min(w, in.stakeholderScore(i, s));
    }
    return w;
  }

  /** The index of the worst-off stakeholder of option i. */
  public static int worstOffStakeholder(LensInput in, int i) {
    int best = 0;
    for (int s = 1; s < in.stakeholderCount(); s++) {
      if (in.stakeholderScore(i, s) < in.stakeholderScore(i, best)) {
        best = s;
      }
    }
    return best;
  }
}
