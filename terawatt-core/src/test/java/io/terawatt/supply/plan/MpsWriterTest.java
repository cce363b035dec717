package io.terawatt.supply.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** MPS text: row types, ranges, bounds, names, numbers. */
class MpsWriterTest {

  private static final double INF = Double.POSITIVE_INFINITY;

  @Test
  void writesRowTypesRangesBoundsAndTheObjectiveSense() {
    String mps =
        MpsWriter.write(
            "tiny model",
            true,
            5,
            new String[] {"a", "", "c d", "e", "f"},
            new double[] {0, -INF, 2, -INF, 3},
            new double[] {INF, INF, 2, 4, 7},
            new double[] {1.5, 0, 0, -2, 0},
            new String[] {"le", "ge", "eq", "range"},
            new double[] {-INF, 1, 3, -1},
            new double[] {10, INF, 3, 2},
            new int[] {0, 2, 3, 4, 5},
            new int[] {0, 1, 2, 3, 4},
            new double[] {1, 2.5, 1e-12, 1, 1});

    assertThat(mps)
        .startsWith("NAME tiny_model\nOBJSENSE\n    MAX\nROWS\n N  COST\n")
        .contains(" L  le\n", " G  ge\n", " E  eq\n", " G  range\n")
        .contains(
            "    a COST 1.5\n",
            "    a le 1\n",
            "    x1 le 2.5\n",
            "    c_d ge 1.0E-12\n",
            "    e eq 1\n",
            "    f range 1\n")
        .contains("    e COST -2\n")
        .contains(
            "    RHS COST -5\n",
            "    RHS le 10\n",
            "    RHS ge 1\n",
            "    RHS eq 3\n",
            "    RHS range -1\n")
        .contains("RANGES\n    RNG range 3\n")
        .contains(" FR BND x1\n", " FX BND c_d 2\n", " MI BND e\n UP BND e 4\n")
        .contains(" LO BND f 3\n UP BND f 7\n")
        .doesNotContain("BND a")
        .endsWith("ENDATA\n");
  }

  @Test
  void numbersReadBackExactly() {
    for (double v : new double[] {0.1, 1.0 / 3, 123456.789, -2.5e-9, 7, -3, 1e20}) {
      assertThat(Double.parseDouble(MpsWriter.number(v))).isEqualTo(v);
    }
    assertThat(MpsWriter.number(7)).isEqualTo("7");
    assertThatThrownBy(() -> MpsWriter.number(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
