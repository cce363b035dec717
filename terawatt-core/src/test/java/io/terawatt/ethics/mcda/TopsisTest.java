package io.terawatt.ethics.mcda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.ethics.PerformanceTable;
import org.junit.jupiter.api.Test;

/**
 * TOPSIS against a published worked example: the car choice of P. Hodgett, "TOPSIS in Excel"
 * (http://hodgett.co.uk/topsis-in-excel/), reproduced as the test of the R package MCDA (Bigaret et
 * al. 2017, https://github.com/paterijk/MCDA, {@code tests/TOPSIS.R}): Corsa, Clio, Fiesta on
 * purchase price (min) 5490/6500/6489, economy (max) 51.4/70.6/54.3, aesthetics (max) 8.5/7/7.5,
 * boot capacity (max) 285/288/290; weights 0.35/0.25/0.25/0.15. Published closeness (4 decimals):
 * Corsa 0.4817, Clio 0.5182, Fiesta 0.1780; published ideal (0.179573776, 0.171636015, 0.159499658,
 * 0.087302767) and anti-ideal (0.212610118, 0.124958799, 0.131352659, 0.085797547).
 */
class TopsisTest {
  private static final PerformanceTable CARS =
      PerformanceTable.ofCertain(
          new String[] {"Corsa", "Clio", "Fiesta"},
          new String[] {"price", "economy", "aesthetics", "boot"},
          new boolean[] {false, true, true, true},
          new double[][] {{5490, 51.4, 8.5, 285}, {6500, 70.6, 7, 288}, {6489, 54.3, 7.5, 290}});
  private static final double[] WEIGHTS = {0.35, 0.25, 0.25, 0.15};

  @Test
  void reproducesThePublishedClosenessCoefficients() {
    double[] c = Topsis.scores(CARS, WEIGHTS);

    assertThat(Math.round(c[0] * 1e4) / 1e4).isEqualTo(0.4817);
    assertThat(Math.round(c[1] * 1e4) / 1e4).isEqualTo(0.5182);
    assertThat(Math.round(c[2] * 1e4) / 1e4).isEqualTo(0.1780);
  }

  @Test
  void reproducesThePublishedIdealAndAntiIdealPoints() {
    Topsis.Result r = Topsis.run(CARS, WEIGHTS);

    assertThat(r.ideal()[0]).isCloseTo(0.179573776, within(1e-9));
    assertThat(r.ideal()[1]).isCloseTo(0.171636015, within(1e-9));
    assertThat(r.ideal()[2]).isCloseTo(0.159499658, within(1e-9));
    assertThat(r.ideal()[3]).isCloseTo(0.087302767, within(1e-9));
    assertThat(r.antiIdeal()[0]).isCloseTo(0.212610118, within(1e-9));
    assertThat(r.antiIdeal()[1]).isCloseTo(0.124958799, within(1e-9));
    assertThat(r.antiIdeal()[2]).isCloseTo(0.131352659, within(1e-9));
    assertThat(r.antiIdeal()[3]).isCloseTo(0.085797547, within(1e-9));
  }

  @Test
  void weightsNeedNotSumToOne() {
    double[] scaled = {3.5, 2.5, 2.5, 1.5};

    assertThat(Topsis.scores(CARS, scaled)).containsExactly(Topsis.scores(CARS, WEIGHTS));
  }
}
