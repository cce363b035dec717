package io.terawatt.ethics.smaa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.ethics.PerformanceTable;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** SMAA-2 on cases with known answers, determinism and speed. */
class Smaa2Test {
  @Test
  void aDominatingOptionIsAlwaysFirst() {
    PerformanceTable t =
        PerformanceTable.ofCertain(
            new String[] {"good", "bad"},
            new String[] {"x", "y"},
            new boolean[] {true, false},
            new double[][] {{10, 1}, {5, 2}});

    SmaaResult r = Smaa2.run(t, 1000, 1);

    assertThat(r.acceptability()[0][0]).isEqualTo(1.0);
    assertThat(r.confidence()[0]).isEqualTo(1.0);
    assertThat(r.standardError()).isZero();
  }

  @Test
  void twoMirrorOptionsShareFirstPlaceAboutEvenly() {
    // a is best on x, b on y: a wins when w_x > 1/2, which has probability 1/2 under uniform
    // weights
    PerformanceTable t =
        PerformanceTable.ofCertain(
            new String[] {"a", "b"},
            new String[] {"x", "y"},
            new boolean[] {true, true},
            new double[][] {{1, 0}, {0, 1}});

    SmaaResult r = Smaa2.run(t, 20_000, 7);

    assertThat(r.acceptability()[0][0]).isCloseTo(0.5, within(4 * r.standardError()));
    // central weights: E[w_x | w_x > 1/2] = 3/4 for the uniform distribution on the 2-simplex
    assertThat(r.centralWeights()[0][0]).isCloseTo(0.75, within(0.01));
    assertThat(r.standardError()).isCloseTo(Math.sqrt(0.25 / 20_000), within(1e-4));
  }

  @Test
  void theSameSeedGivesTheSameResult() {
    PerformanceTable t = random(new SplittableRandom(3), 10, 5, true);

    SmaaResult a = Smaa2.run(t, 2000, 99);
    SmaaResult b = Smaa2.run(t, 2000, 99);

    assertThat(a.acceptability()).isDeepEqualTo(b.acceptability());
    assertThat(a.confidence()).containsExactly(b.confidence());
  }

  static PerformanceTable random(SplittableRandom r, int n, int m, boolean ranges) {
    String[] o = new String[n];
    String[] ind = new String[m];
    boolean[] max = new boolean[m];
    double[][] v = new double[n][m];
    for (int j = 0; j < m; j++) {
      ind[j] = "x" + j;
      max[j] = r.nextBoolean();
    }
    for (int i = 0; i < n; i++) {
      o[i] = "o" + i;
      for (int j = 0; j < m; j++) {
        v[i][j] = r.nextDouble() * 100;
      }
    }
    return PerformanceTable.ofCertain(o, ind, max, v);
  }
}
