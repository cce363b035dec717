package io.terawatt.scheduling.elastic;

/**
 * Node use of an elastic job hour by hour. In an hour the job runs {@code lowerNodes} nodes for the
 * whole hour and {@code peakNodes} for a fraction of it, so its node-hours and work may be
 * fractional.
 *
 * @param nodeHours node-hours used in each hour (the energy is this times the power per node)
 * @param work_nodeHours work done in each hour, single-node hours
 * @param peakNodes most nodes running at once in each hour
 */
public record Allocation(double[] nodeHours, double[] work_nodeHours, int[] peakNodes) {

  /** An empty allocation of {@code hours} hours. */
  public static Allocation empty(int hours) {
    return new Allocation(new double[hours], new double[hours], new int[hours]);
  }

  /** Number of hours covered. */
  public int hours() {
    return nodeHours.length;
  }

  /** Total work, single-node hours. */
  public double totalWork_nodeHours() {
    double s = 0;
    for (double w : work_nodeHours) {
      s += w;
    }
    return s;
  }

  /** Total node-hours. */
  public double totalNodeHours() {
    double s = 0;
    for (double w : nodeHours) {
      s += w;
    }
    return s;
  }

  /** Index of the last hour with work, plus one (0 when nothing runs). */
  public int completionHour() {
    for (int h = nodeHours.length - 1; h >= 0; h--) {
      if (work_nodeHours[h] > 0) {
        return h + 1;
      }
    }
    return 0;
  }

  /** Emissions of the node-hours at these intensities (gCO2e/kWh, one per hour), kgCO2e. */
  public double emissions_kgCO2e(double powerPerNode_kW, double[] intensity_gPerKWh) {
    double g = 0;
    for (int h = 0; h < nodeHours.length; h++) {
      g += nodeHours[h] * powerPerNode_kW * intensity_gPerKWh[h];
    }
    return g / 1000.0;
  }
}
