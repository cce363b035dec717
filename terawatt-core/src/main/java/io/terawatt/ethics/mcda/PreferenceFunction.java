package io.terawatt.ethics.mcda;

/**
 * A PROMETHEE generalised criterion: how strongly a difference {@code d} (in the indicator's unit,
 * oriented so that positive means better) turns into preference in [0, 1]. Shapes after Brans,
 * J.-P. &amp; Vincke, Ph. (1985), "A preference ranking organisation method", Management Science
 * 31(6):647-656, and Brans &amp; Mareschal (2005), "PROMETHEE methods", in Figueira, Greco &amp;
 * Ehrgott (eds.), <i>Multiple Criteria Decision Analysis</i>, Springer, ch. 5.
 *
 * @param shape the shape
 * @param q indifference threshold (same unit as the indicator)
 * @param p preference threshold ({@code p >= q})
 * @param s Gaussian parameter (only for {@link Shape#GAUSSIAN})
 */
public record PreferenceFunction(Shape shape, double q, double p, double s) {

  /** The generalised criterion types. */
  public enum Shape {
    /** Type I: any positive difference is full preference. */
    USUAL,
    /** Type II: indifference up to q, then full preference. */
    U_SHAPE,
    /** Type III: linear from 0 to p, then full preference (V-shape). */
    V_SHAPE,
    /** Type IV: 0 up to q, 1/2 up to p, then 1. */
    LEVEL,
    /** Type V: 0 up to q, linear between q and p, then 1 (V-shape with indifference). */
    LINEAR,
    /** Type VI: 1 - exp(-d²/(2s²)). */
    GAUSSIAN
  }

  /** Checks thresholds. */
  public PreferenceFunction {
    if (!(q >= 0) || !(p >= q) || !Double.isFinite(p) || !(s >= 0)) {
      throw new IllegalArgumentException(
          "A preference function needs 0 <= q <= p (finite) and s >= 0; got q = "
              + q
              + ", p = "
              + p
              + ", s = "
              + s
              + ".");
    }
  }

  /** Type I. */
  public static PreferenceFunction usual() {
    return new PreferenceFunction(Shape.USUAL, 0, 0, 0);
  }

  /** Type III with preference threshold p. */
  public static PreferenceFunction vShape(double p) {
    return new PreferenceFunction(Shape.V_SHAPE, 0, p, 0);
  }

  /** Type V with thresholds q and p. */
  public static PreferenceFunction linear(double q, double p) {
    return new PreferenceFunction(Shape.LINEAR, q, p, 0);
  }

  /** Type IV with thresholds q and p. */
  public static PreferenceFunction level(double q, double p) {
    return new PreferenceFunction(Shape.LEVEL, q, p, 0);
  }

  /** Parses a shape name such as {@code v-shape} or {@code linear}; empty when unknown. */
  public static java.util.Optional<Shape> parseShape(String text) {
    String t = text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    for (Shape sh : Shape.values()) {
      if (sh.name().equals(t)) {
        return java.util.Optional.of(sh);
      }
    }
    return java.util.Optional.empty();
  }

  /** The preference for an oriented difference {@code d}. */
  public double preference(double d) {
    if (d <= 0) {
      return 0;
    }
    return switch (shape) {
      case USUAL -> 1;
      case U_SHAPE -> d > q ? 1 : 0;
      case V_SHAPE -> p > 0 ? Math.min(1, d / p) : 1;
      case LEVEL -> d <= q ? 0 : (d <= p ? 0.5 : 1);
      case LINEAR -> d <= q ? 0 : (d >= p ? 1 : (d - q) / (p - q));
      case GAUSSIAN -> s > 0 ? 1 - Math.exp(-(d * d) / (2 * s * s)) : 1;
    };
  }
}
