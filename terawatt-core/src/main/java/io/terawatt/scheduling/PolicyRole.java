package io.terawatt.scheduling;

/**
 * The part a policy plays in a comparison. Every percentage is measured against the {@link
 * #BASELINE} and set beside the {@link #ORACLE}; reports and summaries find both by their role,
 * never by their names.
 */
public enum PolicyRole {
  /** The carbon-agnostic reference that savings are measured against. */
  BASELINE,
  /** A policy that decides on forecasts, as it would in operation. */
  ONLINE,
  /** The perfect-information policy: the most any policy could save. */
  ORACLE;

  /** Whether the role is an online policy (neither the baseline nor the oracle). */
  public boolean isOnline() {
    return this == ONLINE;
  }
}
