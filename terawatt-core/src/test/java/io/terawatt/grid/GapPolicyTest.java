package io.terawatt.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Gap policies fill only NaN hours, flag them, and are parsed from their command-line names. */
class GapPolicyTest {
  private static final double NAN = Double.NaN;

  @Test
  void noneFillsNothing() {
    double[] v = {1, NAN, 3};
    boolean[] est = new boolean[3];

    int filled = GapPolicy.NONE.fill(v, est);

    assertThat(filled).isZero();
    assertThat(v[1]).isNaN();
    assertThat(est).containsExactly(false, false, false);
  }

  @Test
  void linearInterpolatesAcrossALongGapAndCarriesEdgesFlat() {
    double[] v = {NAN, 10, NAN, NAN, NAN, 50, NAN};
    boolean[] est = new boolean[v.length];

    int filled = GapPolicy.LINEAR.fill(v, est);

    assertThat(filled).isEqualTo(5);
    assertThat(v).containsExactly(new double[] {10, 10, 20, 30, 40, 50, 50}, within(1e-9));
    assertThat(est).containsExactly(true, false, true, true, true, false, true);
  }

  @Test
  void previousCarriesTheLastPresentValueAndFallsBackToTheNextAtTheStart() {
    double[] v = {NAN, 7, NAN, NAN, 9};
    boolean[] est = new boolean[v.length];

    GapPolicy.PREVIOUS.fill(v, est);

    assertThat(v).containsExactly(7, 7, 7, 7, 9);
  }

  @Test
  void seasonalTakesYesterdaysHourAndChainsOverMissingDays() {
    double[] v = new double[50];
    for (int h = 0; h < 24; h++) {
      v[h] = h;
    }
    for (int h = 24; h < 50; h++) {
      v[h] = NAN;
    }
    v[49] = 1000;
    boolean[] est = new boolean[v.length];

    int filled = GapPolicy.SEASONAL_24H.fill(v, est);

    assertThat(filled).isEqualTo(25);
    assertThat(v[24]).isEqualTo(0);
    assertThat(v[30]).isEqualTo(6);
    // Hour 48 takes hour 24, which was itself filled from hour 0.
    assertThat(v[48]).isEqualTo(0);
  }

  @Test
  void nothingToFillWhenAllHoursAreMissing() {
    double[] v = {NAN, NAN};
    boolean[] est = new boolean[2];

    assertThat(GapPolicy.LINEAR.fill(v, est)).isZero();
    assertThat(est).containsExactly(false, false);
  }

  @Test
  void parsesCommandLineNames() {
    assertThat(GapPolicy.parse("none")).contains(GapPolicy.NONE);
    assertThat(GapPolicy.parse("Linear")).contains(GapPolicy.LINEAR);
    assertThat(GapPolicy.parse(" previous ")).contains(GapPolicy.PREVIOUS);
    assertThat(GapPolicy.parse("seasonal-24h")).contains(GapPolicy.SEASONAL_24H);
    assertThat(GapPolicy.parse("seasonal_24h")).contains(GapPolicy.SEASONAL_24H);
    assertThat(GapPolicy.parse("spline")).isEmpty();
    assertThat(GapPolicy.parse(null)).isEmpty();
    assertThat(GapPolicy.SEASONAL_24H.id()).isEqualTo("seasonal-24h");
  }
}
