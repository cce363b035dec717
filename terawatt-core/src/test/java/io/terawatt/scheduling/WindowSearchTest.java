package io.terawatt.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WindowSearchTest {

  @Test
  void theCheapestRunOfTwoHoursStartsWhereTheSumIsLowest() {
    double[] cost = {5, 4, 1, 2, 6, 1};
    // runs of 2: 9, 5, 3, 8, 7 -> start 2
    assertThat(WindowSearch.bestStart(cost, 2, 1.0, 4, s -> true)).isEqualTo(2);
  }

  @Test
  void aFractionalLastHourIsChargedOnlyForItsFraction() {
    double[] cost = {1, 10, 2, 3};
    // n = 2 with the last hour at 0.1: starts 0: 1 + 1.0 = 2.0; 1: 10 + 0.2; 2: 2 + 0.3 = 2.3
    assertThat(WindowSearch.bestStart(cost, 2, 0.1, 2, s -> true)).isEqualTo(0);
    assertThat(WindowSearch.runCost(cost, 2, 2, 0.1))
        .isEqualTo(2.3, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void tiesGoToTheEarliestStartAndInfeasibleStartsAreSkipped() {
    double[] cost = {3, 3, 3, 1};
    assertThat(WindowSearch.bestStart(cost, 1, 1.0, 2, s -> true)).isEqualTo(0);
    assertThat(WindowSearch.bestStart(cost, 1, 1.0, 3, s -> s != 3)).isEqualTo(0);
    assertThat(WindowSearch.bestStart(cost, 1, 1.0, 3, s -> false)).isEqualTo(-1);
  }

  @Test
  void lowestSlotsPicksTheCheapestHoursWithTheFractionOnTheLast() {
    double[] cost = {4, 1, 5, 2, 9};
    int[] s = WindowSearch.lowestSlots(cost, cost.length, 2, 1.0, k -> true);
    assertThat(s).containsExactly(1, 3);
    // With a small last fraction the last slot should be a cheap one after another cheap one.
    int[] f = WindowSearch.lowestSlots(cost, cost.length, 2, 0.5, k -> true);
    assertThat(WindowSearch.slotsCost(cost, f, 0.5)).isEqualTo(2.0);
  }

  @Test
  void lowestSlotsMatchesBruteForceOnRandomCases() {
    SplittableRandom random = new SplittableRandom(7);
    for (int trial = 0; trial < 300; trial++) {
      int len = 2 + random.nextInt(9);
      int n = 1 + random.nextInt(len);
      double f = random.nextBoolean() ? 1.0 : 0.05 + 0.9 * random.nextDouble();
      double[] cost = new double[len];
      boolean[] ok = new boolean[len];
      for (int i = 0; i < len; i++) {
        cost[i] = random.nextInt(20);
        ok[i] = random.nextInt(5) != 0;
      }
      double brute = Double.POSITIVE_INFINITY;
      for (int mask = 0; mask < 1 << len; mask++) {
        if (Integer.bitCount(mask) != n) {
          continue;
        }
        double c = 0;
        int last = -1;
        boolean feasible = true;
        for (int i = 0; i < len; i++) {
          if ((mask >> i & 1) == 1) {
            feasible &= ok[i];
            if (last >= 0) {
              c += cost[last];
            }
            last = i;
          }
        }
        if (feasible) {
          brute = Math.min(brute, c + f * cost[last]);
        }
      }
      int[] slots = WindowSearch.lowestSlots(cost, len, n, f, k -> ok[k]);
      if (Double.isInfinite(brute)) {
        assertThat(slots).isNull();
      } else {
        assertThat(WindowSearch.slotsCost(cost, slots, f))
            .isCloseTo(brute, org.assertj.core.data.Offset.offset(1e-9));
      }
    }
  }
}
