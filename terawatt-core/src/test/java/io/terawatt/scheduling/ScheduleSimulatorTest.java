package io.terawatt.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.scheduling.policy.AgnosticPolicy;
import io.terawatt.scheduling.policy.BestWindowPolicy;
import io.terawatt.scheduling.policy.CarbonTimePolicy;
import io.terawatt.scheduling.policy.ForecastMpcPolicy;
import io.terawatt.scheduling.policy.LowestSlotsPolicy;
import io.terawatt.scheduling.policy.OraclePolicy;
import io.terawatt.scheduling.policy.ThresholdPolicy;
import io.terawatt.timeseries.HourlySeries;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScheduleSimulatorTest {
  private static final Instant T0 = Instant.parse("2023-01-01T00:00:00Z");

  private static Region region(String name, double capacity_kW, double pue, double... g) {
    return new Region(
        name, new HourlySeries(T0, g, "gCO2e/kWh"), Optional.empty(), capacity_kW, pue);
  }

  private static SchedulingProblem problem(List<Region> regions, List<BatchJob> jobs) {
    return new SchedulingProblem(regions, T0, regions.get(0).intensity().hours(), jobs);
  }

  @Test
  void theBaselineRunsAtArrivalAndTheOracleInTheCleanestHourOfTheWindow() {
    // 2 kW for one hour, 2 hours of slack: hours 0..2 may be used.
    SchedulingProblem p =
        problem(
            List.of(region("Z", Double.POSITIVE_INFINITY, 1.0, 500, 300, 100, 50, 400)),
            List.of(BatchJob.of("a", 0, 1, 2, 2, false)));
    ScheduleSimulator sim = new ScheduleSimulator(p);
    ScheduleResult base = sim.run(new AgnosticPolicy(), new ForecastLikeView(p));
    ScheduleResult oracle = sim.run(new OraclePolicy(), new ActualIntensityView(p));
    assertThat(base.totalEmissions_kgCO2e()).isEqualTo(2 * 500 / 1000.0);
    assertThat(oracle.startHour()[0]).isEqualTo(2);
    assertThat(oracle.totalEmissions_kgCO2e()).isEqualTo(2 * 100 / 1000.0);
    assertThat(OracleBound.total_kgCO2e(p)).isEqualTo(0.2);
  }

  @Test
  void pueMultipliesEnergyAndEmissions() {
    SchedulingProblem p =
        problem(
            List.of(region("Z", Double.POSITIVE_INFINITY, 1.5, 200, 200)),
            List.of(BatchJob.of("a", 0, 1.5, 0, 4, false)));
    ScheduleResult r = new ScheduleSimulator(p).run(new OraclePolicy(), new ActualIntensityView(p));
    // 4 kW × 1.5 h × 1.5 = 9 kWh at 200 g/kWh = 1.8 kg
    assertThat(r.totalEnergy_kWh()).isCloseTo(9.0, within(1e-12));
    assertThat(r.totalEmissions_kgCO2e()).isCloseTo(1.8, within(1e-12));
  }

  @Test
  void capacityPushesTheSecondJobToTheNextBestHour() {
    SchedulingProblem p =
        problem(
            List.of(region("Z", 1.0, 1.0, 300, 100, 200, 400)),
            List.of(BatchJob.of("a", 0, 1, 3, 1, false), BatchJob.of("b", 0, 1, 3, 1, false)));
    ScheduleResult r = new ScheduleSimulator(p).run(new OraclePolicy(), new ActualIntensityView(p));
    assertThat(r.startHour()).containsExactly(1, 2);
    assertThat(r.totalEmissions_kgCO2e()).isCloseTo(0.3, within(1e-12));
    // The bound ignores capacity: both jobs at 100 g.
    assertThat(OracleBound.total_kgCO2e(p)).isCloseTo(0.2, within(1e-12));
  }

  @Test
  void theBaselineQueuesWhenCapacityIsFullAndCountsMissedDeadlines() {
    SchedulingProblem p =
        problem(
            List.of(region("Z", 1.0, 1.0, 100, 100, 100, 100, 100)),
            List.of(BatchJob.of("a", 0, 2, 0, 1, false), BatchJob.of("b", 0, 1, 0, 1, false)));
    ScheduleResult r = new ScheduleSimulator(p).run(new AgnosticPolicy(), new ForecastLikeView(p));
    assertThat(r.startHour()).containsExactly(0, 2);
    assertThat(r.deadlineMissed()).containsExactly(false, true);
    assertThat(r.deadlineMisses()).isEqualTo(1);
  }

  @Test
  void anInterruptibleJobRunsInTheLowestHoursAndPaysTheRestoreOverhead() {
    BatchJob j = new BatchJob("a", 0, 2, 3, 1, true, 0.5, java.util.Set.of(), "");
    SchedulingProblem p =
        problem(
            List.of(region("Z", Double.POSITIVE_INFINITY, 1.0, 100, 900, 50, 900, 900)),
            List.of(j));
    ScheduleResult r = new ScheduleSimulator(p).run(new OraclePolicy(), new ActualIntensityView(p));
    // hours 0 and 2; the resume at hour 2 adds 0.5 h of power at 50 g
    assertThat(r.interruptions()[0]).isEqualTo(1);
    assertThat(r.totalEnergy_kWh()).isCloseTo(2.5, within(1e-12));
    assertThat(r.totalEmissions_kgCO2e()).isCloseTo((100 + 50 + 25) / 1000.0, within(1e-12));
  }

  @Test
  void aJobMovesToACleanerRegionWhenItMayAndStaysHomeWhenResidencyForbids() {
    Region dirty = region("DIRTY", Double.POSITIVE_INFINITY, 1.0, 800, 800, 800);
    Region clean = region("CLEAN", Double.POSITIVE_INFINITY, 1.0, 20, 20, 20);
    BatchJob free = new BatchJob("free", 0, 1, 0, 1, false, 0, java.util.Set.of(), "DIRTY");
    BatchJob resident =
        new BatchJob("resident", 0, 1, 0, 1, false, 0, java.util.Set.of("DIRTY"), "DIRTY");
    SchedulingProblem p = problem(List.of(dirty, clean), List.of(free, resident));
    ScheduleResult r = new ScheduleSimulator(p).run(new OraclePolicy(), new ActualIntensityView(p));
    assertThat(r.region()).containsExactly(1, 0);
    assertThat(r.jobsMoved(p)).isEqualTo(1);
  }

  @Test
  void energyIsTheSameUnderEveryPolicy() {
    double[] g = new double[96];
    for (int h = 0; h < g.length; h++) {
      g[h] = 300 + 200 * Math.sin(2 * Math.PI * h / 24);
    }
    List<BatchJob> jobs =
        List.of(
            BatchJob.of("a", 0, 3.5, 12, 2, false),
            BatchJob.of("b", 5, 1, 20, 1, true),
            BatchJob.of("c", 9, 6, 30, 3, true),
            BatchJob.of("d", 30, 2, 6, 1, false));
    SchedulingProblem p = problem(List.of(region("Z", Double.POSITIVE_INFINITY, 1.2, g)), jobs);
    ScheduleSimulator sim = new ScheduleSimulator(p);
    IntensityView online = new ForecastLikeView(p);
    double expected = (3.5 * 2 + 1 + 6 * 3 + 2) * 1.2;
    for (SchedulingPolicy policy :
        List.of(
            new AgnosticPolicy(),
            new ThresholdPolicy(),
            new BestWindowPolicy(),
            new LowestSlotsPolicy(),
            new CarbonTimePolicy(),
            new ForecastMpcPolicy())) {
      ScheduleResult r = sim.run(policy, online);
      assertThat(r.totalEnergy_kWh()).as(policy.name()).isCloseTo(expected, within(1e-9));
      assertThat(r.deadlineMisses()).as(policy.name()).isZero();
    }
    ScheduleResult oracle = sim.run(new OraclePolicy(), new ActualIntensityView(p));
    assertThat(oracle.totalEmissions_kgCO2e()).isCloseTo(OracleBound.total_kgCO2e(p), within(1e-9));
  }

  @Test
  void anOnlinePolicyIsNeverGivenTheActualFutureNorTheOracleAForecast() {
    SchedulingProblem p =
        problem(
            List.of(region("Z", Double.POSITIVE_INFINITY, 1.0, 1, 2)),
            List.of(BatchJob.of("a", 0, 1, 1, 1, false)));
    ScheduleSimulator sim = new ScheduleSimulator(p);
    assertThatThrownBy(() -> sim.run(new BestWindowPolicy(), new ActualIntensityView(p)))
        .hasMessageContaining("must not see the actual future");
    assertThatThrownBy(() -> sim.run(new OraclePolicy(), new ForecastLikeView(p)))
        .hasMessageContaining("needs the actual intensity");
  }

  @Test
  void movingDataCostsEnergyAndCanKeepAJobAtHome() {
    Region home = region("HOME", Double.POSITIVE_INFINITY, 1.0, 300, 300);
    Region away = region("AWAY", Double.POSITIVE_INFINITY, 1.0, 100, 100);
    // 1 kW for 1 h saves 0.2 kg away; moving 100 GB costs 0.375 kWh at 100 g = 0.0375 kg
    BatchJob small = new BatchJob("small", 0, 1, 0, 1, false, 0, java.util.Set.of(), "HOME", 100);
    // 1,000,000 GB costs 3,750 kWh: cheaper to stay
    BatchJob huge =
        new BatchJob("huge", 0, 1, 0, 1, false, 0, java.util.Set.of(), "HOME", 1_000_000);
    SchedulingProblem p = problem(List.of(home, away), List.of(small, huge));
    ScheduleResult r = new ScheduleSimulator(p).run(new OraclePolicy(), new ActualIntensityView(p));
    assertThat(r.region()).containsExactly(1, 0);
    assertThat(r.emissions_kgCO2e()[0]).isCloseTo(0.1 + 0.0375, within(1e-12));
    assertThat(r.energy_kWh()[0]).isCloseTo(1.375, within(1e-12));
    assertThat(r.totalEmissions_kgCO2e()).isCloseTo(OracleBound.total_kgCO2e(p), within(1e-12));
  }

  /** An online view that forecasts every hour as the value of the same hour a day earlier. */
  static final class ForecastLikeView implements IntensityView {
    private final SchedulingProblem p;

    ForecastLikeView(SchedulingProblem p) {
      this.p = p;
    }

    @Override
    public double[] expected(int region, int issuedHour, int horizon) {
      int end = Math.min(p.hours(), issuedHour + horizon);
      double[] out = new double[Math.max(0, end - issuedHour)];
      for (int h = issuedHour; h < end; h++) {
        int past = h - 24 * ((h - issuedHour) / 24 + 1);
        out[h - issuedHour] = past >= 0 ? p.intensityAt(region, past) : 0;
      }
      return out;
    }

    @Override
    public double relativeError(int region, int k) {
      return 0.1;
    }

    @Override
    public boolean isPerfect() {
      return false;
    }

    @Override
    public String source() {
      return "seasonal-naive-24";
    }
  }
}
