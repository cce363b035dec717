package io.terawatt.scheduling;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cluster job traces as batch jobs: each job gets a slack, a power from its vCPUs and a home
 * region.
 *
 * <p>Power: {@value #WATTS_PER_VCPU} W per vCPU at full load, the Cloud Carbon Footprint
 * methodology's Azure maximum (SPECpower-derived average over Azure's processor families; CCF
 * "Energy estimate (Watt-Hours)" coefficients, unverified against the current release).
 */
public final class ClusterTraces {
  /** IT power per vCPU at full load, W (Cloud Carbon Footprint, Azure max; unverified). */
  public static final double WATTS_PER_VCPU = 3.76;

  private ClusterTraces() {}

  /**
   * The batch jobs of a trace: job {@code i} is named {@code job-<row>}, arrives at the hour its
   * arrival falls in and draws {@link #WATTS_PER_VCPU} W per vCPU.
   *
   * @param slack_h slack given to every job, hours
   * @param interruptible whether the jobs may pause
   * @param homes region names assigned as home regions in turn (job i gets {@code homes[i mod n]});
   *     empty for none
   */
  public static List<BatchJob> batchJobs(
      List<TraceJob> trace, double slack_h, boolean interruptible, List<String> homes) {
    List<BatchJob> jobs = new ArrayList<>(trace.size());
    for (TraceJob t : trace) {
      String home = homes.isEmpty() ? "" : homes.get(jobs.size() % homes.size());
      jobs.add(
          new BatchJob(
              "job-" + t.row(),
              (int) Math.floor(t.arrival_h()),
              t.length_h(),
              slack_h,
              t.cpus() * WATTS_PER_VCPU / 1000.0,
              interruptible,
              0,
              Set.of(),
              home));
    }
    return jobs;
  }
}
