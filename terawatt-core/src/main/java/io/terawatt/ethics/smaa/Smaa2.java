package io.terawatt.ethics.smaa;

import io.terawatt.ethics.PerformanceTable;
import java.util.SplittableRandom;

/**
 * SMAA-2 (Lahdelma, R. &amp; Salminen, P. (2001), "SMAA-2: Stochastic multicriteria acceptability
 * analysis for group decision making", Operations Research 49(3):444-454) with an additive utility
 * on min-max normalised values. Each sample draws weights uniformly on the simplex (Dirichlet(1):
 * {@code w_j = E_j / Σ E}, {@code E_j = -ln U_j}, equivalent to the sorted-uniform construction of
 * the paper) and, for values with a range, a value uniformly within it; values are normalised over
 * the full ranges of all options so that every sample shares one scale. Ranks are counted with ties
 * going to the earlier option, so each sample is a permutation and acceptabilities sum to 1 over
 * ranks and over options.
 *
 * <p>Confidence factors re-sample only the values with each option's central weights: {@code min(N,
 * 2000)} samples when some value is uncertain, one evaluation otherwise.
 */
public final class Smaa2 {
  private Smaa2() {}

  /** Runs SMAA-2 on a table with {@code samples} samples from {@code seed}. */
  public static SmaaResult run(PerformanceTable t, int samples, long seed) {
    if (samples < 1) {
      throw new IllegalArgumentException("SMAA needs at least one sample; got " + samples + ".");
    }
    int n = t.optionCount();
    int m = t.indicatorCount();
    // normalised low end and span, flattened [i*m + j]; direction applied so higher is better
    double[] base = new double[n * m];
    double[] span = new double[n * m];
    boolean uncertain = false;
    for (int j = 0; j < m; j++) {
      double[] r = t.fullRange(j);
      for (int i = 0; i < n; i++) {
        double a = PerformanceTable.normalise(t.low(i, j), r[0], r[1], t.maximise(j));
        double b = PerformanceTable.normalise(t.high(i, j), r[0], r[1], t.maximise(j));
        base[i * m + j] = a;
        span[i * m + j] = b - a;
        uncertain |= b != a;
      }
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    long[] rankCount = new long[n * n];
    double[] central = new double[n * m];
    double[] w = new double[m];
    double[] score = new double[n];
    double[] value = uncertain ? new double[n * m] : base;
    for (int k = 0; k < samples; k++) {
      drawWeights(rnd, w);
      if (uncertain) {
        drawValues(rnd, base, span, value);
      }
      scores(value, w, n, m, score);
      for (int i = 0; i < n; i++) {
        int r = rank(score, i);
        rankCount[i * n + r]++;
        if (r == 0) {
          for (int j = 0; j < m; j++) {
            central[i * m + j] += w[j];
          }
        }
      }
    }
    double[][] acc = new double[n][n];
    double[][] cw = new double[n][m];
    double se = 0;
    for (int i = 0; i < n; i++) {
      for (int r = 0; r < n; r++) {
        double b = rankCount[i * n + r] / (double) samples;
        acc[i][r] = b;
        se = Math.max(se, Math.sqrt(b * (1 - b) / samples));
      }
      long firsts = rankCount[i * n];
      for (int j = 0; j < m; j++) {
        cw[i][j] = firsts > 0 ? central[i * m + j] / firsts : 0;
      }
    }
    double[] conf = confidence(base, span, uncertain, cw, acc, n, m, samples, seed);
    return new SmaaResult(acc, cw, conf, se, samples);
  }

  private static double[] confidence(
      double[] base,
      double[] span,
      boolean uncertain,
      double[][] cw,
      double[][] acc,
      int n,
      int m,
      int samples,
      long seed) {
    double[] conf = new double[n];
    int draws = uncertain ? Math.min(samples, 2000) : 1;
    SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
    double[] value = uncertain ? new double[n * m] : base;
    double[] score = new double[n];
    for (int i = 0; i < n; i++) {
      if (acc[i][0] == 0) {
        continue;
      }
      int first = 0;
      for (int k = 0; k < draws; k++) {
        if (uncertain) {
          drawValues(rnd, base, span, value);
        }
        scores(value, cw[i], n, m, score);
        if (rank(score, i) == 0) {
          first++;
        }
      }
      conf[i] = first / (double) draws;
    }
    return conf;
  }

  /** Uniform weights on the simplex: normalised exponentials (Dirichlet(1)). */
  static void drawWeights(SplittableRandom rnd, double[] w) {
    double sum = 0;
    for (int j = 0; j < w.length; j++) {
      double e = -Math.log(1.0 - rnd.nextDouble());
      w[j] = e;
      sum += e;
    }
    for (int j = 0; j < w.length; j++) {
      w[j] /= sum;
    }
  }

  private static void drawValues(
      SplittableRandom rnd, double[] base, double[] span, double[] value) {
    for (int k = 0; k < base.length; k++) {
      value[k] = span[k] == 0 ? base[k] : base[k] + rnd.nextDouble() * span[k];
    }
  }

  private static void scores(double[] value, double[] w, int n, int m, double[] score) {
    for (int i = 0; i < n; i++) {
      double s = 0;
      int off = i * m;
      for (int j = 0; j < m; j++) {
        s += w[j] * value[off + j];
      }
      score[i] = s;
    }
  }

  /** 0-based rank of option i: options scoring higher, plus earlier options scoring the same. */
  private static int rank(double[] score, int i) {
    double s = score[i];
    int r = 0;
    for (int k = 0; k < score.length; k++) {
      double o = score[k];
      if (o > s || (o == s && k < i)) {
        r++;
      }
    }
    return r;
  }
}
