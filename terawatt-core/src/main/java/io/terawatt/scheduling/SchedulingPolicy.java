package io.terawatt.scheduling;

/**
 * A rule that places batch jobs in time (and, where allowed, across regions).
 *
 * <p>A policy that does not {@linkplain #decidesEveryHour() decide every hour} is asked once, at
 * the job's arrival, and its whole placement is committed. A policy that decides every hour is
 * asked again each hour while the job waits; when its placement starts at the decision hour the job
 * runs that hour (an interruptible job one hour at a time, other jobs to completion), otherwise the
 * job keeps waiting.
 */
public interface SchedulingPolicy {

  /** The name used on command lines, for example {@code best-window}. */
  String name();

  /**
   * Places the remaining work of {@code context.job()} at {@code context.now()}.
   *
   * @return the placement, or {@link Placement#WAIT} (only for policies that decide every hour)
   */
  Placement place(DecisionContext context);

  /** Whether the policy is asked again every hour until the job runs. */
  default boolean decidesEveryHour() {
    return false;
  }

  /** The part the policy plays in a comparison: an online policy unless it says otherwise. */
  default PolicyRole role() {
    return PolicyRole.ONLINE;
  }

  /**
   * Whether the policy reads the actual future (the {@linkplain PolicyRole#ORACLE oracle});
   * otherwise it reads forecasts.
   */
  default boolean needsPerfectInformation() {
    return role() == PolicyRole.ORACLE;
  }
}
