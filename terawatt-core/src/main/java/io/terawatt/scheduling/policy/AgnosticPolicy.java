package io.terawatt.scheduling.policy;

import io.terawatt.scheduling.DecisionContext;
import io.terawatt.scheduling.Placement;
import io.terawatt.scheduling.PolicyRole;
import io.terawatt.scheduling.SchedulingPolicy;

/**
 * Carbon-agnostic first-come-first-served: every job runs in its home region as soon as capacity
 * allows. The baseline of every percentage.
 */
public final class AgnosticPolicy implements SchedulingPolicy {
  /** Command-line name. */
  public static final String NAME = "agnostic";

  @Override
  public String name() {
    return NAME;
  }

  /** The baseline of every percentage. */
  @Override
  public PolicyRole role() {
    return PolicyRole.BASELINE;
  }

  @Override
  public Placement place(DecisionContext context) {
    return context.earliest();
  }
}
