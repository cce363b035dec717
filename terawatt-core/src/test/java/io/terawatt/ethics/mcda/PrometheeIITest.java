package io.terawatt.ethics.mcda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.ethics.PerformanceTable;
import org.junit.jupiter.api.Test;

/**
 * PROMETHEE II: a published worked example (Zhao, Peng and Li 2013, usual criteria) reproduced
 * exactly, and the transport example shipped with the R package MCDA (Bigaret et al. 2017,
 * https://github.com/paterijk/MCDA, {@code tests/PROMETHEEII.R}): RER, METRO1, METRO2, BUS, TAXI on
 * price (min; Gaussian s = 4), time (min; level q = 11, p = 15) and comfort (max; V-shape with
 * indifference q = 1, p = 3), weights 0.2/0.3/0.5. That file publishes the inputs but no flows, so
 * for these non-usual preference functions the expected flows were computed independently (a NumPy
 * script following Brans &amp; Mareschal 2005, ch. 5, eqs. for π, φ+, φ-) and one pair by hand:
 * π(RER, BUS) = 0.2 (1 − e^(−25/32)) + 0.3 × 1 + 0.5 × 0 = 0.408442 (price difference 5, time
 * difference 30 &gt; p, comfort difference 1 ≤ q).
 */
class PrometheeIITest {
  private static final PerformanceTable TRANSPORT =
      PerformanceTable.ofCertain(
          new String[] {"RER", "METRO1", "METRO2", "BUS", "TAXI"},
          new String[] {"price", "time", "comfort"},
          new boolean[] {false, false, true},
          new double[][] {{1, 10, 1}, {4, 20, 2}, {2, 20, 0}, {6, 40, 0}, {30, 30, 3}});
  private static final double[] WEIGHTS = {0.2, 0.3, 0.5};
  private static final PreferenceFunction[] FUNCTIONS = {
    new PreferenceFunction(PreferenceFunction.Shape.GAUSSIAN, 0, 0, 4),
    PreferenceFunction.level(11, 15),
    PreferenceFunction.linear(1, 3)
  };

  @Test
  void netFlowsMatchTheIndependentComputation() {
    PrometheeII.Flows f = PrometheeII.flows(TRANSPORT, WEIGHTS, FUNCTIONS);

    assertThat(f.net()[0]).isCloseTo(0.178405, within(1e-6));
    assertThat(f.net()[1]).isCloseTo(0.237742, within(1e-6));
    assertThat(f.net()[2]).isCloseTo(-0.038490, within(1e-6));
    assertThat(f.net()[3]).isCloseTo(-0.415157, within(1e-6));
    assertThat(f.net()[4]).isCloseTo(0.037500, within(1e-6));
    assertThat(f.positive()[4]).isCloseTo(0.3125, within(1e-6));
    assertThat(f.negative()[3]).isCloseTo(0.465157, within(1e-6));
  }

  /**
   * The published worked example of Zhao, Peng and Li, "Revised PROMETHEE II for improving
   * efficiency in emergency response", Procedia Computer Science 17 (2013) 181–188: three
   * alternatives (4, 3, 2), (3, 2, 4), (5, 1, 3) on three benefit criteria weighted 0.5, 0.3, 0.2
   * with usual preference functions; the paper's net flows are 0.1, −0.3 and 0.2 (the same example
   * is the reference case of the pymcdm package's PROMETHEE II test).
   */
  @Test
  void netFlowsReproduceZhaoPengAndLi2013() {
    PerformanceTable t =
        PerformanceTable.ofCertain(
            new String[] {"A1", "A2", "A3"},
            new String[] {"c1", "c2", "c3"},
            new boolean[] {true, true, true},
            new double[][] {{4, 3, 2}, {3, 2, 4}, {5, 1, 3}});
    PreferenceFunction[] usual = {
      PreferenceFunction.usual(), PreferenceFunction.usual(), PreferenceFunction.usual()
    };

    PrometheeII.Flows f = PrometheeII.flows(t, new double[] {0.5, 0.3, 0.2}, usual);

    assertThat(f.net()).containsExactly(new double[] {0.1, -0.3, 0.2}, within(1e-12));
    assertThat(f.positive()).containsExactly(new double[] {0.55, 0.35, 0.6}, within(1e-12));
  }

  @Test
  void netFlowsSumToZero() {
    double sum = 0;
    for (double v : PrometheeII.scores(TRANSPORT, WEIGHTS, FUNCTIONS)) {
      sum += v;
    }
    assertThat(sum).isCloseTo(0, within(1e-12));
  }

  @Test
  void usualCriteriaCountWinsByHand() {
    // A beats B and C on x; B beats A and C on y; equal weights, usual criteria.
    // π(A,B) = 0.5, π(A,C) = 0.5, π(B,A) = 0.5, π(B,C) = 1, π(C,A) = 0.5, π(C,B) = 0
    // φ(A) = (1 - 1)/2 = 0, φ(B) = (1.5 - 0.5)/2 = 0.5, φ(C) = (0.5 - 1.5)/2 = -0.5
    PerformanceTable t =
        PerformanceTable.ofCertain(
            new String[] {"A", "B", "C"},
            new String[] {"x", "y"},
            new boolean[] {true, true},
            new double[][] {{3, 1}, {2, 3}, {1, 2}});
    PreferenceFunction[] usual = {PreferenceFunction.usual(), PreferenceFunction.usual()};

    assertThat(PrometheeII.scores(t, new double[] {1, 1}, usual))
        .containsExactly(new double[] {0, 0.5, -0.5}, within(1e-12));
  }

  @Test
  void preferenceFunctionsFollowTheirShapes() {
    assertThat(PreferenceFunction.vShape(10).preference(5)).isEqualTo(0.5);
    assertThat(PreferenceFunction.linear(2, 6).preference(4)).isEqualTo(0.5);
    assertThat(PreferenceFunction.linear(2, 6).preference(2)).isZero();
    assertThat(PreferenceFunction.level(2, 6).preference(3)).isEqualTo(0.5);
    assertThat(PreferenceFunction.level(2, 6).preference(7)).isEqualTo(1);
    assertThat(PreferenceFunction.usual().preference(-1)).isZero();
  }
}
