package io.terawatt.scheduling.policy;

import io.terawatt.scheduling.DecisionContext;
import io.terawatt.scheduling.Placement;
import io.terawatt.scheduling.PolicyRole;
import io.terawatt.scheduling.SchedulingPolicy;

/**
 * The offline oracle: it knows the actual intensity of every hour and gives each job, at arrival,
 * its cheapest feasible placement (the cheapest hours when the job is interruptible). Without
 * binding capacity limits each job's placement is independent of the others and this is exact (an
 * exhaustive search of starts, or the exact cheapest-slots search of {@link
 * io.terawatt.scheduling.WindowSearch#lowestSlots}); when capacity binds, jobs are served in
 * arrival order and the exact bound is {@link io.terawatt.scheduling.OracleBound}.
 */
public final class OraclePolicy implements SchedulingPolicy {
  /** Command-line name. */
  public static final String NAME = "oracle";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Placement place(DecisionContext context) {
    return context.cheapest(context.costs(0), true);
  }

  /** The oracle: it reads the actual future. */
  @Override
  public PolicyRole role() {
    return PolicyRole.ORACLE;
  }
}
