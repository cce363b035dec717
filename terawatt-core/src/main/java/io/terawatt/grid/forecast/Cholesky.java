package io.terawatt.grid.forecast;

/** Solves symmetric positive definite linear systems by Cholesky factorisation. */
final class Cholesky {
  private Cholesky() {}

  /**
   * Solves {@code a · x = b} for a symmetric positive definite {@code a} (only its lower triangle
   * is read). Neither argument is changed.
   *
   * @throws IllegalArgumentException when {@code a} is not positive definite
   */
  static double[] solve(double[][] a, double[] b) {
    return solveFactored(factor(a), b);
  }

  /**
   * The lower triangular {@code l} with {@code l · lᵀ = a}, for a symmetric positive definite
   * {@code a} (only its lower triangle is read, and it is not changed).
   *
   * @throws IllegalArgumentException when {@code a} is not positive definite
   */
  static double[][] factor(double[][] a) {
    int n = a.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = a[i][j];
        for (int k = 0; k < j; k++) {
          sum -= l[i][k] * l[j][k];
        }
        if (i == j) {
          if (!(sum > 0)) {
            throw new IllegalArgumentException(
                "The matrix is not positive definite (pivot " + i + " is " + sum + ").");
          }
          l[i][i] = Math.sqrt(sum);
        } else {
          l[i][j] = sum / l[j][j];
        }
      }
    }
    return l;
  }

  /** Solves {@code l · lᵀ · x = b} for a factor {@code l} of {@link #factor}. */
  static double[] solveFactored(double[][] l, double[] b) {
    int n = b.length;
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = b[i];
      for (int k = 0; k < i; k++) {
        sum -= l[i][k] * y[k];
      }
      y[i] = sum / l[i][i];
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double sum = y[i];
      for (int k = i + 1; k < n; k++) {
        sum -= l[k][i] * x[k];
      }
      x[i] = sum / l[i][i];
    }
    return x;
  }
}
