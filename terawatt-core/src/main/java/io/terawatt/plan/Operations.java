package io.terawatt.plan;

import io.terawatt.scheduling.SchedulingPolicies;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * How the batch part of the work is scheduled.
 *
 * @param batchShare share of the facility load that is deferrable batch work, 0..1
 * @param slack_h hours a batch job may wait past its arrival
 * @param jobLength_h length of each batch job, hours
 * @param policies scheduling policies to compare ({@code SchedulingPolicies.names()}), the
 *     carbon-agnostic baseline first
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

  /**
   * Batch share of the load when the scenario gives none: 0.3, a Terawatt judgement for a campus
   * whose evaluations, embeddings and batch API can wait (unverified).
   */
  public static final double DEFAULT_BATCH_SHARE = 0.3;

  /** Hours a batch job may wait when the scenario gives none: a day (unverified judgement). */
  public static final double DEFAULT_SLACK_H = 24;

  /** Length of each batch job when the scenario gives none, hours (unverified judgement). */
  public static final double DEFAULT_JOB_LENGTH_H = 4;

  /**
   * Days simulated when the scenario gives none: four weeks, long enough for weekly patterns and
   * short enough for a minute's run (a convention).
   */
  public static final int DEFAULT_PERIOD_DAYS = 28;

  /**
   * Policies compared when the scenario names none: the baseline, three online policies (threshold,
   * lowest slots, Carbon-Time) and the perfect-information oracle, found by their roles.
   */
  public static final List<String> DEFAULT_POLICIES = SchedulingPolicies.defaultComparison();

  /** Copies the lists. */
  public Operations {
    policies = List.copyOf(policies);
    regions = List.copyOf(regions);
  }

  /**
   * The operations a scenario says, the defaults above applied; named policies lose repeats and get
   * the baseline first.
   */
  public static Operations of(
      OptionalDouble batchShare,
      OptionalDouble slack_h,
      OptionalDouble jobLength_h,
      Optional<List<String>> policies,
      List<String> regions,
      OptionalInt periodDays) {
    return new Operations(
        batchShare.orElse(DEFAULT_BATCH_SHARE),
        slack_h.orElse(DEFAULT_SLACK_H),
        jobLength_h.orElse(DEFAULT_JOB_LENGTH_H),
        policies.map(SchedulingPolicies::withBaselineFirst).orElse(DEFAULT_POLICIES),
        regions,
        periodDays.orElse(DEFAULT_PERIOD_DAYS));
  }
}
