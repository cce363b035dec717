package io.terawatt.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.scheduling.policy.BestWindowPolicy;
import io.terawatt.scheduling.policy.OraclePolicy;
import io.terawatt.timeseries.HourlySeries;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PolicyEvaluatorTest {
  private static final Instant T0 = Instant.parse("2023-01-01T00:00:00Z");

  private static SchedulingProblem problem(double capacity_kW) {
    double[] g = {400, 100, 300, 200, 500, 100};
    Region z =
        new Region("Z", new HourlySeries(T0, g, "gCO2e/kWh"), Optional.empty(), capacity_kW, 1);
    return new SchedulingProblem(
        List.of(z),
        T0,
        g.length,
        List.of(BatchJob.of("a", 0, 1, 2, 1, false), BatchJob.of("b", 0, 1, 2, 1, false)));
  }

  @Test
  void withoutCapacityTheOracleIsTheExactBoundAndItsShareIsAHundredPercent() {
    SchedulingProblem p = problem(Double.POSITIVE_INFINITY);
    PolicyEvaluator ev = new PolicyEvaluator(p, new ScheduleSimulatorTest.ForecastLikeView(p));
    PolicyEvaluation o = ev.evaluate(new OraclePolicy());
    // baseline: both at 400 -> 0.8 kg; oracle: both at 100 -> 0.2 kg
    assertThat(o.baselineEmissions_kgCO2e()).isCloseTo(0.8, within(1e-12));
    assertThat(o.oracle_kgCO2e()).isCloseTo(0.2, within(1e-12));
    assertThat(o.oracleExact()).isTrue();
    assertThat(o.savings_pct()).isCloseTo(75.0, within(1e-9));
    assertThat(o.shareOfOracleSavings_pct()).isCloseTo(100.0, within(1e-9));
  }

  @Test
  void withCapacityTheOracleScheduleSitsAboveTheRelaxedBound() {
    SchedulingProblem p = problem(1.0);
    PolicyEvaluator ev = new PolicyEvaluator(p, new ScheduleSimulatorTest.ForecastLikeView(p));
    PolicyEvaluation e = ev.evaluate(new BestWindowPolicy());
    assertThat(e.oracleExact()).isFalse();
    // window hours 0..2; oracle: hours 1 and 2 (100 + 300); the bound puts both in hour 1
    assertThat(e.oracle_kgCO2e()).isCloseTo(0.4, within(1e-12));
    assertThat(e.oracleLowerBound_kgCO2e()).isCloseTo(0.2, within(1e-12));
    // baseline: hours 0 and 1 (400 + 100)
    assertThat(e.baselineEmissions_kgCO2e()).isCloseTo(0.5, within(1e-12));
  }
}
