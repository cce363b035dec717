package io.terawatt.ethics.lens;

import io.terawatt.ethics.Ranking;

/**
 * Prioritarian welfare: {@code W(a) = Σ_s g(u_s(a) + δ)} with the Atkinson transform {@code g(u) =
 * u^(1-η)/(1-η)} ({@code ln u} for η = 1), increasing and strictly concave for η &gt; 0, so gains
 * to the worse-off count more (Atkinson, A. B. (1970), "On the measurement of inequality", J.
 * Economic Theory 2(3):244-263; Parfit, D. (1997), "Equality and priority", Ratio 10(3):202-221). η
 * = 0 is utilitarian; η → ∞ approaches maximin. The default η = 2. The offset δ = 0.05 keeps {@code
 * g} finite for a stakeholder at the worst normalised score 0 (a modelling choice, stated here, not
 * from the literature).
 */
public final class PrioritarianLens implements Lens {
  /** Default inequality aversion. */
  public static final double DEFAULT_ETA = 2.0;

  /** Offset added to every score before the transform. */
  public static final double OFFSET = 0.05;

  private final double eta;

  /** A lens with inequality aversion η ≥ 0. */
  public PrioritarianLens(double eta) {
    if (!(eta >= 0) || !Double.isFinite(eta)) {
      throw new IllegalArgumentException(
          "The inequality aversion eta (" + eta + ") must be finite and >= 0.");
    }
    this.eta = eta;
  }

  /** The lens with η = 2. */
  public PrioritarianLens() {
    this(DEFAULT_ETA);
  }

  @Override
  public String name() {
    return "prioritarian";
  }

  @Override
  public Ranking rank(LensInput in) {
    int n = in.table().optionCount();
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      for (int s = 0; s < in.stakeholderCount(); s++) {
        w[i] += transform(in.stakeholderScore(i, s) + OFFSET);
      }
    }
    return Ranking.byScore(name(), in.options(), w, in.tieBreak());
  }

  /** Atkinson's g. */
  double transform(double u) {
    if (Math.abs(eta - 1) < 1e-12) {
      return Math.log(u);
    }
    return Math.pow(u, 1 - eta) / (1 - eta);
  }
}
