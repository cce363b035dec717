package io.terawatt.scheduling.elastic;

/**
 * An elastic job: a fixed amount of work that may run on between {@code minNodes} and {@code
 * maxNodes} nodes in any hour (or pause), to finish by its deadline.
 *
 * @param work_nodeHours total work, in single-node hours (hours it would take on one node)
 * @param powerPerNode_kW IT power of one busy node, kW
 * @param minNodes smallest node count when running (≥ 1)
 * @param maxNodes largest node count (≤ the profile's)
 * @param baselineNodes node count of the carbon-agnostic baseline, which runs from arrival until
 *     done
 * @param profile throughput by node count
 */
public record ElasticJob(
    double work_nodeHours,
    double powerPerNode_kW,
    int minNodes,
    int maxNodes,
    int baselineNodes,
    ScalingProfile profile) {

  /** Validates the job. */
  public ElasticJob {
    if (!(work_nodeHours > 0) || !Double.isFinite(work_nodeHours)) {
      throw new IllegalArgumentException("work_nodeHours " + work_nodeHours + " must be > 0.");
    }
    if (!(powerPerNode_kW > 0) || !Double.isFinite(powerPerNode_kW)) {
      throw new IllegalArgumentException("powerPerNode_kW " + powerPerNode_kW + " must be > 0.");
    }
    if (minNodes < 1 || maxNodes < minNodes || maxNodes > profile.maxNodes()) {
      throw new IllegalArgumentException(
          "Nodes must satisfy 1 <= minNodes ("
              + minNodes
              + ") <= maxNodes ("
              + maxNodes
              + ") <= the profile's largest node count ("
              + profile.maxNodes()
              + ").");
    }
    if (baselineNodes < minNodes || baselineNodes > maxNodes) {
      throw new IllegalArgumentException(
          "baselineNodes " + baselineNodes + " must lie in [" + minNodes + ", " + maxNodes + "].");
    }
  }
}
