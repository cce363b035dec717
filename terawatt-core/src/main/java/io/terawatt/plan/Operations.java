package io.terawatt.plan;

import java.util.List;

/**
 * How the batch part of the work is scheduled.
 *
 * @param batchShare share of the facility load that is deferrable batch work, 0..1
 * @param slack_h hours a batch job may wait past its arrival
 * @param jobLength_h length of each batch job, hours
 * @param policies scheduling policies to compare ({@code SchedulingPolicies.names()}), agnostic
 *     first
 * @param regions extra grid zones the work may move to, besides the candidate sites' zones
 * @param periodDays days of the planning year simulated (from 1 January); annual figures scale by
 *     hours of the year over hours simulated
 */
public record Operations(
    double batchShare,
    double slack_h,
    double jobLength_h,
    List<String> policies,
    List<String> regions,
    int periodDays) {

  /** Copies the lists. */
  public Operations {
    policies = List.copyOf(policies);
    regions = List.copyOf(regions);
  }
}
