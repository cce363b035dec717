package io.terawatt.scheduling.elastic;

import io.terawatt.scheduling.PolicyRole;

/**
 * One policy's run of an elastic job, measured on actual intensity.
 *
 * @param policy {@code carbonscaler}, {@code agnostic} or {@code oracle}
 * @param role the part the policy plays (baseline, online or oracle)
 * @param allocation node use by hour from arrival
 * @param emissions_kgCO2e emissions at the actual intensity, kgCO2e
 * @param energy_kWh IT energy, kWh
 * @param completion_h hours from arrival to the end of the last hour with work
 * @param deadlineMet whether the work was done by the deadline
 * @param maxNodesUsed the most nodes run at once
 */
public record ElasticRun(
    String policy,
    PolicyRole role,
    Allocation allocation,
    double emissions_kgCO2e,
    double energy_kWh,
    int completion_h,
    boolean deadlineMet,
    int maxNodesUsed) {

  /** Work done, single-node hours. */
  public double work_nodeHours() {
    return allocation.totalWork_nodeHours();
  }
}
