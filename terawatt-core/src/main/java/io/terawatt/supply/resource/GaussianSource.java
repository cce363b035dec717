package io.terawatt.supply.resource;

import java.util.SplittableRandom;

/**
 * Standard normal draws from a {@link SplittableRandom} by the Box-Muller transform (Box and Muller
 * 1958, Ann. Math. Statist. 29(2):610-611), computed with {@link StrictMath} so that one seed gives
 * the same numbers on every JVM.
 */
final class GaussianSource {
  private final SplittableRandom random;
  private double spare;
  private boolean hasSpare;

  GaussianSource(SplittableRandom random) {
    this.random = random;
  }

  double next() {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    double u1 = 1.0 - random.nextDouble(); // (0, 1]: the logarithm stays finite
    double u2 = random.nextDouble();
    double radius = StrictMath.sqrt(-2.0 * StrictMath.log(u1));
    double angle = 2.0 * Math.PI * u2;
    spare = radius * StrictMath.sin(angle);
    hasSpare = true;
    return radius * StrictMath.cos(angle);
  }
}
