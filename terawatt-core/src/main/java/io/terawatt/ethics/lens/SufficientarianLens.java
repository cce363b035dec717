package io.terawatt.ethics.lens;

import io.terawatt.ethics.Ranking;
import io.terawatt.ethics.Threshold;

/**
 * Sufficientarian: every threshold must hold (Frankfurt, H. (1987), "Equality as a moral ideal",
 * Ethics 98(1):21-43; Crisp, R. (2003), "Equality, priority, and compassion", Ethics
 * 113(4):745-763). Options that cross no threshold rank first, among themselves by the utilitarian
 * sum; options that cross one rank below all of them, ordered by their total relative crossing
 * {@code Σ_t max(0, x - t)/|t|} (for a maximum; mirrored for a minimum), least first. Score: the
 * utilitarian sum for options within all thresholds, minus the total crossing otherwise (so every
 * crossing option scores below zero). Without thresholds this is the utilitarian order.
 */
public final class SufficientarianLens implements Lens {
  @Override
  public String name() {
    return "sufficientarian";
  }

  @Override
  public Ranking rank(LensInput in) {
    int n = in.table().optionCount();
    double[] sum = UtilitarianLens.welfare(in);
    double[] score = new double[n];
    for (int i = 0; i < n; i++) {
      double crossing = crossing(in, i);
      score[i] = crossing > 0 ? -crossing : sum[i];
    }
    return Ranking.byScore(name(), in.options(), score, in.tieBreak());
  }

  /** Total relative crossing of option i over all thresholds (0 when within all). */
  public static double crossing(LensInput in, int i) {
    double c = 0;
    for (Threshold t : in.problem().thresholds()) {
      int j = in.problem().indicatorIndex(t.indicator());
      c += t.relativeCrossing(in.table().value(i, j));
    }
    return c;
  }
}
