package io.terawatt.scheduling.elastic;

import java.util.Arrays;

/**
 * How fast an elastic job progresses on {@code n} nodes: throughput in single-node hours of work
 * per hour, normalised so that one node does one single-node hour per hour.
 *
 * <p>From measured iteration times: {@code throughput(n) = t̄(1) / t̄(n)}, where {@code t̄(n)} is
 * the mean iteration time on {@code n} nodes (CarbonScaler's "marginal capacity curve" is the
 * difference {@code throughput(n + 1) − throughput(n)}; Hanafy et al. 2023, Section 4).
 *
 * @param throughput_nodeHoursPerHour index {@code n} holds the throughput on {@code n} nodes; index
 *     0 is 0
 */
public record ScalingProfile(double[] throughput_nodeHoursPerHour) {

  /** Validates: index 0 is 0, at least one node, throughputs positive and finite. */
  public ScalingProfile {
    if (throughput_nodeHoursPerHour.length < 2 || throughput_nodeHoursPerHour[0] != 0) {
      throw new IllegalArgumentException(
          "A scaling profile needs throughput 0 at 0 nodes and at least one node count.");
    }
    for (int n = 1; n < throughput_nodeHoursPerHour.length; n++) {
      double t = throughput_nodeHoursPerHour[n];
      if (!(t > 0) || !Double.isFinite(t)) {
        throw new IllegalArgumentException(
            "Throughput on " + n + " nodes (" + t + ") must be positive and finite.");
      }
    }
    throughput_nodeHoursPerHour = throughput_nodeHoursPerHour.clone();
  }

  /**
   * The profile from mean iteration times.
   *
   * @param meanIterationTime_s index {@code n − 1} holds the mean iteration time on {@code n}
   *     nodes, seconds
   */
  public static ScalingProfile fromMeanIterationTimes(double[] meanIterationTime_s) {
    double[] t = new double[meanIterationTime_s.length + 1];
    for (int n = 1; n < t.length; n++) {
      double s = meanIterationTime_s[n - 1];
      if (!(s > 0) || !Double.isFinite(s)) {
        throw new IllegalArgumentException(
            "Mean iteration time on " + n + " nodes (" + s + " s) must be positive.");
      }
      t[n] = meanIterationTime_s[0] / s;
    }
    return new ScalingProfile(t);
  }

  /** A profile given by its throughputs on 1, 2, … nodes, single-node hours per hour. */
  public static ScalingProfile ofThroughputs(double... throughput_nodeHoursPerHour) {
    double[] t = new double[throughput_nodeHoursPerHour.length + 1];
    System.arraycopy(throughput_nodeHoursPerHour, 0, t, 1, throughput_nodeHoursPerHour.length);
    return new ScalingProfile(t);
  }

  /** The largest node count of the profile. */
  public int maxNodes() {
    return throughput_nodeHoursPerHour.length - 1;
  }

  /** Throughput on {@code n} nodes, single-node hours per hour (0 for 0 nodes). */
  public double throughput_nodeHoursPerHour(int n) {
    return throughput_nodeHoursPerHour[n];
  }

  @Override
  public double[] throughput_nodeHoursPerHour() {
    return throughput_nodeHoursPerHour.clone();
  }

  /**
   * Marginal throughput of the {@code n}-th node, {@code throughput(n) − throughput(n − 1)}, for
   * {@code n} in {@code 1..maxNodes}.
   */
  public double marginal_nodeHoursPerHour(int n) {
    return throughput_nodeHoursPerHour[n] - throughput_nodeHoursPerHour[n - 1];
  }

  /**
   * Whether marginal throughput does not increase with nodes from {@code minNodes} up (the first
   * step being {@code 0 → minNodes} taken at its mean rate), the condition under which the greedy
   * allocation is optimal.
   */
  public boolean concaveFrom(int minNodes, int maxNodes) {
    double previous = throughput_nodeHoursPerHour[minNodes] / minNodes;
    for (int n = minNodes + 1; n <= maxNodes; n++) {
      double m = marginal_nodeHoursPerHour(n);
      if (m > previous * (1 + 1e-12)) {
        return false;
      }
      previous = m;
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScalingProfile p
        && Arrays.equals(throughput_nodeHoursPerHour, p.throughput_nodeHoursPerHour);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(throughput_nodeHoursPerHour);
  }

  @Override
  public String toString() {
    return "ScalingProfile" + Arrays.toString(throughput_nodeHoursPerHour);
  }
}
