package io.terawatt.scheduling;

import java.util.Arrays;

/**
 * What a scaling-profile file says about an elastic job: its mean iteration time on 1, 2, … nodes.
 * The elastic use case turns it into throughput by node count ({@code t̄(1) / t̄(n)}).
 *
 * @param meanIterationTime_s index {@code n − 1} holds the mean iteration time on {@code n} nodes,
 *     seconds (positive)
 */
public record ScalingMeasurements(double[] meanIterationTime_s) {

  /** Validates and copies: at least one node count, every time positive and finite. */
  public ScalingMeasurements {
    if (meanIterationTime_s.length == 0) {
      throw new IllegalArgumentException("A scaling profile needs at least one node count.");
    }
    for (int n = 1; n <= meanIterationTime_s.length; n++) {
      double s = meanIterationTime_s[n - 1];
      if (!(s > 0) || !Double.isFinite(s)) {
        throw new IllegalArgumentException(
            "Mean iteration time on " + n + " nodes (" + s + " s) must be positive.");
      }
    }
    meanIterationTime_s = meanIterationTime_s.clone();
  }

  @Override
  public double[] meanIterationTime_s() {
    return meanIterationTime_s.clone();
  }

  /** The largest node count measured. */
  public int maxNodes() {
    return meanIterationTime_s.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScalingMeasurements m
        && Arrays.equals(meanIterationTime_s, m.meanIterationTime_s);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(meanIterationTime_s);
  }

  @Override
  public String toString() {
    return "ScalingMeasurements" + Arrays.toString(meanIterationTime_s);
  }
}
