package io.terawatt.scheduling;

import io.terawatt.scheduling.policy.AgnosticPolicy;
import io.terawatt.scheduling.policy.OraclePolicy;
import java.util.function.IntConsumer;

/**
 * Runs a policy and the carbon-agnostic baseline on one problem and sets both beside the oracle:
 * the use case behind {@code terawatt schedule evaluate}. Without capacity limits the oracle is the
 * exact {@link OracleBound}; with them it is the oracle policy's schedule, and the bound is
 * reported beside it.
 */
public final class PolicyEvaluator {
  private final SchedulingProblem problem;
  private final ScheduleSimulator simulator;
  private final IntensityView forecasts;
  private final IntensityView actual;
  private ScheduleResult baseline;
  private double oracle = Double.NaN;
  private double bound = Double.NaN;

  /**
   * An evaluator.
   *
   * @param problem regions and jobs
   * @param forecasts the view online policies get
   */
  public PolicyEvaluator(SchedulingProblem problem, IntensityView forecasts) {
    this.problem = problem;
    this.simulator = new ScheduleSimulator(problem);
    this.forecasts = forecasts;
    this.actual = new ActualIntensityView(problem);
  }

  /** Evaluates {@code policy}. */
  public PolicyEvaluation evaluate(SchedulingPolicy policy) {
    return evaluate(policy, h -> {});
  }

  /** Evaluates {@code policy}, reporting simulated days to {@code progress}. */
  public PolicyEvaluation evaluate(SchedulingPolicy policy, IntConsumer progress) {
    if (baseline == null) {
      baseline = simulator.run(new AgnosticPolicy(), forecasts);
      bound = OracleBound.total_kgCO2e(problem);
      oracle =
          capacityLimited()
              ? simulator.run(new OraclePolicy(), actual).totalEmissions_kgCO2e()
              : bound;
    }
    ScheduleResult r =
        policy instanceof AgnosticPolicy
            ? baseline
            : simulator.run(
                policy, policy.needsPerfectInformation() ? actual : forecasts, progress);
    return new PolicyEvaluation(r, baseline, oracle, !capacityLimited(), bound);
  }

  private boolean capacityLimited() {
    for (Region r : problem.regions()) {
      if (Double.isFinite(r.capacity_kW())) {
        return true;
      }
    }
    return false;
  }
}
