package io.terawatt.supply.resource;

/** The few special functions the resource models need, with {@link StrictMath}. */
final class SpecialFunctions {
  /** Lanczos coefficients, g = 7, n = 9 (Lanczos 1964; Press et al., Numerical Recipes). */
  private static final double[] LANCZOS = {
    0.99999999999980993,
    676.5203681218851,
    -1259.1392167224028,
    771.32342877765313,
    -176.61502916214059,
    12.507343278686905,
    -0.13857109526572012,
    9.9843695780195716e-6,
    1.5056327351493116e-7
  };

  private SpecialFunctions() {}

  /** The gamma function by the Lanczos approximation, relative error about 1e-15. */
  static double gamma(double x) {
    if (x < 0.5) {
      return Math.PI / (StrictMath.sin(Math.PI * x) * gamma(1 - x));
    }
    double z = x - 1;
    double a = LANCZOS[0];
    double t = z + 7.5;
    for (int i = 1; i < LANCZOS.length; i++) {
      a += LANCZOS[i] / (z + i);
    }
    return StrictMath.sqrt(2 * Math.PI) * StrictMath.pow(t, z + 0.5) * StrictMath.exp(-t) * a;
  }

  /**
   * The complementary error function, fractional error below 1.2e-7 everywhere (Chebyshev fit,
   * Press et al., Numerical Recipes, 2nd ed., §6.2, {@code erfcc}).
   */
  static double erfc(double x) {
    double z = Math.abs(x);
    double t = 1 / (1 + 0.5 * z);
    double r =
        t
            * StrictMath.exp(
                -z * z
                    - 1.26551223
                    + t
                        * (1.00002368
                            + t
                                * (0.37409196
                                    + t
                                        * (0.09678418
                                            + t
                                                * (-0.18628806
                                                    + t
                                                        * (0.27886807
                                                            + t
                                                                * (-1.13520398
                                                                    + t
                                                                        * (1.48851587
                                                                            + t
                                                                                * (-0.82215223
                                                                                    + t
                                                                                        * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
  }

  /** The upper tail {@code 1 - Φ(x)} of the standard normal, accurate far into the tail. */
  static double normalUpperTail(double x) {
    return 0.5 * erfc(x / Math.sqrt(2));
  }

  /** The logistic function {@code 1 / (1 + e^-x)}. */
  static double logistic(double x) {
    return 1 / (1 + StrictMath.exp(-x));
  }
}
