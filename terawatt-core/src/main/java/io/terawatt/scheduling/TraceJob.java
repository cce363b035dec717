package io.terawatt.scheduling;

/**
 * One job of a cluster trace as the file gives it (the GAIA layout: hours from the start of the
 * trace, and a CPU count); {@link ClusterTraces} turns it into a {@link BatchJob}.
 *
 * @param row the job's data row in the file (1 for the first row after the header)
 * @param arrival_h arrival, hours from the start of the trace (≥ 0)
 * @param length_h running time, hours (&gt; 0)
 * @param cpus vCPUs the job uses (≥ 0)
 */
public record TraceJob(int row, double arrival_h, double length_h, double cpus) {

  /** Validates the ranges. */
  public TraceJob {
    if (!(arrival_h >= 0) || !(length_h > 0) || !(cpus >= 0)) {
      throw new IllegalArgumentException(
          "trace row "
              + row
              + ": arrival_h "
              + arrival_h
              + " must be >= 0, length_h "
              + length_h
              + " > 0 and cpus "
              + cpus
              + " >= 0");
    }
  }
}
