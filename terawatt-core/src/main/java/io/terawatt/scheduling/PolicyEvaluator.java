package io.terawatt.scheduling;

import java.util.function.IntConsumer;

/**
 * Runs a policy and the {@linkplain PolicyRole#BASELINE baseline} on one problem and sets both
 * beside the {@linkplain PolicyRole#ORACLE oracle}. A policy whose role is the baseline gets the
 * baseline's own run. Without capacity limits the oracle is the exact {@link OracleBound}; with
 * them it is the oracle policy's schedule, and the bound is reported beside it.
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
      baseline = simulator.run(SchedulingPolicies.baseline(), forecasts);
      bound = OracleBound.total_kgCO2e(problem);
      oracle =
          capacityLimited()
              ? simulator.run(SchedulingPolicies.oracle(), actual).totalEmissions_kgCO2e()
              : bound;
    }
    ScheduleResult r =
        policy.role() == PolicyRole.BASELINE
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
