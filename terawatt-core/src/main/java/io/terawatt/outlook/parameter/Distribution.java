package io.terawatt.outlook.parameter;

import java.io.Serializable;

/**
 * A probability distribution of one parameter, sampled by inverse transform: {@link #quantile} maps
 * a uniform number in (0, 1) to a value, which serves both plain Monte Carlo and the
 * quasi-independent matrices of the Sobol analysis.
 */
public sealed interface Distribution extends Serializable
    permits Fixed, Uniform, Triangular, Normal, LogNormal {

  /** The value at cumulative probability {@code u} in (0, 1). */
  double quantile(double u);

  /** The median (the value at u = 0.5). */
  default double median() {
    return quantile(0.5);
  }

  /** Whether the distribution is a single value (then it has no sensitivity). */
  default boolean isFixed() {
    return false;
  }

  /** A short description such as {@code triangular(1.2, 1.5, 2)}. */
  String describe();
}
