package io.terawatt.scheduling.elastic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** CarbonScaler's greedy: a hand-computed case, invariants, and optimality against brute force. */
class MarginalAllocatorTest {

  @Test
  void handComputedThreeHourCase() {
    // Marginals 1, 0.8, 0.6 single-node hours per hour; 1 kW per node.
    ScalingProfile p = ScalingProfile.ofThroughputs(1.0, 1.8, 2.4);
    ElasticJob job = new ElasticJob(3.0, 1.0, 1, 3, 1, p);
    double[] intensity = {100, 300, 200};

    Allocation a = MarginalAllocator.plan(job, intensity, 3.0);

    // Grams per unit of work: hour 0: 100, 125, 166.7; hour 2: 200, ...; hour 1: 300, ...
    // Hour 0 takes all three nodes (2.4 units), hour 2 one node for 0.6 of the hour.
    assertThat(a.nodeHours()).containsExactly(new double[] {3.0, 0.0, 0.6}, within(1e-12));
    assertThat(a.work_nodeHours()).containsExactly(new double[] {2.4, 0.0, 0.6}, within(1e-12));
    assertThat(a.peakNodes()).containsExactly(3, 0, 1);
    assertThat(a.emissions_kgCO2e(1.0, intensity)).isCloseTo(0.420, within(1e-12));
    assertThat(a.completionHour()).isEqualTo(3);

    Allocation base = MarginalAllocator.fixed(p, 1, 3.0);
    assertThat(base.emissions_kgCO2e(1.0, intensity)).isCloseTo(0.600, within(1e-12));
  }

  @Test
  void workDoneEqualsTheJobsWorkAndNodesStayInRange() {
    Random rnd = new Random(7);
    for (int trial = 0; trial < 200; trial++) {
      ScalingProfile p = randomProfile(rnd, 6, trial % 2 == 0);
      int min = 1 + rnd.nextInt(3);
      int max = min + rnd.nextInt(6 - min + 1);
      ElasticJob job = new ElasticJob(1, 0.5 + rnd.nextDouble(), min, max, min, p);
      double[] intensity = randomIntensity(rnd, 2 + rnd.nextInt(30));
      double capacity = intensity.length * p.throughput_nodeHoursPerHour(max);
      double work = capacity * (0.05 + 0.9 * rnd.nextDouble());

      Allocation a = MarginalAllocator.plan(job, intensity, work);

      assertThat(a.totalWork_nodeHours()).isCloseTo(work, within(1e-9 * work));
      for (int h = 0; h < a.hours(); h++) {
        assertThat(a.peakNodes()[h]).isLessThanOrEqualTo(max);
        if (a.nodeHours()[h] > 0) {
          assertThat(a.peakNodes()[h]).isGreaterThanOrEqualTo(min);
        }
        assertThat(a.nodeHours()[h]).isLessThanOrEqualTo(a.peakNodes()[h] + 1e-12);
      }
    }
  }

  @Test
  void greedyEqualsBruteForceOnConcaveProfiles() {
    Random rnd = new Random(11);
    for (int trial = 0; trial < 300; trial++) {
      ScalingProfile p = randomProfile(rnd, 3, true);
      int min = 1 + rnd.nextInt(2);
      ElasticJob job = new ElasticJob(1, 1.0, min, 3, min, p);
      double[] intensity = randomIntensity(rnd, 2 + rnd.nextInt(3));
      double work = intensity.length * p.throughput_nodeHoursPerHour(3) * rnd.nextDouble();
      assertThat(p.concaveFrom(min, 3)).isTrue();

      double greedy = MarginalAllocator.plan(job, intensity, work).emissions_kgCO2e(1, intensity);
      double best = bruteForce_kgCO2e(job, intensity, work);

      assertThat(greedy).as("trial %d", trial).isCloseTo(best, within(1e-9 + 1e-9 * best));
    }
  }

  @Test
  void onAProfileWithRisingMarginalsTheGreedyIsNeverBelowTheOptimum() {
    // Marginals 1, 0.5, 1.5: not concave; the hull joins 1 node to 3 nodes.
    ScalingProfile p = ScalingProfile.ofThroughputs(1.0, 1.5, 3.0);
    assertThat(p.concaveFrom(1, 3)).isFalse();
    assertThat(MarginalAllocator.hullNodes(p, 1, 3)).containsExactly(0, 3);
    Random rnd = new Random(3);
    for (int trial = 0; trial < 100; trial++) {
      ElasticJob job = new ElasticJob(1, 1.0, 1, 3, 1, p);
      double[] intensity = randomIntensity(rnd, 3);
      double work = 9 * rnd.nextDouble();
      Allocation a = MarginalAllocator.plan(job, intensity, work);
      assertThat(a.totalWork_nodeHours()).isCloseTo(work, within(1e-9));
      assertThat(a.emissions_kgCO2e(1, intensity))
          .isGreaterThanOrEqualTo(bruteForce_kgCO2e(job, intensity, work) - 1e-9);
    }
  }

  @Test
  void workBeyondTheWindowsCapacityIsRefused() {
    ElasticJob job = new ElasticJob(1, 1, 1, 2, 1, ScalingProfile.ofThroughputs(1, 1.5));
    assertThatThrownBy(() -> MarginalAllocator.plan(job, new double[] {100, 100}, 3.01))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot finish in 2 hours");
  }

  @Test
  void theBaselineRunsFixedNodesUntilDone() {
    Allocation a = MarginalAllocator.fixed(ScalingProfile.ofThroughputs(1, 1.8), 2, 4.5);
    assertThat(a.hours()).isEqualTo(3);
    assertThat(a.work_nodeHours()).containsExactly(new double[] {1.8, 1.8, 0.9}, within(1e-12));
    assertThat(a.nodeHours()).containsExactly(new double[] {2, 2, 1}, within(1e-12));
  }

  /**
   * Every integer node vector (0 or min..max per hour) whose work does not exceed W, completed by
   * one extra step {@code n_t → m} in one hour run for the fraction of the hour that finishes W.
   */
  static double bruteForce_kgCO2e(ElasticJob job, double[] intensity, double work) {
    int hours = intensity.length;
    int[] choices = new int[job.maxNodes() - job.minNodes() + 2];
    choices[0] = 0;
    for (int k = 1; k < choices.length; k++) {
      choices[k] = job.minNodes() + k - 1;
    }
    ScalingProfile p = job.profile();
    double best = Double.POSITIVE_INFINITY;
    int[] idx = new int[hours];
    while (true) {
      double w = 0;
      double g = 0;
      for (int h = 0; h < hours; h++) {
        int n = choices[idx[h]];
        w += p.throughput_nodeHoursPerHour(n);
        g += n * job.powerPerNode_kW() * intensity[h];
      }
      double left = work - w;
      if (Math.abs(left) <= 1e-12) {
        best = Math.min(best, g);
      } else if (left > 0) {
        for (int h = 0; h < hours; h++) {
          int n = choices[idx[h]];
          for (int m = Math.max(n + 1, job.minNodes()); m <= job.maxNodes(); m++) {
            double dWork = p.throughput_nodeHoursPerHour(m) - p.throughput_nodeHoursPerHour(n);
            if (dWork >= left) {
              double f = left / dWork;
              best = Math.min(best, g + f * (m - n) * job.powerPerNode_kW() * intensity[h]);
            }
          }
        }
      }
      int h = 0;
      while (h < hours && ++idx[h] == choices.length) {
        idx[h++] = 0;
      }
      if (h == hours) {
        break;
      }
    }
    return best / 1000.0;
  }

  private static ScalingProfile randomProfile(Random rnd, int nodes, boolean concave) {
    double[] t = new double[nodes];
    double marginal = 1.0;
    double sum = 0;
    for (int n = 0; n < nodes; n++) {
      double m = concave ? marginal : 0.2 + rnd.nextDouble();
      sum += m;
      t[n] = sum;
      marginal *= 0.5 + 0.5 * rnd.nextDouble();
    }
    return ScalingProfile.ofThroughputs(t);
  }

  private static double[] randomIntensity(Random rnd, int hours) {
    double[] v = new double[hours];
    for (int h = 0; h < hours; h++) {
      v[h] = 20 + 600 * rnd.nextDouble();
    }
    return v;
  }
}
