package io.terawatt.outlook.sensitivity;

import io.terawatt.outlook.montecarlo.MonteCarlo;
import io.terawatt.outlook.parameter.OutlookParameter;
import io.terawatt.outlook.parameter.Scenario;
import io.terawatt.outlook.projection.Projection;
import io.terawatt.outlook.projection.YearlyOutlook;
import io.terawatt.outlook.projection.Years;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Sobol indices of data-centre electricity in given years.
 *
 * <p>Two independent uniform matrices A and B (N rows, one column per parameter) come from the
 * per-sample streams of {@link MonteCarlo#uniforms} (rows i of A and of B use samples 2i and 2i+1
 * of the run seed). For every non-fixed parameter j, AB_j is A with column j taken from B. With f
 * the output and V the variance of f over A and B together:
 *
 * <ul>
 *   <li>first order S_j = (1/N) Σ (f(B) − f̄)·(f(AB_j) − f(A)) / V (Saltelli et al. 2010, "Variance
 *       based sensitivity analysis of model output", Comput. Phys. Commun. 181, Table 2 (b); the
 *       output is centred on its mean f̄, which leaves the expectation unchanged and cuts the
 *       estimator's variance when the mean is large);
 *   <li>total S_Tj = (1/(2N)) Σ (f(A) − f(AB_j))² / V (Jansen 1999).
 * </ul>
 *
 * Cost: N·(k + 2) projections for k non-fixed parameters. Sums run in row order, so results are
 * identical for any thread count.
 */
public final class SobolAnalysis {
  private SobolAnalysis() {}

  /**
   * Indices per year, each list sorted by total index, descending.
   *
   * @param base N, the rows of A and B
   * @param years the years whose electricity is analysed
   * @param threads worker threads (1 for the calling thread)
   */
  public static Map<Integer, List<SensitivityIndex>> electricity(
      Scenario scenario, int base, long seed, int[] years, int threads) {
    OutlookParameter[] all = OutlookParameter.values();
    List<OutlookParameter> varied = new ArrayList<>();
    for (OutlookParameter p : all) {
      if (!scenario.distribution(p).isFixed()) {
        varied.add(p);
      }
    }
    int k = varied.size();
    int[] yearIndex = new int[years.length];
    for (int i = 0; i < years.length; i++) {
      yearIndex[i] = Years.index(years[i]);
    }
    // f[c][y][i]: column c = 0 for A, 1 for B, 2 + j for AB_j
    double[][][] f = new double[k + 2][years.length][base];
    IntStream range = IntStream.range(0, base);
    IntStream rows = threads > 1 ? range.parallel() : range;
    Runnable work =
        () ->
            rows.forEach(
                i -> {
                  double[] ua = new double[all.length];
                  double[] ub = new double[all.length];
                  MonteCarlo.uniforms(seed, 2L * i, ua);
                  MonteCarlo.uniforms(seed, 2L * i + 1, ub);
                  double[] pa = new double[all.length];
                  double[] pb = new double[all.length];
                  scenario.quantiles(ua, pa);
                  scenario.quantiles(ub, pb);
                  double[][] out = new double[YearlyOutlook.METRICS][Years.COUNT];
                  double[] scratch = new double[4];
                  eval(pa, out, scratch, f[0], yearIndex, i);
                  eval(pb, out, scratch, f[1], yearIndex, i);
                  double[] pab = pa.clone();
                  for (int j = 0; j < k; j++) {
                    int o = varied.get(j).ordinal();
                    pab[o] = pb[o];
                    eval(pab, out, scratch, f[2 + j], yearIndex, i);
                    pab[o] = pa[o];
                  }
                });
    if (threads > 1) {
      java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
      try {
        pool.submit(work).get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      } finally {
        pool.shutdown();
      }
    } else {
      work.run();
    }
    Map<Integer, List<SensitivityIndex>> result = new LinkedHashMap<>();
    for (int y = 0; y < years.length; y++) {
      double[] fa = f[0][y];
      double[] fb = f[1][y];
      double variance = variance(fa, fb);
      double mean = mean(fa, fb);
      List<SensitivityIndex> list = new ArrayList<>();
      for (int j = 0; j < k; j++) {
        double[] fab = f[2 + j][y];
        double first = 0;
        double total = 0;
        for (int i = 0; i < base; i++) {
          first += (fb[i] - mean) * (fab[i] - fa[i]);
          double d = fa[i] - fab[i];
          total += d * d;
        }
        first = variance > 0 ? first / base / variance : 0;
        total = variance > 0 ? total / (2.0 * base) / variance : 0;
        list.add(new SensitivityIndex(varied.get(j).key(), first, total));
      }
      list.sort(
          Comparator.comparingDouble(SensitivityIndex::total)
              .reversed()
              .thenComparing(SensitivityIndex::parameter));
      result.put(years[y], List.copyOf(list));
    }
    return result;
  }

  private static void eval(
      double[] p, double[][] out, double[] scratch, double[][] into, int[] yearIndex, int row) {
    Projection.runInto(p, out, scratch);
    for (int y = 0; y < yearIndex.length; y++) {
      into[y][row] = out[0][yearIndex[y]];
    }
  }

  /** Mean of the pooled values of two arrays. */
  static double mean(double[] a, double[] b) {
    double sum = 0;
    for (double v : a) {
      sum += v;
    }
    for (double v : b) {
      sum += v;
    }
    return sum / (a.length + b.length);
  }

  /** Variance of the pooled values of two arrays (two-pass). */
  static double variance(double[] a, double[] b) {
    double sum = 0;
    for (double v : a) {
      sum += v;
    }
    for (double v : b) {
      sum += v;
    }
    double n = a.length + b.length;
    double mean = sum / n;
    double ss = 0;
    for (double v : a) {
      ss += (v - mean) * (v - mean);
    }
    for (double v : b) {
      ss += (v - mean) * (v - mean);
    }
    return ss / (n - 1);
  }
}
