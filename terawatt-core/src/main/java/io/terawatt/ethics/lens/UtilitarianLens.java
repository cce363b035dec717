package io.terawatt.ethics.lens;

import io.terawatt.ethics.Ranking;

/**
 * Utilitarian aggregate welfare: {@code W(a) = Σ_s u_s(a)}, every stakeholder counting equally
 * (Harsanyi, J. C. (1955), "Cardinal welfare, individualistic ethics, and interpersonal comparisons
 * of utility", J. Political Economy 63(4):309-321). Fully compensatory: a large loss for one group
 * is acceptable if others gain more in total. With each stakeholder's weights normalised, this
 * orders options exactly as the weighted sum with the stakeholder-mean weights.
 */
public final class UtilitarianLens implements Lens {
  @Override
  public String name() {
    return "utilitarian";
  }

  @Override
  public Ranking rank(LensInput in) {
    return Ranking.byScore(name(), in.options(), welfare(in), in.tieBreak());
  }

  /** Sum of stakeholder scores per option. */
  static double[] welfare(LensInput in) {
    int n = in.table().optionCount();
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      for (int s = 0; s < in.stakeholderCount(); s++) {
        w[i] += in.stakeholderScore(i, s);
      }
    }
    return w;
  }
}
