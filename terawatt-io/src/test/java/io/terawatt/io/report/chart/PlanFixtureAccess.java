package io.terawatt.io.report.chart;

import io.terawatt.plan.PlanResult;
import java.util.Optional;

/** The fixture plan for tests in other packages. */
public final class PlanFixtureAccess {
  private PlanFixtureAccess() {}

  /** The fixture plan without an assessment. */
  public static PlanResult plan() {
    return PlanFixture.plan(Optional.empty());
  }
}
