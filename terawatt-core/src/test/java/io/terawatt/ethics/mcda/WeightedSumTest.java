package io.terawatt.ethics.mcda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.ethics.PerformanceTable;
import org.junit.jupiter.api.Test;

/** The weighted sum on min-max normalised values, computed by hand. */
class WeightedSumTest {
  @Test
  void minMaxNormalisationAppliesDirection() {
    // cost (min) 10, 20, 30 -> 1, 0.5, 0; quality (max) 1, 3, 2 -> 0, 1, 0.5
    PerformanceTable t =
        PerformanceTable.ofCertain(
            new String[] {"a", "b", "c"},
            new String[] {"cost_USD", "quality"},
            new boolean[] {false, true},
            new double[][] {{10, 1}, {20, 3}, {30, 2}});

    double[] s = WeightedSum.scores(t, new double[] {3, 1});

    // a = 0.75*1 + 0.25*0 = 0.75; b = 0.75*0.5 + 0.25*1 = 0.625; c = 0 + 0.25*0.5 = 0.125
    assertThat(s).containsExactly(new double[] {0.75, 0.625, 0.125}, within(1e-12));
  }
}
