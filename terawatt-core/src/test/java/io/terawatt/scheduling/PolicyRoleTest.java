package io.terawatt.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.timeseries.HourlySeries;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Baseline and oracle are roles of the policies, found by role whatever the policies are called.
 */
class PolicyRoleTest {
  private static final Instant T0 = Instant.parse("2023-01-01T00:00:00Z");

  /** The oracle's placement under another name. */
  private static final class Clairvoyant implements SchedulingPolicy {
    @Override
    public String name() {
      return "clairvoyant";
    }

    @Override
    public Placement place(DecisionContext context) {
      return context.cheapest(context.costs(0), true);
    }

    @Override
    public PolicyRole role() {
      return PolicyRole.ORACLE;
    }
  }

  /** A baseline under another name that, were it run, would wait for the cleanest hour. */
  private static final class Reference implements SchedulingPolicy {
    @Override
    public String name() {
      return "reference";
    }

    @Override
    public Placement place(DecisionContext context) {
      return context.cheapest(context.costs(0), true);
    }

    @Override
    public PolicyRole role() {
      return PolicyRole.BASELINE;
    }
  }

  private static SchedulingProblem problem() {
    double[] g = {400, 100, 300, 200, 500, 100};
    Region z = new Region("Z", new HourlySeries(T0, g, "gCO2e/kWh"), Optional.empty(), 1e9, 1);
    return new SchedulingProblem(
        List.of(z), T0, g.length, List.of(BatchJob.of("a", 0, 1, 2, 1, false)));
  }

  @Test
  void everyCataloguedPolicyIsOnlineExceptTheBaselineAndTheOracle() {
    for (String name : SchedulingPolicies.names()) {
      PolicyRole role = SchedulingPolicies.byName(name).role();
      if (name.equals(SchedulingPolicies.baseline().name())) {
        assertThat(role).as(name).isEqualTo(PolicyRole.BASELINE);
      } else if (name.equals(SchedulingPolicies.oracle().name())) {
        assertThat(role).as(name).isEqualTo(PolicyRole.ORACLE);
      } else {
        assertThat(role.isOnline()).as(name).isTrue();
      }
    }
    assertThat(SchedulingPolicies.byName("forecast-mpc:0.5").role()).isEqualTo(PolicyRole.ONLINE);
  }

  @Test
  void aPolicyInTheOracleRoleReadsTheActualFutureWhateverItIsCalled() {
    SchedulingProblem p = problem();
    PolicyEvaluator ev = new PolicyEvaluator(p, new ScheduleSimulatorTest.ForecastLikeView(p));
    PolicyEvaluation e = ev.evaluate(new Clairvoyant());
    // the forecast-like view sees 0 for the first day; only the actual view finds hour 1 at 100 g
    assertThat(new Clairvoyant().needsPerfectInformation()).isTrue();
    assertThat(e.emissions_kgCO2e()).isCloseTo(0.1, within(1e-12));
    assertThat(e.shareOfOracleSavings_pct()).isCloseTo(100, within(1e-9));
  }

  @Test
  void aPolicyInTheBaselineRoleIsGivenTheBaselinesOwnRun() {
    SchedulingProblem p = problem();
    PolicyEvaluator ev = new PolicyEvaluator(p, new ScheduleSimulatorTest.ForecastLikeView(p));
    PolicyEvaluation e = ev.evaluate(new Reference());
    assertThat(e.result()).isSameAs(e.baseline());
    assertThat(e.savings_pct()).isZero();
  }

  @Test
  void aPlanComparesTheBaselineFirstOnceWhereverItWasNamed() {
    String baseline = SchedulingPolicies.baseline().name();
    assertThat(SchedulingPolicies.withBaselineFirst(List.of("oracle", baseline, "oracle")))
        .containsExactly(baseline, "oracle");
    assertThat(SchedulingPolicies.withBaselineFirst(List.of("threshold")))
        .containsExactly(baseline, "threshold");
    List<String> defaults = SchedulingPolicies.defaultComparison();
    assertThat(SchedulingPolicies.byName(defaults.get(0)).role()).isEqualTo(PolicyRole.BASELINE);
    assertThat(SchedulingPolicies.byName(defaults.get(defaults.size() - 1)).role())
        .isEqualTo(PolicyRole.ORACLE);
  }

  @Test
  void studyRowsCarryTheRoleOfTheirPolicy() {
    double[] g = new double[24 * 3];
    for (int h = 0; h < g.length; h++) {
      g[h] = 300 + 100 * Math.cos(2 * Math.PI * h / 24);
    }
    List<ZoneStudy.Row> rows =
        ZoneStudy.defaults()
            .run(
                List.of("Z"),
                java.util.Map.of("Z", new HourlySeries(T0, g, "gCO2e/kWh")),
                Optional.empty(),
                Optional.empty(),
                hours -> JobGenerators.everyHour(hours, 1, 6, 1, false),
                List.of("oracle", "agnostic", "best-window"),
                s -> {});
    assertThat(rows)
        .extracting(ZoneStudy.Row::role)
        .containsExactly(PolicyRole.ORACLE, PolicyRole.BASELINE, PolicyRole.ONLINE);
  }
}
