package io.terawatt.scheduling.elastic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.timeseries.HourlySeries;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The elastic use case on a synthetic daily-cycle series. */
class ElasticStudyTest {
  private static final Instant START = Instant.parse("2022-01-01T00:00:00Z");

  /** 200 days of a daily cycle (low at 12:00 UTC) with noise, gCO2e/kWh. */
  private static HourlySeries dailyCycle() {
    Random rnd = new Random(5);
    double[] v = new double[200 * 24];
    for (int h = 0; h < v.length; h++) {
      v[h] = 300 + 150 * Math.cos(2 * Math.PI * ((h % 24) / 24.0)) + 10 * rnd.nextGaussian();
    }
    return new HourlySeries(START, v, "gCO2e/kWh");
  }

  private static ElasticJob job() {
    return new ElasticJob(
        24, 0.3, 1, 8, 1, ScalingProfile.ofThroughputs(1, 1.9, 2.7, 3.4, 4.0, 4.5, 4.9, 5.2));
  }

  @Test
  void carbonScalerSavesAgainstTheBaselineAndCompletesTheWorkByTheDeadline() {
    HourlySeries s = dailyCycle();
    Instant arrival = START.plus(Duration.ofDays(150));
    ElasticEvaluation e =
        new ElasticStudy("regression", 72, 120)
            .evaluate("SYN", s, job(), arrival, arrival.plus(Duration.ofHours(48)), "carbonscaler");

    assertThat(e.run().work_nodeHours()).isCloseTo(24, within(1e-9));
    assertThat(e.run().deadlineMet()).isTrue();
    assertThat(e.run().maxNodesUsed()).isLessThanOrEqualTo(8);
    assertThat(e.baseline().completion_h()).isEqualTo(24);
    assertThat(e.savings_pct()).isGreaterThan(10);
    assertThat(e.oracle().emissions_kgCO2e())
        .isLessThanOrEqualTo(e.run().emissions_kgCO2e() + 1e-12);
    assertThat(e.profileConcave()).isTrue();
  }

  @Test
  void theOraclePolicyIsTheGreedyOnActualIntensity() {
    HourlySeries s = dailyCycle();
    Instant arrival = START.plus(Duration.ofDays(100));
    ElasticEvaluation e =
        ElasticStudy.defaults()
            .evaluate("SYN", s, job(), arrival, arrival.plus(Duration.ofHours(30)), "oracle");
    double[] actual = new double[30];
    for (int h = 0; h < 30; h++) {
      actual[h] = s.valueAt(100 * 24 + h);
    }
    double expected = MarginalAllocator.plan(job(), actual, 24).emissions_kgCO2e(0.3, actual);
    assertThat(e.run().emissions_kgCO2e()).isCloseTo(expected, within(1e-12));
    assertThat(e.run().energy_kWh())
        .isCloseTo(e.run().allocation().totalNodeHours() * 0.3, within(1e-12));
  }

  @Test
  void anUnknownPolicyOrAnUncoveredPeriodIsRefused() {
    HourlySeries s = dailyCycle();
    Instant arrival = START.plus(Duration.ofDays(199));
    assertThatThrownBy(
            () ->
                ElasticStudy.defaults()
                    .evaluate("SYN", s, job(), arrival, arrival.plus(Duration.ofHours(48)), "x"))
        .hasMessageContaining("carbonscaler");
    assertThatThrownBy(
            () ->
                ElasticStudy.defaults()
                    .evaluate(
                        "SYN", s, job(), arrival, arrival.plus(Duration.ofHours(48)), "oracle"))
        .hasMessageContaining("hours short");
  }
}
