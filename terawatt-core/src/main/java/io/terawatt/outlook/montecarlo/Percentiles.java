package io.terawatt.outlook.montecarlo;

/**
 * Exact order statistics by selection (Hoare's quickselect with a median-of-three pivot), without
 * sorting the whole array. Percentile q is the nearest-rank value: the element of rank ⌈q·n⌉
 * (1-based), so P50 of 1..100 is 50 and P95 is 95.
 */
public final class Percentiles {
  private Percentiles() {}

  /** The 0-based rank of percentile q (in [0, 1]) among n values. */
  public static int rank(double q, int n) {
    int r = (int) Math.ceil(q * n) - 1;
    return Math.max(0, Math.min(n - 1, r));
  }

  /** The k-th smallest value (0-based); reorders {@code a}. */
  public static double select(double[] a, int k) {
    int lo = 0;
    int hi = a.length - 1;
    while (hi > lo) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < a[lo]) {
        swap(a, lo, mid);
      }
      if (a[hi] < a[lo]) {
        swap(a, lo, hi);
      }
      if (a[hi] < a[mid]) {
        swap(a, mid, hi);
      }
      double pivot = a[mid];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          swap(a, i, j);
          i++;
          j--;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return a[k];
      }
    }
    return a[k];
  }

  /** The values at the given percentiles; reorders {@code a}. */
  public static double[] of(double[] a, double... qs) {
    double[] out = new double[qs.length];
    for (int i = 0; i < qs.length; i++) {
      out[i] = select(a, rank(qs[i], a.length));
    }
    return out;
  }

  private static void swap(double[] a, int i, int j) {
    double t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}
